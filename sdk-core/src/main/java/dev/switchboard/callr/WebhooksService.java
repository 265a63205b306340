package dev.switchboard.callr;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.models.callr.Webhook;
import dev.switchboard.models.callr.WebhookSubscribeParams;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * CALLR {@code webhooks} methods ({@code CallrClient.webhooks()}). An interface so that it can be mocked; every
 * method has a blocking form and an {@code ...Async} form returning a {@link CompletableFuture}, each optionally
 * taking trailing {@link RequestOptions}. Errors are {@code ApiException}s carrying the JSON-RPC code, message and
 * data.
 */
public interface WebhooksService {

  /**
   * {@code webhooks.subscribe}: Subscribes an endpoint to an event type. Never retried automatically.
   *
   * <p>Not idempotent: never retried once the request may have reached the server.
   */
  default Webhook subscribe(WebhookSubscribeParams params) {
    return subscribe(params, RequestOptions.none());
  }

  /** {@link #subscribe} with per-call options. */
  Webhook subscribe(WebhookSubscribeParams params, RequestOptions requestOptions);

  /** Asynchronous {@link #subscribe}. */
  default CompletableFuture<Webhook> subscribeAsync(WebhookSubscribeParams params) {
    return subscribeAsync(params, RequestOptions.none());
  }

  /** Asynchronous {@link #subscribe} with per-call options. */
  CompletableFuture<Webhook> subscribeAsync(WebhookSubscribeParams params, RequestOptions requestOptions);

  /**
   * {@code webhooks.unsubscribe}: Removes a subscription.
   *
   * <p>Not idempotent: never retried once the request may have reached the server.
   */
  default Boolean unsubscribe(String hash) {
    return unsubscribe(hash, RequestOptions.none());
  }

  /** {@link #unsubscribe} with per-call options. */
  Boolean unsubscribe(String hash, RequestOptions requestOptions);

  /** Asynchronous {@link #unsubscribe}. */
  default CompletableFuture<Boolean> unsubscribeAsync(String hash) {
    return unsubscribeAsync(hash, RequestOptions.none());
  }

  /** Asynchronous {@link #unsubscribe} with per-call options. */
  CompletableFuture<Boolean> unsubscribeAsync(String hash, RequestOptions requestOptions);

  /**
   * {@code webhooks.get_event_types}: The event types you can subscribe to.
   *
   * <p>Idempotent: retried after 5xx, timeouts and dropped connections.
   */
  default List<String> getEventTypes() {
    return getEventTypes(RequestOptions.none());
  }

  /** {@link #getEventTypes} with per-call options. */
  List<String> getEventTypes(RequestOptions requestOptions);

  /** Asynchronous {@link #getEventTypes}. */
  default CompletableFuture<List<String>> getEventTypesAsync() {
    return getEventTypesAsync(RequestOptions.none());
  }

  /** Asynchronous {@link #getEventTypes} with per-call options. */
  CompletableFuture<List<String>> getEventTypesAsync(RequestOptions requestOptions);

  /**
   * {@code webhooks.get}: Reads a subscription. Unverified (implied by the Objects reference only).
   *
   * <p>Idempotent: retried after 5xx, timeouts and dropped connections.
   * <b>Unverified</b>: follows docs/CALLR-METHODS.md, provisional.
   */
  default Webhook get(String hash) {
    return get(hash, RequestOptions.none());
  }

  /** {@link #get} with per-call options. */
  Webhook get(String hash, RequestOptions requestOptions);

  /** Asynchronous {@link #get}. */
  default CompletableFuture<Webhook> getAsync(String hash) {
    return getAsync(hash, RequestOptions.none());
  }

  /** Asynchronous {@link #get} with per-call options. */
  CompletableFuture<Webhook> getAsync(String hash, RequestOptions requestOptions);

  /**
   * {@code webhooks.get_list}: Lists your subscriptions. Unverified (implied by the Objects reference only).
   *
   * <p>Idempotent: retried after 5xx, timeouts and dropped connections.
   * <b>Unverified</b>: follows docs/CALLR-METHODS.md, provisional.
   */
  default List<Webhook> getList() {
    return getList(RequestOptions.none());
  }

  /** {@link #getList} with per-call options. */
  List<Webhook> getList(RequestOptions requestOptions);

  /** Asynchronous {@link #getList}. */
  default CompletableFuture<List<Webhook>> getListAsync() {
    return getListAsync(RequestOptions.none());
  }

  /** Asynchronous {@link #getList} with per-call options. */
  CompletableFuture<List<Webhook>> getListAsync(RequestOptions requestOptions);
}
