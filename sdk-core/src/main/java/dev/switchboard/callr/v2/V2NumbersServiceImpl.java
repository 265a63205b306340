package dev.switchboard.callr.v2;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.models.callr.v2.NumberSearchParams;
import dev.switchboard.models.callr.v2.NumberUpdateRequest;
import dev.switchboard.models.callr.v2.OwnedNumber;
import dev.switchboard.models.callr.v2.V2Ids;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The REST implementation of {@link V2NumbersService}. */
final class V2NumbersServiceImpl implements V2NumbersService {
  private final V2Http http;

  V2NumbersServiceImpl(V2Http http) {
    this.http = Objects.requireNonNull(http, "http");
  }

  @Override
  public V2SearchPage<OwnedNumber> search(NumberSearchParams query, RequestOptions options) {
    return http.execute(() -> searchCall(query, options));
  }

  @Override
  public CompletableFuture<V2SearchPage<OwnedNumber>> searchAsync(NumberSearchParams query, RequestOptions options) {
    return http.executeAsync(() -> searchCall(query, options));
  }

  private V2Http.Call<V2SearchPage<OwnedNumber>> searchCall(NumberSearchParams query, RequestOptions options) {
    return V2Http.search(V2Endpoint.NUMBERS_SEARCH, query, OwnedNumber.class, options, q -> search(q, options));
  }

  @Override
  public OwnedNumber get(String number, RequestOptions options) {
    return http.execute(() -> getCall(number, options));
  }

  @Override
  public CompletableFuture<OwnedNumber> getAsync(String number, RequestOptions options) {
    return http.executeAsync(() -> getCall(number, options));
  }

  private V2Http.Call<OwnedNumber> getCall(String number, RequestOptions options) {
    return new V2Http.Call<>(V2Http.request(V2Endpoint.NUMBERS_GET, options, V2Ids.requireE164("number", number)).build(), V2Http.object(OwnedNumber.class));
  }

  @Override
  public OwnedNumber update(String number, NumberUpdateRequest request, RequestOptions options) {
    return http.execute(() -> updateCall(number, request, options));
  }

  @Override
  public CompletableFuture<OwnedNumber> updateAsync(String number, NumberUpdateRequest request, RequestOptions options) {
    return http.executeAsync(() -> updateCall(number, request, options));
  }

  private V2Http.Call<OwnedNumber> updateCall(String number, NumberUpdateRequest request, RequestOptions options) {
    String id = V2Ids.requireE164("number", number);
    Objects.requireNonNull(request, "request");
    return new V2Http.Call<>(V2Http.request(V2Endpoint.NUMBERS_UPDATE, options, id).jsonBody(request).build(),
        V2Http.object(OwnedNumber.class));
  }

  @Override
  public void cancel(String number, RequestOptions options) {
    http.execute(() -> cancelCall(number, options));
  }

  @Override
  public CompletableFuture<Void> cancelAsync(String number, RequestOptions options) {
    return http.executeAsync(() -> cancelCall(number, options));
  }

  private V2Http.Call<Void> cancelCall(String number, RequestOptions options) {
    return new V2Http.Call<>(V2Http.request(V2Endpoint.NUMBERS_CANCEL, options, V2Ids.requireE164("number", number)).build(), V2Http.none());
  }

  @Override
  public void assignScenario(String number, String sid, RequestOptions options) {
    http.execute(() -> assignScenarioCall(number, sid, options));
  }

  @Override
  public CompletableFuture<Void> assignScenarioAsync(String number, String sid, RequestOptions options) {
    return http.executeAsync(() -> assignScenarioCall(number, sid, options));
  }

  private V2Http.Call<Void> assignScenarioCall(String number, String sid, RequestOptions options) {
    return new V2Http.Call<>(V2Http.request(V2Endpoint.NUMBERS_ASSIGN_SCENARIO, options, V2Ids.requireE164("number", number), V2Ids.requireSid("sid", sid)).build(),
        V2Http.none());
  }

  @Override
  public void unassignScenario(String number, String sid, RequestOptions options) {
    http.execute(() -> unassignScenarioCall(number, sid, options));
  }

  @Override
  public CompletableFuture<Void> unassignScenarioAsync(String number, String sid, RequestOptions options) {
    return http.executeAsync(() -> unassignScenarioCall(number, sid, options));
  }

  private V2Http.Call<Void> unassignScenarioCall(String number, String sid, RequestOptions options) {
    return new V2Http.Call<>(V2Http.request(V2Endpoint.NUMBERS_UNASSIGN_SCENARIO, options, V2Ids.requireE164("number", number), V2Ids.requireSid("sid", sid)).build(),
        V2Http.none());
  }

  @Override
  public String toString() {
    return "V2NumbersService";
  }
}
