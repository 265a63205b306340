package dev.switchboard.callr;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.core.paging.Page;
import dev.switchboard.models.callr.App;
import dev.switchboard.models.callr.AppCreateParams;
import dev.switchboard.models.callr.AppEditParams;
import dev.switchboard.models.callr.AppSearchFilters;
import dev.switchboard.models.callr.CustomerCli;
import dev.switchboard.models.callr.Did;
import dev.switchboard.models.callr.SearchOptions;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * CALLR {@code apps} methods ({@code CallrClient.apps()}). An interface so that it can be mocked; every
 * method has a blocking form and an {@code ...Async} form returning a {@link CompletableFuture}, each optionally
 * taking trailing {@link RequestOptions}. Errors are {@code ApiException}s carrying the JSON-RPC code, message and
 * data.
 */
public interface AppsService {

  /**
   * {@code apps.create}: Creates an app. Never retried automatically.
   *
   * <p>Not idempotent: never retried once the request may have reached the server.
   */
  default App create(AppCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /** {@link #create} with per-call options. */
  App create(AppCreateParams params, RequestOptions requestOptions);

  /** Asynchronous {@link #create}. */
  default CompletableFuture<App> createAsync(AppCreateParams params) {
    return createAsync(params, RequestOptions.none());
  }

  /** Asynchronous {@link #create} with per-call options. */
  CompletableFuture<App> createAsync(AppCreateParams params, RequestOptions requestOptions);

  /**
   * {@code apps.edit}: Edits an app's name and params.
   *
   * <p>Not idempotent: never retried once the request may have reached the server.
   */
  default App edit(AppEditParams params) {
    return edit(params, RequestOptions.none());
  }

  /** {@link #edit} with per-call options. */
  App edit(AppEditParams params, RequestOptions requestOptions);

  /** Asynchronous {@link #edit}. */
  default CompletableFuture<App> editAsync(AppEditParams params) {
    return editAsync(params, RequestOptions.none());
  }

  /** Asynchronous {@link #edit} with per-call options. */
  CompletableFuture<App> editAsync(AppEditParams params, RequestOptions requestOptions);

  /**
   * {@code apps.get}: Reads an app.
   *
   * <p>Idempotent: retried after 5xx, timeouts and dropped connections.
   */
  default App get(String hash) {
    return get(hash, RequestOptions.none());
  }

  /** {@link #get} with per-call options. */
  App get(String hash, RequestOptions requestOptions);

  /** Asynchronous {@link #get}. */
  default CompletableFuture<App> getAsync(String hash) {
    return getAsync(hash, RequestOptions.none());
  }

  /** Asynchronous {@link #get} with per-call options. */
  CompletableFuture<App> getAsync(String hash, RequestOptions requestOptions);

  /**
   * {@code apps.delete}: Deletes an app.
   *
   * <p>Not idempotent: never retried once the request may have reached the server.
   */
  default Boolean delete(String hash) {
    return delete(hash, RequestOptions.none());
  }

  /** {@link #delete} with per-call options. */
  Boolean delete(String hash, RequestOptions requestOptions);

  /** Asynchronous {@link #delete}. */
  default CompletableFuture<Boolean> deleteAsync(String hash) {
    return deleteAsync(hash, RequestOptions.none());
  }

  /** Asynchronous {@link #delete} with per-call options. */
  CompletableFuture<Boolean> deleteAsync(String hash, RequestOptions requestOptions);

  /**
   * {@code apps.get_list}: Lists all apps, with their numbers when {@code withNumbers}.
   *
   * <p>Idempotent: retried after 5xx, timeouts and dropped connections.
   */
  default List<App> getList(boolean withNumbers) {
    return getList(withNumbers, RequestOptions.none());
  }

  /** {@link #getList} with per-call options. */
  List<App> getList(boolean withNumbers, RequestOptions requestOptions);

  /** Asynchronous {@link #getList}. */
  default CompletableFuture<List<App>> getListAsync(boolean withNumbers) {
    return getListAsync(withNumbers, RequestOptions.none());
  }

  /** Asynchronous {@link #getList} with per-call options. */
  CompletableFuture<List<App>> getListAsync(boolean withNumbers, RequestOptions requestOptions);

  /**
   * {@code apps.search}: Searches apps; {@code filters} and {@code options} may be {@code null}.
   *
   * <p>Idempotent: retried after 5xx, timeouts and dropped connections.
   * Returns the first page; {@code page.autoPager()} iterates over all hits, each next page reusing these
   * request options.
   */
  default Page<App> search(AppSearchFilters filters, SearchOptions options) {
    return search(filters, options, RequestOptions.none());
  }

  /** {@link #search} with per-call options. */
  Page<App> search(AppSearchFilters filters, SearchOptions options, RequestOptions requestOptions);

  /** Asynchronous {@link #search}. */
  default CompletableFuture<Page<App>> searchAsync(AppSearchFilters filters, SearchOptions options) {
    return searchAsync(filters, options, RequestOptions.none());
  }

  /** Asynchronous {@link #search} with per-call options. */
  CompletableFuture<Page<App>> searchAsync(AppSearchFilters filters, SearchOptions options, RequestOptions requestOptions);

  /**
   * {@code apps.assign_did}: Assigns a number to an app (boolean result unverified).
   *
   * <p>Not idempotent: never retried once the request may have reached the server.
   * <b>Unverified</b>: follows docs/CALLR-METHODS.md, provisional.
   */
  default Boolean assignDid(String appHash, String didHash) {
    return assignDid(appHash, didHash, RequestOptions.none());
  }

  /** {@link #assignDid} with per-call options. */
  Boolean assignDid(String appHash, String didHash, RequestOptions requestOptions);

  /** Asynchronous {@link #assignDid}. */
  default CompletableFuture<Boolean> assignDidAsync(String appHash, String didHash) {
    return assignDidAsync(appHash, didHash, RequestOptions.none());
  }

  /** Asynchronous {@link #assignDid} with per-call options. */
  CompletableFuture<Boolean> assignDidAsync(String appHash, String didHash, RequestOptions requestOptions);

  /**
   * {@code apps.remove_did}: Removes a number from its app (boolean result unverified).
   *
   * <p>Not idempotent: never retried once the request may have reached the server.
   * <b>Unverified</b>: follows docs/CALLR-METHODS.md, provisional.
   */
  default Boolean removeDid(String didHash) {
    return removeDid(didHash, RequestOptions.none());
  }

  /** {@link #removeDid} with per-call options. */
  Boolean removeDid(String didHash, RequestOptions requestOptions);

  /** Asynchronous {@link #removeDid}. */
  default CompletableFuture<Boolean> removeDidAsync(String didHash) {
    return removeDidAsync(didHash, RequestOptions.none());
  }

  /** Asynchronous {@link #removeDid} with per-call options. */
  CompletableFuture<Boolean> removeDidAsync(String didHash, RequestOptions requestOptions);

  /**
   * {@code apps.get_dids}: Lists your numbers, only the unassigned ones when {@code onlyAvailable}.
   *
   * <p>Idempotent: retried after 5xx, timeouts and dropped connections.
   */
  default List<Did> getDids(boolean onlyAvailable) {
    return getDids(onlyAvailable, RequestOptions.none());
  }

  /** {@link #getDids} with per-call options. */
  List<Did> getDids(boolean onlyAvailable, RequestOptions requestOptions);

  /** Asynchronous {@link #getDids}. */
  default CompletableFuture<List<Did>> getDidsAsync(boolean onlyAvailable) {
    return getDidsAsync(onlyAvailable, RequestOptions.none());
  }

  /** Asynchronous {@link #getDids} with per-call options. */
  CompletableFuture<List<Did>> getDidsAsync(boolean onlyAvailable, RequestOptions requestOptions);

  /**
   * {@code apps.get_authorized_clis}: Lists the caller ids you may present.
   *
   * <p>Idempotent: retried after 5xx, timeouts and dropped connections.
   */
  default List<CustomerCli> getAuthorizedClis(String type) {
    return getAuthorizedClis(type, RequestOptions.none());
  }

  /** {@link #getAuthorizedClis} with per-call options. */
  List<CustomerCli> getAuthorizedClis(String type, RequestOptions requestOptions);

  /** Asynchronous {@link #getAuthorizedClis}. */
  default CompletableFuture<List<CustomerCli>> getAuthorizedClisAsync(String type) {
    return getAuthorizedClisAsync(type, RequestOptions.none());
  }

  /** Asynchronous {@link #getAuthorizedClis} with per-call options. */
  CompletableFuture<List<CustomerCli>> getAuthorizedClisAsync(String type, RequestOptions requestOptions);
}
