package dev.switchboard.callr;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.models.callr.CdrGetParams;
import dev.switchboard.models.callr.CdrIn;
import dev.switchboard.models.callr.CdrOut;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * CALLR {@code cdr} methods ({@code CallrClient.cdr()}). An interface so that it can be mocked; every
 * method has a blocking form and an {@code ...Async} form returning a {@link CompletableFuture}, each optionally
 * taking trailing {@link RequestOptions}. Errors are {@code ApiException}s carrying the JSON-RPC code, message and
 * data.
 */
public interface CdrService {

  /**
   * {@code cdr.get}: Inbound call records: {@code cdr.get("IN", from, to, app, number)}.
   *
   * <p>Idempotent: retried after 5xx, timeouts and dropped connections.
   */
  default List<CdrIn> inbound(CdrGetParams params) {
    return inbound(params, RequestOptions.none());
  }

  /** {@link #inbound} with per-call options. */
  List<CdrIn> inbound(CdrGetParams params, RequestOptions requestOptions);

  /** Asynchronous {@link #inbound}. */
  default CompletableFuture<List<CdrIn>> inboundAsync(CdrGetParams params) {
    return inboundAsync(params, RequestOptions.none());
  }

  /** Asynchronous {@link #inbound} with per-call options. */
  CompletableFuture<List<CdrIn>> inboundAsync(CdrGetParams params, RequestOptions requestOptions);

  /**
   * {@code cdr.get}: Outbound call records: {@code cdr.get("OUT", from, to, app, number)}.
   *
   * <p>Idempotent: retried after 5xx, timeouts and dropped connections.
   */
  default List<CdrOut> outbound(CdrGetParams params) {
    return outbound(params, RequestOptions.none());
  }

  /** {@link #outbound} with per-call options. */
  List<CdrOut> outbound(CdrGetParams params, RequestOptions requestOptions);

  /** Asynchronous {@link #outbound}. */
  default CompletableFuture<List<CdrOut>> outboundAsync(CdrGetParams params) {
    return outboundAsync(params, RequestOptions.none());
  }

  /** Asynchronous {@link #outbound} with per-call options. */
  CompletableFuture<List<CdrOut>> outboundAsync(CdrGetParams params, RequestOptions requestOptions);
}
