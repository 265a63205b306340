package dev.switchboard.callr.v2;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.models.callr.v2.CallsExportRequest;
import dev.switchboard.models.callr.v2.Task;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The REST implementation of {@link V2CallsService}. */
final class V2CallsServiceImpl implements V2CallsService {
  private final V2Http http;

  V2CallsServiceImpl(V2Http http) {
    this.http = Objects.requireNonNull(http, "http");
  }

  @Override
  public Task export(CallsExportRequest request, RequestOptions options) {
    return http.execute(() -> exportCall(request, options));
  }

  @Override
  public CompletableFuture<Task> exportAsync(CallsExportRequest request, RequestOptions options) {
    return http.executeAsync(() -> exportCall(request, options));
  }

  private V2Http.Call<Task> exportCall(CallsExportRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    return new V2Http.Call<>(V2Http.query(V2Http.request(V2Endpoint.CALLS_EXPORT, options), request.toQueryParameters()).build(),
        V2Http.object(Task.class));
  }

  @Override
  public String toString() {
    return "V2CallsService";
  }
}
