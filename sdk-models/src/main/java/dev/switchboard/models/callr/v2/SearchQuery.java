package dev.switchboard.models.callr.v2;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The query of a v2 search endpoint ({@code GET /actions}, {@code GET /sms}, {@code GET /numbers},
 * {@code GET /audio-files}): its filters plus the shared paging parameters {@code offset} (≥ 0, default 0) and
 * {@code limit} (1..100, default 10) [C: static-docs {@code SearchOffset}, smssearch]. The client sends
 * {@link #toQueryParameters()} and pages with {@link #withOffset(int)}.
 *
 * @param <S> the implementing type
 */
public interface SearchQuery<S extends SearchQuery<S>> {
  /** The largest {@code limit} the API accepts [C]. */
  int MAX_LIMIT = 100;

  /** {@code order}: {@code asc} or {@code desc}; absent means the server default ({@code desc}) [C]. */
  Optional<SortOrder> order();

  /** {@code offset}: zero-based index of the first hit, ≥ 0; absent means 0 [C]. */
  Optional<Integer> offset();

  /** {@code limit}: hits per page, 1..100; absent means the server default (10) [C]. */
  Optional<Integer> limit();

  /** The query parameters to send, in a stable order, absent values omitted. */
  Map<String, List<String>> toQueryParameters();

  /** The same query starting at {@code offset} (the next page). */
  S withOffset(int offset);
}
