package dev.switchboard.callr.v2;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.models.callr.v2.Task;
import java.util.concurrent.CompletableFuture;

/**
 * CALLR v2 tasks ({@code CallrV2Client.tasks()}), the successor of v1 {@code jobs.*}.
 *
 * <p>The Task object is not documented [gap]; see {@link dev.switchboard.models.callr.v2.Task}.
 *
 * <p>An interface so that it can be mocked; every operation has a blocking form and an {@code ...Async} form
 * returning a {@link CompletableFuture}, each optionally taking trailing {@link RequestOptions}. Arguments are
 * checked before any I/O, naming the field. Errors are {@code ApiException}s carrying the v2 {@code code} and
 * {@code message}.
 */
public interface V2TasksService {

  /**
   * {@code GET /tasks/{taskid}} ({@link V2Endpoint#TASKS_GET}): reads a task's status [C path; verb GET inferred, the table prints POST].
   *
   * <p>Idempotent: retried after 5xx, 429, timeouts and dropped connections.
   */
  default Task get(String taskId) {
    return get(taskId, RequestOptions.none());
  }

  /** {@link #get} with per-call options. */
  Task get(String taskId, RequestOptions options);

  /** Asynchronous {@link #get}. */
  default CompletableFuture<Task> getAsync(String taskId) {
    return getAsync(taskId, RequestOptions.none());
  }

  /** Asynchronous {@link #get} with per-call options. */
  CompletableFuture<Task> getAsync(String taskId, RequestOptions options);

  /**
   * {@code DELETE /tasks/{taskid}} ({@link V2Endpoint#TASKS_CANCEL}): cancels a task [C path].
   *
   * <p>Idempotent: retried after 5xx, 429, timeouts and dropped connections.
   */
  default void cancel(String taskId) {
    cancel(taskId, RequestOptions.none());
  }

  /** {@link #cancel} with per-call options. */
  void cancel(String taskId, RequestOptions options);

  /** Asynchronous {@link #cancel}. */
  default CompletableFuture<Void> cancelAsync(String taskId) {
    return cancelAsync(taskId, RequestOptions.none());
  }

  /** Asynchronous {@link #cancel} with per-call options. */
  CompletableFuture<Void> cancelAsync(String taskId, RequestOptions options);
}
