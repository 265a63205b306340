package dev.switchboard.callr.v2;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.models.callr.v2.CallsExportRequest;
import dev.switchboard.models.callr.v2.Task;
import java.util.concurrent.CompletableFuture;

/**
 * CALLR v2 calls ({@code CallrV2Client.calls()}): CDR export, the successor of v1 {@code cdr.export_async}.
 *
 * <p>No synchronous call search was seen in v2 [gap]; the export is asynchronous and presumably returns a task to poll with {@link V2TasksService#get} [I].
 *
 * <p>An interface so that it can be mocked; every operation has a blocking form and an {@code ...Async} form
 * returning a {@link CompletableFuture}, each optionally taking trailing {@link RequestOptions}. Arguments are
 * checked before any I/O, naming the field. Errors are {@code ApiException}s carrying the v2 {@code code} and
 * {@code message}.
 */
public interface V2CallsService {

  /**
   * {@code POST /calls/export} ({@link V2Endpoint#CALLS_EXPORT}): starts a CDR export; {@code direction}, {@code from} and {@code to} are query parameters [C names]; returns the task [I].
   *
   * <p>Not idempotent: never retried once the request may have reached the server (a retry could repeat its effect), unless {@link RequestOptions.Builder#idempotencyKey} is set.
   */
  default Task export(CallsExportRequest request) {
    return export(request, RequestOptions.none());
  }

  /** {@link #export} with per-call options. */
  Task export(CallsExportRequest request, RequestOptions options);

  /** Asynchronous {@link #export}. */
  default CompletableFuture<Task> exportAsync(CallsExportRequest request) {
    return exportAsync(request, RequestOptions.none());
  }

  /** Asynchronous {@link #export} with per-call options. */
  CompletableFuture<Task> exportAsync(CallsExportRequest request, RequestOptions options);
}
