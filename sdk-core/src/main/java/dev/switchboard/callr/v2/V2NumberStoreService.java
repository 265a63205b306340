package dev.switchboard.callr.v2;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.models.callr.v2.NumberOrder;
import dev.switchboard.models.callr.v2.NumberReservation;
import dev.switchboard.models.callr.v2.NumberReserveRequest;
import dev.switchboard.models.callr.v2.StoreEntry;
import dev.switchboard.models.callr.v2.StoreQuery;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * CALLR v2 number store ({@code CallrV2Client.numberStore()}), the successor of v1 {@code did/areacode.*} and {@code did/store.*}.
 *
 * <p>Ordering: reserve with {@code prefix}/{@code area} [C names], then buy or cancel the reservation by its {@code token} [C paths]. Build-mode accounts cannot buy numbers [C].
 *
 * <p>An interface so that it can be mocked; every operation has a blocking form and an {@code ...Async} form
 * returning a {@link CompletableFuture}, each optionally taking trailing {@link RequestOptions}. Arguments are
 * checked before any I/O, naming the field. Errors are {@code ApiException}s carrying the v2 {@code code} and
 * {@code message}.
 */
public interface V2NumberStoreService {

  /**
   * {@code GET /numbers/store/countries} ({@link V2Endpoint#STORE_COUNTRIES}): countries where numbers can be bought [C path]; entries are free-form.
   *
   * <p>Idempotent: retried after 5xx, 429, timeouts and dropped connections.
   */
  default List<StoreEntry> countries() {
    return countries(RequestOptions.none());
  }

  /** {@link #countries} with per-call options. */
  List<StoreEntry> countries(RequestOptions options);

  /** Asynchronous {@link #countries}. */
  default CompletableFuture<List<StoreEntry>> countriesAsync() {
    return countriesAsync(RequestOptions.none());
  }

  /** Asynchronous {@link #countries} with per-call options. */
  CompletableFuture<List<StoreEntry>> countriesAsync(RequestOptions options);

  /**
   * {@code GET /numbers/store/types} ({@link V2Endpoint#STORE_TYPES}): number types available, e.g. in a country [C path; query I].
   *
   * <p>Idempotent: retried after 5xx, 429, timeouts and dropped connections.
   */
  default List<StoreEntry> types(StoreQuery query) {
    return types(query, RequestOptions.none());
  }

  /** {@link #types} with per-call options. */
  List<StoreEntry> types(StoreQuery query, RequestOptions options);

  /** Asynchronous {@link #types}. */
  default CompletableFuture<List<StoreEntry>> typesAsync(StoreQuery query) {
    return typesAsync(query, RequestOptions.none());
  }

  /** Asynchronous {@link #types} with per-call options. */
  CompletableFuture<List<StoreEntry>> typesAsync(StoreQuery query, RequestOptions options);

  /**
   * {@code GET /numbers/store/prefixes} ({@link V2Endpoint#STORE_PREFIXES}): prefixes and areas available [C path; query I].
   *
   * <p>Idempotent: retried after 5xx, 429, timeouts and dropped connections.
   */
  default List<StoreEntry> prefixes(StoreQuery query) {
    return prefixes(query, RequestOptions.none());
  }

  /** {@link #prefixes} with per-call options. */
  List<StoreEntry> prefixes(StoreQuery query, RequestOptions options);

  /** Asynchronous {@link #prefixes}. */
  default CompletableFuture<List<StoreEntry>> prefixesAsync(StoreQuery query) {
    return prefixesAsync(query, RequestOptions.none());
  }

  /** Asynchronous {@link #prefixes} with per-call options. */
  CompletableFuture<List<StoreEntry>> prefixesAsync(StoreQuery query, RequestOptions options);

  /**
   * {@code POST /numbers/store} ({@link V2Endpoint#STORE_RESERVE}): reserves numbers, sending the request's parameters as query parameters [C names; I endpoint]; returns the reservation with its {@code token} [I].
   *
   * <p>Not idempotent: never retried once the request may have reached the server (a retry could repeat its effect), unless {@link RequestOptions.Builder#idempotencyKey} is set.
   */
  default NumberReservation reserve(NumberReserveRequest request) {
    return reserve(request, RequestOptions.none());
  }

  /** {@link #reserve} with per-call options. */
  NumberReservation reserve(NumberReserveRequest request, RequestOptions options);

  /** Asynchronous {@link #reserve}. */
  default CompletableFuture<NumberReservation> reserveAsync(NumberReserveRequest request) {
    return reserveAsync(request, RequestOptions.none());
  }

  /** Asynchronous {@link #reserve} with per-call options. */
  CompletableFuture<NumberReservation> reserveAsync(NumberReserveRequest request, RequestOptions options);

  /**
   * {@code POST /numbers/store/{token}} ({@link V2Endpoint#STORE_BUY}): buys (confirms) a reservation [C path].
   *
   * <p>Not idempotent: never retried once the request may have reached the server (a retry could repeat its effect), unless {@link RequestOptions.Builder#idempotencyKey} is set.
   */
  default NumberOrder buy(String token) {
    return buy(token, RequestOptions.none());
  }

  /** {@link #buy} with per-call options. */
  NumberOrder buy(String token, RequestOptions options);

  /** Asynchronous {@link #buy}. */
  default CompletableFuture<NumberOrder> buyAsync(String token) {
    return buyAsync(token, RequestOptions.none());
  }

  /** Asynchronous {@link #buy} with per-call options. */
  CompletableFuture<NumberOrder> buyAsync(String token, RequestOptions options);

  /**
   * {@code DELETE /numbers/store/{token}} ({@link V2Endpoint#STORE_CANCEL_ORDER}): cancels a reservation [C path].
   *
   * <p>Idempotent: retried after 5xx, 429, timeouts and dropped connections.
   */
  default void cancelOrder(String token) {
    cancelOrder(token, RequestOptions.none());
  }

  /** {@link #cancelOrder} with per-call options. */
  void cancelOrder(String token, RequestOptions options);

  /** Asynchronous {@link #cancelOrder}. */
  default CompletableFuture<Void> cancelOrderAsync(String token) {
    return cancelOrderAsync(token, RequestOptions.none());
  }

  /** Asynchronous {@link #cancelOrder} with per-call options. */
  CompletableFuture<Void> cancelOrderAsync(String token, RequestOptions options);
}
