package dev.switchboard.callr.v2;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.models.callr.v2.Task;
import dev.switchboard.models.callr.v2.V2Ids;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The REST implementation of {@link V2TasksService}. */
final class V2TasksServiceImpl implements V2TasksService {
  private final V2Http http;

  V2TasksServiceImpl(V2Http http) {
    this.http = Objects.requireNonNull(http, "http");
  }

  @Override
  public Task get(String taskId, RequestOptions options) {
    return http.execute(() -> getCall(taskId, options));
  }

  @Override
  public CompletableFuture<Task> getAsync(String taskId, RequestOptions options) {
    return http.executeAsync(() -> getCall(taskId, options));
  }

  private V2Http.Call<Task> getCall(String taskId, RequestOptions options) {
    return new V2Http.Call<>(V2Http.request(V2Endpoint.TASKS_GET, options, V2Ids.requireOpaqueId("taskId", taskId)).build(), V2Http.object(Task.class));
  }

  @Override
  public void cancel(String taskId, RequestOptions options) {
    http.execute(() -> cancelCall(taskId, options));
  }

  @Override
  public CompletableFuture<Void> cancelAsync(String taskId, RequestOptions options) {
    return http.executeAsync(() -> cancelCall(taskId, options));
  }

  private V2Http.Call<Void> cancelCall(String taskId, RequestOptions options) {
    return new V2Http.Call<>(V2Http.request(V2Endpoint.TASKS_CANCEL, options, V2Ids.requireOpaqueId("taskId", taskId)).build(), V2Http.none());
  }

  @Override
  public String toString() {
    return "V2TasksService";
  }
}
