package dev.switchboard.callr;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.models.Checks;
import dev.switchboard.models.callr.Job;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The JSON-RPC implementation of {@link JobsService}. */
final class JobsServiceImpl implements JobsService {
  static final CallrMethod<Job> GET =
      CallrMethod.of("jobs.get", true, CallrResults.of(Job.class));

  private final CallrRpc rpc;

  JobsServiceImpl(CallrRpc rpc) {
    this.rpc = rpc;
  }

  private static List<Object> getParams(String jobId) {
    Checks.id(GET.name, "jobId", jobId);
    return CallrRpc.params(jobId);
  }

  @Override
  public Job get(String jobId, RequestOptions requestOptions) {
    return rpc.call(GET, getParams(jobId), requestOptions);
  }

  @Override
  public CompletableFuture<Job> getAsync(String jobId, RequestOptions requestOptions) {
    return rpc.callAsync(GET, getParams(jobId), requestOptions);
  }
}
