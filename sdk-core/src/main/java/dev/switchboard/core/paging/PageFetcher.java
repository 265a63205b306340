package dev.switchboard.core.paging;

/**
 * Fetches the page identified by a next-page query (an offset, page number, cursor or full params object). The
 * provider captures the first call's parameters and {@code RequestOptions} in the fetcher so that every page uses
 * them. Exceptions propagate unchanged.
 *
 * @param <Q> next-page query type
 * @param <T> item type
 */
@FunctionalInterface
public interface PageFetcher<Q, T> {

  /** Sends the request for the page at {@code query}. */
  Page<T> fetch(Q query);
}
