package dev.switchboard.voipbin;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.core.http.ApiRequest;
import dev.switchboard.core.http.HttpTransport;
import dev.switchboard.core.http.ResponseHandler;
import dev.switchboard.core.paging.ListPage;
import dev.switchboard.core.paging.Page;
import dev.switchboard.core.paging.Paging;
import dev.switchboard.models.voipbin.Groupcall;
import dev.switchboard.models.voipbin.GroupcallCreateRequest;
import dev.switchboard.models.voipbin.GroupcallList;
import dev.switchboard.models.voipbin.GroupcallListParams;
import dev.switchboard.models.json.LenientLists;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/** The {@link GroupcallService} over an {@link HttpTransport}: every operation goes through {@link #invoke}. */
final class DefaultGroupcallService implements GroupcallService {
  private static final String RESOURCE = "groupcalls";

  private final HttpTransport transport;

  DefaultGroupcallService(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /** One operation: the request and how to read its 2xx response. */
  private record Call<T>(ApiRequest request, ResponseHandler<T> handler) {}

  /** The single path to the transport, blocking or not. */
  private <T> T invoke(Call<T> call) {
    return transport.execute(call.request(), call.handler());
  }

  private <T> CompletableFuture<T> invokeAsync(Call<T> call) {
    return transport.executeAsync(call.request(), call.handler());
  }

  /** Runs {@code supplier} (which builds a call and may reject its arguments) into a future, never throwing. */
  private <T> CompletableFuture<T> async(java.util.function.Supplier<Call<T>> supplier) {
    Call<T> call;
    try {
      call = supplier.get();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return invokeAsync(call);
  }

  // --- create ---------------------------------------------------------------------------------------------------

  @Override
  public Groupcall create(GroupcallCreateRequest request, RequestOptions options) {
    return invoke(createCall(request, options));
  }

  @Override
  public CompletableFuture<Groupcall> createAsync(GroupcallCreateRequest request, RequestOptions options) {
    return async(() -> createCall(request, options));
  }

  private Call<Groupcall> createCall(GroupcallCreateRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    return new Call<>(base("POST", "groupcalls.create", false, options).path(RESOURCE).jsonBody(request).build(),
        GROUPCALL);
  }

  // --- list -----------------------------------------------------------------------------------------------------

  @Override
  public Page<Groupcall> list(GroupcallListParams params, RequestOptions options) {
    return invoke(listCall(params, options));
  }

  @Override
  public CompletableFuture<Page<Groupcall>> listAsync(GroupcallListParams params, RequestOptions options) {
    return async(() -> listCall(params, options));
  }

  private Call<Page<Groupcall>> listCall(GroupcallListParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    ApiRequest.Builder b = base("GET", "groupcalls.list", true, options).path(RESOURCE);
    params.toQueryParameters().forEach((name, values) -> values.forEach(v -> b.query(name, v)));
    ResponseHandler<Page<Groupcall>> handler = response -> {
      GroupcallList body = response.readJson(GroupcallList.class);
      if (body == null) {
        throw new IOException("expected a JSON object with \"result\", got null");
      }
      List<Groupcall> items = LenientLists.items(body.result(), body.additionalProperties(), "result",
          Groupcall.class, response.mapper());
      Optional<String> next = Paging.nextCursor(body.nextPageToken().orElse(null));
      Optional<GroupcallListParams> nextParams = Paging.nextRequest(next, params::withNextPageToken);
      return ListPage.of(items, params.pageToken(), nextParams.flatMap(GroupcallListParams::pageToken),
          token -> list(params.withNextPageToken(token), options));
    };
    return new Call<>(b.build(), handler);
  }

  // --- get / delete / hangup ------------------------------------------------------------------------------------

  @Override
  public Groupcall get(UUID id, RequestOptions options) {
    return invoke(byId("GET", "groupcalls.get", true, id, null, options));
  }

  @Override
  public CompletableFuture<Groupcall> getAsync(UUID id, RequestOptions options) {
    return async(() -> byId("GET", "groupcalls.get", true, id, null, options));
  }

  @Override
  public Groupcall delete(UUID id, RequestOptions options) {
    return invoke(byId("DELETE", "groupcalls.delete", true, id, null, options));
  }

  @Override
  public CompletableFuture<Groupcall> deleteAsync(UUID id, RequestOptions options) {
    return async(() -> byId("DELETE", "groupcalls.delete", true, id, null, options));
  }

  @Override
  public Groupcall hangup(UUID id, RequestOptions options) {
    return invoke(byId("POST", "groupcalls.hangup", false, id, "hangup", options));
  }

  @Override
  public CompletableFuture<Groupcall> hangupAsync(UUID id, RequestOptions options) {
    return async(() -> byId("POST", "groupcalls.hangup", false, id, "hangup", options));
  }

  private Call<Groupcall> byId(String method, String operation, boolean idempotent, UUID id, String action,
      RequestOptions options) {
    Objects.requireNonNull(id, "id");
    ApiRequest.Builder b = base(method, operation, idempotent, options).path(RESOURCE, id.toString());
    if (action != null) {
      b.path(action);
    }
    return new Call<>(b.build(), GROUPCALL);
  }

  private static ApiRequest.Builder base(String method, String operation, boolean idempotent,
      RequestOptions options) {
    return ApiRequest.builder().method(method).operation(operation).idempotent(idempotent)
        .options(Objects.requireNonNull(options, "options"));
  }

  private static final ResponseHandler<Groupcall> GROUPCALL = response -> {
    Groupcall g = response.readJson(Groupcall.class);
    if (g == null) {
      throw new IOException("expected a groupcall object, got null");
    }
    return g;
  };

  @Override
  public String toString() {
    return "GroupcallService{" + transport.baseUrl().newBuilder().addPathSegment(RESOURCE).build() + "}";
  }
}
