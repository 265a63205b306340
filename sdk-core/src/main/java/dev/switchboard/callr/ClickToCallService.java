package dev.switchboard.callr;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.models.callr.ClickToCallListParams;
import dev.switchboard.models.callr.ClickToCallStartParams;
import dev.switchboard.models.callr.ClicktocallCall;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * CALLR {@code clicktocall/calls} methods ({@code CallrClient.clickToCall()}). An interface so that it can be mocked; every
 * method has a blocking form and an {@code ...Async} form returning a {@link CompletableFuture}, each optionally
 * taking trailing {@link RequestOptions}. Errors are {@code ApiException}s carrying the JSON-RPC code, message and
 * data.
 */
public interface ClickToCallService {

  /**
   * {@code clicktocall/calls.start_2}: Starts a click-to-call ({@code clicktocall/calls.start_2}); returns the call hash. Never retried automatically.
   *
   * <p>Not idempotent: never retried once the request may have reached the server.
   */
  default String start(ClickToCallStartParams params) {
    return start(params, RequestOptions.none());
  }

  /** {@link #start} with per-call options. */
  String start(ClickToCallStartParams params, RequestOptions requestOptions);

  /** Asynchronous {@link #start}. */
  default CompletableFuture<String> startAsync(ClickToCallStartParams params) {
    return startAsync(params, RequestOptions.none());
  }

  /** Asynchronous {@link #start} with per-call options. */
  CompletableFuture<String> startAsync(ClickToCallStartParams params, RequestOptions requestOptions);

  /**
   * {@code clicktocall/calls.cancel}: Cancels a click-to-call.
   *
   * <p>Not idempotent: never retried once the request may have reached the server.
   */
  default Boolean cancel(String hash) {
    return cancel(hash, RequestOptions.none());
  }

  /** {@link #cancel} with per-call options. */
  Boolean cancel(String hash, RequestOptions requestOptions);

  /** Asynchronous {@link #cancel}. */
  default CompletableFuture<Boolean> cancelAsync(String hash) {
    return cancelAsync(hash, RequestOptions.none());
  }

  /** Asynchronous {@link #cancel} with per-call options. */
  CompletableFuture<Boolean> cancelAsync(String hash, RequestOptions requestOptions);

  /**
   * {@code clicktocall/calls.get_status}: Reads a click-to-call.
   *
   * <p>Idempotent: retried after 5xx, timeouts and dropped connections.
   */
  default ClicktocallCall getStatus(String hash) {
    return getStatus(hash, RequestOptions.none());
  }

  /** {@link #getStatus} with per-call options. */
  ClicktocallCall getStatus(String hash, RequestOptions requestOptions);

  /** Asynchronous {@link #getStatus}. */
  default CompletableFuture<ClicktocallCall> getStatusAsync(String hash) {
    return getStatusAsync(hash, RequestOptions.none());
  }

  /** Asynchronous {@link #getStatus} with per-call options. */
  CompletableFuture<ClicktocallCall> getStatusAsync(String hash, RequestOptions requestOptions);

  /**
   * {@code clicktocall/calls.get_list}: Lists the click-to-calls of an app in a UTC date range.
   *
   * <p>Idempotent: retried after 5xx, timeouts and dropped connections.
   */
  default List<ClicktocallCall> getList(ClickToCallListParams params) {
    return getList(params, RequestOptions.none());
  }

  /** {@link #getList} with per-call options. */
  List<ClicktocallCall> getList(ClickToCallListParams params, RequestOptions requestOptions);

  /** Asynchronous {@link #getList}. */
  default CompletableFuture<List<ClicktocallCall>> getListAsync(ClickToCallListParams params) {
    return getListAsync(params, RequestOptions.none());
  }

  /** Asynchronous {@link #getList} with per-call options. */
  CompletableFuture<List<ClicktocallCall>> getListAsync(ClickToCallListParams params, RequestOptions requestOptions);
}
