package dev.switchboard.core.paging;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.OptionalLong;

/**
 * One page of a list result. {@link #nextPage()} fetches the following page with the same request options as the
 * first call; {@link #autoPager()} iterates over all items, page by page, lazily.
 *
 * @param <T> item type
 */
public interface Page<T> {

  /**
   * The items of this page (unmodifiable, possibly empty), in the server's order. An element the server sent as JSON
   * {@code null} is kept as a {@code null} item.
   */
  List<T> items();

  /** Whether another page exists; when false, {@link #nextPage()} sends no request. */
  boolean hasNextPage();

  /**
   * Fetches the next page (one HTTP request).
   *
   * @throws NoSuchElementException if {@link #hasNextPage()} is false
   */
  Page<T> nextPage();

  /**
   * The number of items over all pages as the server reported it with this page (CALLR {@code Search.Results.total},
   * Telmetrics {@code paging.total}); empty when the API sends none (VoIPBin, TrackDrive) or did not this time. It
   * is the server's figure, not a count of what the pager will yield.
   */
  default OptionalLong total() {
    return OptionalLong.empty();
  }

  /** Iterates over this page's items and then every following page's, fetching pages only when needed. */
  default AutoPager<T> autoPager() {
    return new AutoPager<>(this);
  }
}
