package dev.switchboard.callr;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.models.callr.Job;
import java.util.concurrent.CompletableFuture;

/**
 * CALLR {@code jobs} methods ({@code CallrClient.jobs()}). An interface so that it can be mocked; every
 * method has a blocking form and an {@code ...Async} form returning a {@link CompletableFuture}, each optionally
 * taking trailing {@link RequestOptions}. Errors are {@code ApiException}s carrying the JSON-RPC code, message and
 * data.
 */
public interface JobsService {

  /**
   * {@code jobs.get}: Reads a background job.
   *
   * <p>Idempotent: retried after 5xx, timeouts and dropped connections.
   */
  default Job get(String jobId) {
    return get(jobId, RequestOptions.none());
  }

  /** {@link #get} with per-call options. */
  Job get(String jobId, RequestOptions requestOptions);

  /** Asynchronous {@link #get}. */
  default CompletableFuture<Job> getAsync(String jobId) {
    return getAsync(jobId, RequestOptions.none());
  }

  /** Asynchronous {@link #get} with per-call options. */
  CompletableFuture<Job> getAsync(String jobId, RequestOptions requestOptions);
}
