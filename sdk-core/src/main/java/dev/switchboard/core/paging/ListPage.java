package dev.switchboard.core.paging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The generic {@link Page}: items, the query this page was fetched with (when known), the query of the next page
 * (empty on the last page), the server's total (when it sends one) and the fetcher that loads a page from such a
 * query. Providers compute the next query with the {@link Paging} helpers.
 *
 * <pre>{@code
 * Optional<String> next = Paging.nextCursor(body.nextPageToken());
 * return ListPage.of(body.result(), params.pageToken(), next, token -> fetchGroupcalls(params.withPageToken(token)));
 * }</pre>
 *
 * <p>Paging always terminates: a next query equal to the one this page was fetched with, or (for comparable queries
 * such as offsets and page numbers) not after it, is refused by {@link Paging#checkedNext} — the page becomes the
 * last one and a WARN line is logged. {@link #nextPage()} applies the same check to the page it fetched, so a
 * provider that did not pass the sent query is guarded from its second page on.
 *
 * <p>Items are kept as the server sent them, in order; an element the server sent as JSON {@code null} is a
 * {@code null} item.
 *
 * @param <Q> next-page query type
 * @param <T> item type
 */
public final class ListPage<Q, T> implements Page<T> {
  private final List<T> items;
  private final Q sentQuery;
  private final Q nextQuery;
  private final Long total;
  private final PageFetcher<Q, T> fetcher;

  private ListPage(List<T> items, Q sentQuery, Q nextQuery, Long total, PageFetcher<Q, T> fetcher) {
    this.items = Collections.unmodifiableList(new ArrayList<>(Objects.requireNonNull(items, "items")));
    this.sentQuery = sentQuery;
    this.nextQuery = nextQuery;
    this.total = total;
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
  }

  /** Creates a page; {@code nextQuery} empty means this is the last page. */
  public static <Q, T> ListPage<Q, T> of(List<T> items, Optional<Q> nextQuery, PageFetcher<Q, T> fetcher) {
    return of(items, Optional.empty(), nextQuery, fetcher);
  }

  /**
   * Creates a page fetched with {@code sentQuery} (empty if unknown); {@code nextQuery} is refused (the page is the
   * last) when it repeats or goes behind {@code sentQuery}.
   */
  public static <Q, T> ListPage<Q, T> of(
      List<T> items, Optional<Q> sentQuery, Optional<Q> nextQuery, PageFetcher<Q, T> fetcher) {
    return of(items, sentQuery, nextQuery, OptionalLong.empty(), fetcher);
  }

  /** As {@link #of(List, Optional, Optional, PageFetcher)}, with the server's {@code total} (empty if not sent). */
  public static <Q, T> ListPage<Q, T> of(
      List<T> items, Optional<Q> sentQuery, Optional<Q> nextQuery, OptionalLong total, PageFetcher<Q, T> fetcher) {
    Objects.requireNonNull(sentQuery, "sentQuery");
    Objects.requireNonNull(total, "total");
    Optional<Q> next = Paging.checkedNext(sentQuery, Objects.requireNonNull(nextQuery, "nextQuery"));
    return new ListPage<>(items, sentQuery.orElse(null), next.orElse(null),
        total.isPresent() ? total.getAsLong() : null, fetcher);
  }

  /** The items of this page, in the server's order; a JSON {@code null} element is a {@code null} item. */
  @Override
  public List<T> items() {
    return items;
  }

  @Override
  public boolean hasNextPage() {
    return nextQuery != null;
  }

  /** The query of the next page, if any (for manual paging or resuming later). */
  public Optional<Q> nextPageQuery() {
    return Optional.ofNullable(nextQuery);
  }

  /** The query this page was fetched with, if known. */
  public Optional<Q> sentQuery() {
    return Optional.ofNullable(sentQuery);
  }

  @Override
  public OptionalLong total() {
    return total == null ? OptionalLong.empty() : OptionalLong.of(total);
  }

  @Override
  public Page<T> nextPage() {
    if (nextQuery == null) {
      throw new NoSuchElementException("no next page");
    }
    Page<T> next = Objects.requireNonNull(fetcher.fetch(nextQuery), "fetcher returned null");
    if (Paging.repeats(this, next)) {
      return of(List.of(), Optional.of(nextQuery), Optional.empty(), next.total(), fetcher);
    }
    if (next instanceof ListPage) {
      @SuppressWarnings("unchecked")
      ListPage<Q, T> page = (ListPage<Q, T>) next;
      if (page.sentQuery == null && page.nextQuery != null) {
        return of(page.items, Optional.of(nextQuery), Optional.of(page.nextQuery), page.total(), page.fetcher);
      }
    }
    return next;
  }

  @Override
  public String toString() {
    return "ListPage{items=" + items.size() + ", next=" + nextQuery + (total == null ? "" : ", total=" + total)
        + "}";
  }
}
