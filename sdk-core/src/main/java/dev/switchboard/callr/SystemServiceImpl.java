package dev.switchboard.callr;

import dev.switchboard.core.RequestOptions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The JSON-RPC implementation of {@link SystemService}. */
final class SystemServiceImpl implements SystemService {
  static final CallrMethod<Instant> GET_TIMESTAMP =
      CallrMethod.of("system.get_timestamp", true, CallrResults.EPOCH_SECONDS);

  private final CallrRpc rpc;

  SystemServiceImpl(CallrRpc rpc) {
    this.rpc = rpc;
  }

  private static List<Object> getTimestampParams() {
    return CallrRpc.params();
  }

  @Override
  public Instant getTimestamp(RequestOptions requestOptions) {
    return rpc.call(GET_TIMESTAMP, getTimestampParams(), requestOptions);
  }

  @Override
  public CompletableFuture<Instant> getTimestampAsync(RequestOptions requestOptions) {
    return rpc.callAsync(GET_TIMESTAMP, getTimestampParams(), requestOptions);
  }
}
