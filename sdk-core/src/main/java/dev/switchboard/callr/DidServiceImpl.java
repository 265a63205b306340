package dev.switchboard.callr;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.core.paging.Page;
import dev.switchboard.models.callr.Did;
import dev.switchboard.models.callr.DidSearchFilters;
import dev.switchboard.models.callr.SearchOptions;
import java.util.concurrent.CompletableFuture;

/** The JSON-RPC implementation of {@link DidService}. */
final class DidServiceImpl implements DidService {

  private final CallrRpc rpc;

  DidServiceImpl(CallrRpc rpc) {
    this.rpc = rpc;
  }

  @Override
  public Page<Did> search(DidSearchFilters filters, SearchOptions options, RequestOptions requestOptions) {
    return rpc.search("did.search", filters, options, Did.class, requestOptions);
  }

  @Override
  public CompletableFuture<Page<Did>> searchAsync(DidSearchFilters filters, SearchOptions options, RequestOptions requestOptions) {
    return rpc.searchAsync("did.search", filters, options, Did.class, requestOptions);
  }
}
