package dev.switchboard.callr.v2;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.models.callr.v2.NumberOrder;
import dev.switchboard.models.callr.v2.NumberReservation;
import dev.switchboard.models.callr.v2.NumberReserveRequest;
import dev.switchboard.models.callr.v2.StoreEntry;
import dev.switchboard.models.callr.v2.StoreQuery;
import dev.switchboard.models.callr.v2.V2Ids;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The REST implementation of {@link V2NumberStoreService}. */
final class V2NumberStoreServiceImpl implements V2NumberStoreService {
  private final V2Http http;

  V2NumberStoreServiceImpl(V2Http http) {
    this.http = Objects.requireNonNull(http, "http");
  }

  @Override
  public List<StoreEntry> countries(RequestOptions options) {
    return http.execute(() -> countriesCall(options));
  }

  @Override
  public CompletableFuture<List<StoreEntry>> countriesAsync(RequestOptions options) {
    return http.executeAsync(() -> countriesCall(options));
  }

  private V2Http.Call<List<StoreEntry>> countriesCall(RequestOptions options) {
    return new V2Http.Call<>(V2Http.request(V2Endpoint.STORE_COUNTRIES, options).build(), V2Http.list(StoreEntry.class));
  }

  @Override
  public List<StoreEntry> types(StoreQuery query, RequestOptions options) {
    return http.execute(() -> typesCall(query, options));
  }

  @Override
  public CompletableFuture<List<StoreEntry>> typesAsync(StoreQuery query, RequestOptions options) {
    return http.executeAsync(() -> typesCall(query, options));
  }

  private V2Http.Call<List<StoreEntry>> typesCall(StoreQuery query, RequestOptions options) {
    Objects.requireNonNull(query, "query");
    return new V2Http.Call<>(V2Http.query(V2Http.request(V2Endpoint.STORE_TYPES, options), query.toQueryParameters()).build(),
        V2Http.list(StoreEntry.class));
  }

  @Override
  public List<StoreEntry> prefixes(StoreQuery query, RequestOptions options) {
    return http.execute(() -> prefixesCall(query, options));
  }

  @Override
  public CompletableFuture<List<StoreEntry>> prefixesAsync(StoreQuery query, RequestOptions options) {
    return http.executeAsync(() -> prefixesCall(query, options));
  }

  private V2Http.Call<List<StoreEntry>> prefixesCall(StoreQuery query, RequestOptions options) {
    Objects.requireNonNull(query, "query");
    return new V2Http.Call<>(V2Http.query(V2Http.request(V2Endpoint.STORE_PREFIXES, options), query.toQueryParameters()).build(),
        V2Http.list(StoreEntry.class));
  }

  @Override
  public NumberReservation reserve(NumberReserveRequest request, RequestOptions options) {
    return http.execute(() -> reserveCall(request, options));
  }

  @Override
  public CompletableFuture<NumberReservation> reserveAsync(NumberReserveRequest request, RequestOptions options) {
    return http.executeAsync(() -> reserveCall(request, options));
  }

  private V2Http.Call<NumberReservation> reserveCall(NumberReserveRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    return new V2Http.Call<>(V2Http.query(V2Http.request(V2Endpoint.STORE_RESERVE, options), request.toQueryParameters()).build(),
        V2Http.object(NumberReservation.class));
  }

  @Override
  public NumberOrder buy(String token, RequestOptions options) {
    return http.execute(() -> buyCall(token, options));
  }

  @Override
  public CompletableFuture<NumberOrder> buyAsync(String token, RequestOptions options) {
    return http.executeAsync(() -> buyCall(token, options));
  }

  private V2Http.Call<NumberOrder> buyCall(String token, RequestOptions options) {
    return new V2Http.Call<>(V2Http.request(V2Endpoint.STORE_BUY, options, V2Ids.requireOpaqueId("token", token)).build(), V2Http.object(NumberOrder.class));
  }

  @Override
  public void cancelOrder(String token, RequestOptions options) {
    http.execute(() -> cancelOrderCall(token, options));
  }

  @Override
  public CompletableFuture<Void> cancelOrderAsync(String token, RequestOptions options) {
    return http.executeAsync(() -> cancelOrderCall(token, options));
  }

  private V2Http.Call<Void> cancelOrderCall(String token, RequestOptions options) {
    return new V2Http.Call<>(V2Http.request(V2Endpoint.STORE_CANCEL_ORDER, options, V2Ids.requireOpaqueId("token", token)).build(), V2Http.none());
  }

  @Override
  public String toString() {
    return "V2NumberStoreService";
  }
}
