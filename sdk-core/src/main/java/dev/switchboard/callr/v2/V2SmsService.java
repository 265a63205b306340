package dev.switchboard.callr.v2;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.models.callr.v2.SmsMessage;
import dev.switchboard.models.callr.v2.SmsSearchParams;
import dev.switchboard.models.callr.v2.SmsSendRequest;
import java.util.concurrent.CompletableFuture;

/**
 * CALLR v2 SMS ({@code CallrV2Client.sms()}), the successor of v1 {@code sms.*}.
 *
 * <p>Sending takes {@code to}, {@code from}, {@code encoding} and {@code trafficType} as query parameters and the text as the JSON body {@code {"text": ...}} [C]. Build-mode accounts can send only to verified testing numbers [C].
 *
 * <p>An interface so that it can be mocked; every operation has a blocking form and an {@code ...Async} form
 * returning a {@link CompletableFuture}, each optionally taking trailing {@link RequestOptions}. Arguments are
 * checked before any I/O, naming the field. Errors are {@code ApiException}s carrying the v2 {@code code} and
 * {@code message}.
 */
public interface V2SmsService {

  /**
   * {@code POST /sms} ({@link V2Endpoint#SMS_SEND}): sends an SMS [C]; returns the created SMS, status {@code created} [I].
   *
   * <p>Not idempotent: never retried once the request may have reached the server (a retry could repeat its effect), unless {@link RequestOptions.Builder#idempotencyKey} is set.
   */
  default SmsMessage send(SmsSendRequest request) {
    return send(request, RequestOptions.none());
  }

  /** {@link #send} with per-call options. */
  SmsMessage send(SmsSendRequest request, RequestOptions options);

  /** Asynchronous {@link #send}. */
  default CompletableFuture<SmsMessage> sendAsync(SmsSendRequest request) {
    return sendAsync(request, RequestOptions.none());
  }

  /** Asynchronous {@link #send} with per-call options. */
  CompletableFuture<SmsMessage> sendAsync(SmsSendRequest request, RequestOptions options);

  /**
   * {@code GET /sms} ({@link V2Endpoint#SMS_SEARCH}): searches SMS, newest first by default [C page; I path and names].
   *
   * <p>Idempotent: retried after 5xx, 429, timeouts and dropped connections.
   */
  default V2SearchPage<SmsMessage> search(SmsSearchParams query) {
    return search(query, RequestOptions.none());
  }

  /** {@link #search} with per-call options. */
  V2SearchPage<SmsMessage> search(SmsSearchParams query, RequestOptions options);

  /** Asynchronous {@link #search}. */
  default CompletableFuture<V2SearchPage<SmsMessage>> searchAsync(SmsSearchParams query) {
    return searchAsync(query, RequestOptions.none());
  }

  /** Asynchronous {@link #search} with per-call options. */
  CompletableFuture<V2SearchPage<SmsMessage>> searchAsync(SmsSearchParams query, RequestOptions options);

  /** {@link #search} with no filters (the first page, server defaults). */
  default V2SearchPage<SmsMessage> search() {
    return search(SmsSearchParams.builder().build());
  }

  /**
   * {@code GET /sms/{sid}} ({@link V2Endpoint#SMS_GET}): reads one SMS [I].
   *
   * <p>Idempotent: retried after 5xx, 429, timeouts and dropped connections.
   */
  default SmsMessage get(String sid) {
    return get(sid, RequestOptions.none());
  }

  /** {@link #get} with per-call options. */
  SmsMessage get(String sid, RequestOptions options);

  /** Asynchronous {@link #get}. */
  default CompletableFuture<SmsMessage> getAsync(String sid) {
    return getAsync(sid, RequestOptions.none());
  }

  /** Asynchronous {@link #get} with per-call options. */
  CompletableFuture<SmsMessage> getAsync(String sid, RequestOptions options);
}
