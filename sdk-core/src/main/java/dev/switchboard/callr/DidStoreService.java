package dev.switchboard.callr;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.models.callr.DidStoreBuyStatus;
import dev.switchboard.models.callr.DidStoreQuotaStatus;
import dev.switchboard.models.callr.DidStoreQuote;
import dev.switchboard.models.callr.DidStoreQuoteParams;
import dev.switchboard.models.callr.DidStoreReservation;
import dev.switchboard.models.callr.DidStoreReserveParams;
import java.util.concurrent.CompletableFuture;

/**
 * CALLR {@code did/store} methods ({@code CallrClient.didStore()}). An interface so that it can be mocked; every
 * method has a blocking form and an {@code ...Async} form returning a {@link CompletableFuture}, each optionally
 * taking trailing {@link RequestOptions}. Errors are {@code ApiException}s carrying the JSON-RPC code, message and
 * data.
 */
public interface DidStoreService {

  /**
   * {@code did/store.get_quote}: Quotes numbers of an area code (nothing is reserved).
   *
   * <p>Idempotent: retried after 5xx, timeouts and dropped connections.
   */
  default DidStoreQuote getQuote(DidStoreQuoteParams params) {
    return getQuote(params, RequestOptions.none());
  }

  /** {@link #getQuote} with per-call options. */
  DidStoreQuote getQuote(DidStoreQuoteParams params, RequestOptions requestOptions);

  /** Asynchronous {@link #getQuote}. */
  default CompletableFuture<DidStoreQuote> getQuoteAsync(DidStoreQuoteParams params) {
    return getQuoteAsync(params, RequestOptions.none());
  }

  /** Asynchronous {@link #getQuote} with per-call options. */
  CompletableFuture<DidStoreQuote> getQuoteAsync(DidStoreQuoteParams params, RequestOptions requestOptions);

  /**
   * {@code did/store.reserve}: Reserves numbers; returns the order (token, expiry). Never retried automatically.
   *
   * <p>Not idempotent: never retried once the request may have reached the server.
   */
  default DidStoreReservation reserve(DidStoreReserveParams params) {
    return reserve(params, RequestOptions.none());
  }

  /** {@link #reserve} with per-call options. */
  DidStoreReservation reserve(DidStoreReserveParams params, RequestOptions requestOptions);

  /** Asynchronous {@link #reserve}. */
  default CompletableFuture<DidStoreReservation> reserveAsync(DidStoreReserveParams params) {
    return reserveAsync(params, RequestOptions.none());
  }

  /** Asynchronous {@link #reserve} with per-call options. */
  CompletableFuture<DidStoreReservation> reserveAsync(DidStoreReserveParams params, RequestOptions requestOptions);

  /**
   * {@code did/store.view_order}: Reads a reservation.
   *
   * <p>Idempotent: retried after 5xx, timeouts and dropped connections.
   */
  default DidStoreReservation viewOrder(String token) {
    return viewOrder(token, RequestOptions.none());
  }

  /** {@link #viewOrder} with per-call options. */
  DidStoreReservation viewOrder(String token, RequestOptions requestOptions);

  /** Asynchronous {@link #viewOrder}. */
  default CompletableFuture<DidStoreReservation> viewOrderAsync(String token) {
    return viewOrderAsync(token, RequestOptions.none());
  }

  /** Asynchronous {@link #viewOrder} with per-call options. */
  CompletableFuture<DidStoreReservation> viewOrderAsync(String token, RequestOptions requestOptions);

  /**
   * {@code did/store.buy_order}: Buys a reservation. Never retried automatically.
   *
   * <p>Not idempotent: never retried once the request may have reached the server.
   */
  default DidStoreBuyStatus buyOrder(String token) {
    return buyOrder(token, RequestOptions.none());
  }

  /** {@link #buyOrder} with per-call options. */
  DidStoreBuyStatus buyOrder(String token, RequestOptions requestOptions);

  /** Asynchronous {@link #buyOrder}. */
  default CompletableFuture<DidStoreBuyStatus> buyOrderAsync(String token) {
    return buyOrderAsync(token, RequestOptions.none());
  }

  /** Asynchronous {@link #buyOrder} with per-call options. */
  CompletableFuture<DidStoreBuyStatus> buyOrderAsync(String token, RequestOptions requestOptions);

  /**
   * {@code did/store.cancel_order}: Cancels a reservation.
   *
   * <p>Not idempotent: never retried once the request may have reached the server.
   */
  default Boolean cancelOrder(String token) {
    return cancelOrder(token, RequestOptions.none());
  }

  /** {@link #cancelOrder} with per-call options. */
  Boolean cancelOrder(String token, RequestOptions requestOptions);

  /** Asynchronous {@link #cancelOrder}. */
  default CompletableFuture<Boolean> cancelOrderAsync(String token) {
    return cancelOrderAsync(token, RequestOptions.none());
  }

  /** Asynchronous {@link #cancelOrder} with per-call options. */
  CompletableFuture<Boolean> cancelOrderAsync(String token, RequestOptions requestOptions);

  /**
   * {@code did/store.cancel_subscription}: Cancels a number's subscription (the number is removed immediately).
   *
   * <p>Not idempotent: never retried once the request may have reached the server.
   */
  default Boolean cancelSubscription(String hash) {
    return cancelSubscription(hash, RequestOptions.none());
  }

  /** {@link #cancelSubscription} with per-call options. */
  Boolean cancelSubscription(String hash, RequestOptions requestOptions);

  /** Asynchronous {@link #cancelSubscription}. */
  default CompletableFuture<Boolean> cancelSubscriptionAsync(String hash) {
    return cancelSubscriptionAsync(hash, RequestOptions.none());
  }

  /** Asynchronous {@link #cancelSubscription} with per-call options. */
  CompletableFuture<Boolean> cancelSubscriptionAsync(String hash, RequestOptions requestOptions);

  /**
   * {@code did/store.get_quota_status}: Your number quota.
   *
   * <p>Idempotent: retried after 5xx, timeouts and dropped connections.
   */
  default DidStoreQuotaStatus getQuotaStatus() {
    return getQuotaStatus(RequestOptions.none());
  }

  /** {@link #getQuotaStatus} with per-call options. */
  DidStoreQuotaStatus getQuotaStatus(RequestOptions requestOptions);

  /** Asynchronous {@link #getQuotaStatus}. */
  default CompletableFuture<DidStoreQuotaStatus> getQuotaStatusAsync() {
    return getQuotaStatusAsync(RequestOptions.none());
  }

  /** Asynchronous {@link #getQuotaStatus} with per-call options. */
  CompletableFuture<DidStoreQuotaStatus> getQuotaStatusAsync(RequestOptions requestOptions);
}
