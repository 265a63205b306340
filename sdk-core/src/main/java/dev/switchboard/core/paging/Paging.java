package dev.switchboard.core.paging;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** Pure helpers computing the next-page query for the four providers' paging styles. Empty means "last page". */
public final class Paging {
  private Paging() {}

  /**
   * Offset paging with a has-more flag (CALLR {@code Search.Options}/{@code Search.Results}): next offset =
   * {@code offset + hitCount}; none when {@code hasMore} is false or the page had no hits.
   */
  public static OptionalLong nextOffset(long offset, int hitCount, boolean hasMore) {
    if (!hasMore || hitCount <= 0) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(offset + hitCount);
  }

  /**
   * Page-number paging without a total (TrackDrive {@code page}/{@code per_page}): the next page exists only when
   * this page was full ({@code itemCount >= perPage}); a short or empty page is the last.
   */
  public static OptionalInt nextPageIfFull(int page, int perPage, int itemCount) {
    if (perPage <= 0 || itemCount <= 0 || itemCount < perPage) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(page + 1);
  }

  /**
   * Page-number paging with a total (Telmetrics {@code paging.pageNumber}/{@code pageSize}/{@code total}, 1-based):
   * last page when {@code pageNumber * pageSize >= total}.
   */
  public static OptionalInt nextPageByTotal(int pageNumber, int pageSize, long total) {
    if (pageSize <= 0 || (long) pageNumber * pageSize >= total) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(pageNumber + 1);
  }

  /** Cursor paging (VoIPBin {@code next_page_token}): last page when the token is absent or blank. */
  public static Optional<String> nextCursor(String token) {
    return token == null || token.isBlank() ? Optional.empty() : Optional.of(token);
  }
}
