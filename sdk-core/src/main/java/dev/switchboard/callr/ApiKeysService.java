package dev.switchboard.callr;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.models.callr.ApiKeyInfo;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * CALLR {@code api-key} methods ({@code CallrClient.apiKeys()}). An interface so that it can be mocked; every
 * method has a blocking form and an {@code ...Async} form returning a {@link CompletableFuture}, each optionally
 * taking trailing {@link RequestOptions}. Errors are {@code ApiException}s carrying the JSON-RPC code, message and
 * data.
 */
public interface ApiKeysService {

  /**
   * {@code api-key.create}: Creates an API key; the result carries its {@code token} (shown once).
   *
   * <p>Not idempotent: never retried once the request may have reached the server.
   */
  default ApiKeyInfo create(String name) {
    return create(name, RequestOptions.none());
  }

  /** {@link #create} with per-call options. */
  ApiKeyInfo create(String name, RequestOptions requestOptions);

  /** Asynchronous {@link #create}. */
  default CompletableFuture<ApiKeyInfo> createAsync(String name) {
    return createAsync(name, RequestOptions.none());
  }

  /** Asynchronous {@link #create} with per-call options. */
  CompletableFuture<ApiKeyInfo> createAsync(String name, RequestOptions requestOptions);

  /**
   * {@code api-key.all}: Lists your API keys (without tokens).
   *
   * <p>Idempotent: retried after 5xx, timeouts and dropped connections.
   */
  default List<ApiKeyInfo> all() {
    return all(RequestOptions.none());
  }

  /** {@link #all} with per-call options. */
  List<ApiKeyInfo> all(RequestOptions requestOptions);

  /** Asynchronous {@link #all}. */
  default CompletableFuture<List<ApiKeyInfo>> allAsync() {
    return allAsync(RequestOptions.none());
  }

  /** Asynchronous {@link #all} with per-call options. */
  CompletableFuture<List<ApiKeyInfo>> allAsync(RequestOptions requestOptions);

  /**
   * {@code api-key.delete}: Deletes an API key.
   *
   * <p>Not idempotent: never retried once the request may have reached the server.
   */
  default Boolean delete(long id) {
    return delete(id, RequestOptions.none());
  }

  /** {@link #delete} with per-call options. */
  Boolean delete(long id, RequestOptions requestOptions);

  /** Asynchronous {@link #delete}. */
  default CompletableFuture<Boolean> deleteAsync(long id) {
    return deleteAsync(id, RequestOptions.none());
  }

  /** Asynchronous {@link #delete} with per-call options. */
  CompletableFuture<Boolean> deleteAsync(long id, RequestOptions requestOptions);
}
