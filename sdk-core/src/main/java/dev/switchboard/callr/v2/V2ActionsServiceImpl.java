package dev.switchboard.callr.v2;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.models.callr.v2.ActionCreateRequest;
import dev.switchboard.models.callr.v2.ActionRun;
import dev.switchboard.models.callr.v2.ActionRunRequest;
import dev.switchboard.models.callr.v2.ActionSearchParams;
import dev.switchboard.models.callr.v2.ActionUpdateRequest;
import dev.switchboard.models.callr.v2.CallrAction;
import dev.switchboard.models.callr.v2.V2Ids;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The REST implementation of {@link V2ActionsService}. */
final class V2ActionsServiceImpl implements V2ActionsService {
  private final V2Http http;

  V2ActionsServiceImpl(V2Http http) {
    this.http = Objects.requireNonNull(http, "http");
  }

  @Override
  public V2SearchPage<CallrAction> search(ActionSearchParams query, RequestOptions options) {
    return http.execute(() -> searchCall(query, options));
  }

  @Override
  public CompletableFuture<V2SearchPage<CallrAction>> searchAsync(ActionSearchParams query, RequestOptions options) {
    return http.executeAsync(() -> searchCall(query, options));
  }

  private V2Http.Call<V2SearchPage<CallrAction>> searchCall(ActionSearchParams query, RequestOptions options) {
    return V2Http.search(V2Endpoint.ACTIONS_SEARCH, query, CallrAction.class, options, q -> search(q, options));
  }

  @Override
  public CallrAction create(ActionCreateRequest request, RequestOptions options) {
    return http.execute(() -> createCall(request, options));
  }

  @Override
  public CompletableFuture<CallrAction> createAsync(ActionCreateRequest request, RequestOptions options) {
    return http.executeAsync(() -> createCall(request, options));
  }

  private V2Http.Call<CallrAction> createCall(ActionCreateRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    return new V2Http.Call<>(V2Http.request(V2Endpoint.ACTIONS_CREATE, options).jsonBody(request).build(), V2Http.object(CallrAction.class));
  }

  @Override
  public CallrAction get(String sid, RequestOptions options) {
    return http.execute(() -> getCall(sid, options));
  }

  @Override
  public CompletableFuture<CallrAction> getAsync(String sid, RequestOptions options) {
    return http.executeAsync(() -> getCall(sid, options));
  }

  private V2Http.Call<CallrAction> getCall(String sid, RequestOptions options) {
    return new V2Http.Call<>(V2Http.request(V2Endpoint.ACTIONS_GET, options, V2Ids.requireSid("sid", sid)).build(), V2Http.object(CallrAction.class));
  }

  @Override
  public CallrAction update(String sid, ActionUpdateRequest request, RequestOptions options) {
    return http.execute(() -> updateCall(sid, request, options));
  }

  @Override
  public CompletableFuture<CallrAction> updateAsync(String sid, ActionUpdateRequest request, RequestOptions options) {
    return http.executeAsync(() -> updateCall(sid, request, options));
  }

  private V2Http.Call<CallrAction> updateCall(String sid, ActionUpdateRequest request, RequestOptions options) {
    String id = V2Ids.requireSid("sid", sid);
    Objects.requireNonNull(request, "request");
    return new V2Http.Call<>(V2Http.request(V2Endpoint.ACTIONS_UPDATE, options, id).jsonBody(request).build(),
        V2Http.object(CallrAction.class));
  }

  @Override
  public void delete(String sid, RequestOptions options) {
    http.execute(() -> deleteCall(sid, options));
  }

  @Override
  public CompletableFuture<Void> deleteAsync(String sid, RequestOptions options) {
    return http.executeAsync(() -> deleteCall(sid, options));
  }

  private V2Http.Call<Void> deleteCall(String sid, RequestOptions options) {
    return new V2Http.Call<>(V2Http.request(V2Endpoint.ACTIONS_DELETE, options, V2Ids.requireSid("sid", sid)).build(), V2Http.none());
  }

  @Override
  public ActionRun run(String sid, ActionRunRequest request, RequestOptions options) {
    return http.execute(() -> runCall(sid, request, options));
  }

  @Override
  public CompletableFuture<ActionRun> runAsync(String sid, ActionRunRequest request, RequestOptions options) {
    return http.executeAsync(() -> runCall(sid, request, options));
  }

  private V2Http.Call<ActionRun> runCall(String sid, ActionRunRequest request, RequestOptions options) {
    String id = V2Ids.requireSid("sid", sid);
    Objects.requireNonNull(request, "request");
    return new V2Http.Call<>(V2Http.request(V2Endpoint.ACTIONS_RUN, options, id).jsonBody(request).build(),
        V2Http.object(ActionRun.class));
  }

  @Override
  public void assignNumber(String sid, String number, RequestOptions options) {
    http.execute(() -> assignNumberCall(sid, number, options));
  }

  @Override
  public CompletableFuture<Void> assignNumberAsync(String sid, String number, RequestOptions options) {
    return http.executeAsync(() -> assignNumberCall(sid, number, options));
  }

  private V2Http.Call<Void> assignNumberCall(String sid, String number, RequestOptions options) {
    return new V2Http.Call<>(V2Http.request(V2Endpoint.ACTIONS_ASSIGN_NUMBER, options, V2Ids.requireSid("sid", sid), V2Ids.requireE164("number", number)).build(),
        V2Http.none());
  }

  @Override
  public void unassignNumber(String sid, String number, RequestOptions options) {
    http.execute(() -> unassignNumberCall(sid, number, options));
  }

  @Override
  public CompletableFuture<Void> unassignNumberAsync(String sid, String number, RequestOptions options) {
    return http.executeAsync(() -> unassignNumberCall(sid, number, options));
  }

  private V2Http.Call<Void> unassignNumberCall(String sid, String number, RequestOptions options) {
    return new V2Http.Call<>(V2Http.request(V2Endpoint.ACTIONS_UNASSIGN_NUMBER, options, V2Ids.requireSid("sid", sid), V2Ids.requireE164("number", number)).build(),
        V2Http.none());
  }

  @Override
  public String toString() {
    return "V2ActionsService";
  }
}
