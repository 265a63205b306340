package dev.switchboard.callr;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.models.callr.CallId;
import dev.switchboard.models.callr.CallsBroadcastParams;
import dev.switchboard.models.callr.CallsRealtimeParams;
import java.util.concurrent.CompletableFuture;

/**
 * CALLR {@code calls} methods ({@code CallrClient.calls()}). An interface so that it can be mocked; every
 * method has a blocking form and an {@code ...Async} form returning a {@link CompletableFuture}, each optionally
 * taking trailing {@link RequestOptions}. Errors are {@code ApiException}s carrying the JSON-RPC code, message and
 * data.
 */
public interface CallsService {

  /**
   * {@code calls.broadcast_1}: Calls a target and plays messages ({@code calls.broadcast_1}); returns the request id. Never retried automatically.
   *
   * <p>Not idempotent: never retried once the request may have reached the server.
   */
  default String broadcast(CallsBroadcastParams params) {
    return broadcast(params, RequestOptions.none());
  }

  /** {@link #broadcast} with per-call options. */
  String broadcast(CallsBroadcastParams params, RequestOptions requestOptions);

  /** Asynchronous {@link #broadcast}. */
  default CompletableFuture<String> broadcastAsync(CallsBroadcastParams params) {
    return broadcastAsync(params, RequestOptions.none());
  }

  /** Asynchronous {@link #broadcast} with per-call options. */
  CompletableFuture<String> broadcastAsync(CallsBroadcastParams params, RequestOptions requestOptions);

  /**
   * {@code calls.get_status_1}: Status of a broadcast ({@code calls.get_status_1}); the values ({@code PENDING}, {@code RINGING}, {@code ANSWERED}, {@code DONE}, {@code FAILED}) are unverified.
   *
   * <p>Idempotent: retried after 5xx, timeouts and dropped connections.
   */
  default String getStatus(String requestId) {
    return getStatus(requestId, RequestOptions.none());
  }

  /** {@link #getStatus} with per-call options. */
  String getStatus(String requestId, RequestOptions requestOptions);

  /** Asynchronous {@link #getStatus}. */
  default CompletableFuture<String> getStatusAsync(String requestId) {
    return getStatusAsync(requestId, RequestOptions.none());
  }

  /** Asynchronous {@link #getStatus} with per-call options. */
  CompletableFuture<String> getStatusAsync(String requestId, RequestOptions requestOptions);

  /**
   * {@code calls.realtime}: Starts an outbound call controlled by a REALTIME10 app; returns the call id (result unverified: we chose the callid). Never retried automatically.
   *
   * <p>Not idempotent: never retried once the request may have reached the server.
   * <b>Unverified</b>: follows docs/CALLR-METHODS.md, provisional.
   */
  default CallId realtime(CallsRealtimeParams params) {
    return realtime(params, RequestOptions.none());
  }

  /** {@link #realtime} with per-call options. */
  CallId realtime(CallsRealtimeParams params, RequestOptions requestOptions);

  /** Asynchronous {@link #realtime}. */
  default CompletableFuture<CallId> realtimeAsync(CallsRealtimeParams params) {
    return realtimeAsync(params, RequestOptions.none());
  }

  /** Asynchronous {@link #realtime} with per-call options. */
  CompletableFuture<CallId> realtimeAsync(CallsRealtimeParams params, RequestOptions requestOptions);

  /**
   * {@code calls.realtime_break}: Breaks the current command of a real-time call. Params unverified (our choice): {@code (callid, {})}.
   *
   * <p>Not idempotent: never retried once the request may have reached the server.
   * <b>Unverified</b>: follows docs/CALLR-METHODS.md, provisional.
   */
  default Boolean realtimeBreak(CallId callid) {
    return realtimeBreak(callid, RequestOptions.none());
  }

  /** {@link #realtimeBreak} with per-call options. */
  Boolean realtimeBreak(CallId callid, RequestOptions requestOptions);

  /** Asynchronous {@link #realtimeBreak}. */
  default CompletableFuture<Boolean> realtimeBreakAsync(CallId callid) {
    return realtimeBreakAsync(callid, RequestOptions.none());
  }

  /** Asynchronous {@link #realtimeBreak} with per-call options. */
  CompletableFuture<Boolean> realtimeBreakAsync(CallId callid, RequestOptions requestOptions);

  /**
   * {@code calls.hangup}: Hangs up a call (options are reserved and sent as {@code {}}).
   *
   * <p>Not idempotent: never retried once the request may have reached the server.
   */
  default Boolean hangup(CallId callid) {
    return hangup(callid, RequestOptions.none());
  }

  /** {@link #hangup} with per-call options. */
  Boolean hangup(CallId callid, RequestOptions requestOptions);

  /** Asynchronous {@link #hangup}. */
  default CompletableFuture<Boolean> hangupAsync(CallId callid) {
    return hangupAsync(callid, RequestOptions.none());
  }

  /** Asynchronous {@link #hangup} with per-call options. */
  CompletableFuture<Boolean> hangupAsync(CallId callid, RequestOptions requestOptions);

  /**
   * {@code dialr/call.realtime}: The {@code dialr/call.realtime} alias of {@link #realtime}.
   *
   * <p>Not idempotent: never retried once the request may have reached the server.
   * <b>Unverified</b>: follows docs/CALLR-METHODS.md, provisional.
   */
  default CallId dialrRealtime(CallsRealtimeParams params) {
    return dialrRealtime(params, RequestOptions.none());
  }

  /** {@link #dialrRealtime} with per-call options. */
  CallId dialrRealtime(CallsRealtimeParams params, RequestOptions requestOptions);

  /** Asynchronous {@link #dialrRealtime}. */
  default CompletableFuture<CallId> dialrRealtimeAsync(CallsRealtimeParams params) {
    return dialrRealtimeAsync(params, RequestOptions.none());
  }

  /** Asynchronous {@link #dialrRealtime} with per-call options. */
  CompletableFuture<CallId> dialrRealtimeAsync(CallsRealtimeParams params, RequestOptions requestOptions);
}
