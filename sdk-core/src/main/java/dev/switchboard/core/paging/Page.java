package dev.switchboard.core.paging;

import java.util.List;
import java.util.NoSuchElementException;

/**
 * One page of a list result. {@link #nextPage()} fetches the following page with the same request options as the
 * first call; {@link #autoPager()} iterates over all items, page by page, lazily.
 *
 * @param <T> item type
 */
public interface Page<T> {

  /** The items of this page (unmodifiable, possibly empty). */
  List<T> items();

  /** Whether another page exists; when false, {@link #nextPage()} sends no request. */
  boolean hasNextPage();

  /**
   * Fetches the next page (one HTTP request).
   *
   * @throws NoSuchElementException if {@link #hasNextPage()} is false
   */
  Page<T> nextPage();

  /** Iterates over this page's items and then every following page's, fetching pages only when needed. */
  default AutoPager<T> autoPager() {
    return new AutoPager<>(this);
  }
}
