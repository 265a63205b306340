package dev.switchboard.callr;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.core.paging.Page;
import dev.switchboard.models.callr.Did;
import dev.switchboard.models.callr.DidSearchFilters;
import dev.switchboard.models.callr.SearchOptions;
import java.util.concurrent.CompletableFuture;

/**
 * CALLR {@code did} methods ({@code CallrClient.did()}). An interface so that it can be mocked; every
 * method has a blocking form and an {@code ...Async} form returning a {@link CompletableFuture}, each optionally
 * taking trailing {@link RequestOptions}. Errors are {@code ApiException}s carrying the JSON-RPC code, message and
 * data.
 */
public interface DidService {

  /**
   * {@code did.search}: Searches your numbers (oldest first); {@code filters} and {@code options} may be {@code null}. {@code app} may be a hash, null or an object: read leniently.
   *
   * <p>Idempotent: retried after 5xx, timeouts and dropped connections.
   * Returns the first page; {@code page.autoPager()} iterates over all hits, each next page reusing these
   * request options.
   */
  default Page<Did> search(DidSearchFilters filters, SearchOptions options) {
    return search(filters, options, RequestOptions.none());
  }

  /** {@link #search} with per-call options. */
  Page<Did> search(DidSearchFilters filters, SearchOptions options, RequestOptions requestOptions);

  /** Asynchronous {@link #search}. */
  default CompletableFuture<Page<Did>> searchAsync(DidSearchFilters filters, SearchOptions options) {
    return searchAsync(filters, options, RequestOptions.none());
  }

  /** Asynchronous {@link #search} with per-call options. */
  CompletableFuture<Page<Did>> searchAsync(DidSearchFilters filters, SearchOptions options, RequestOptions requestOptions);
}
