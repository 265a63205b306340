package dev.switchboard.callr.v2;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.models.callr.v2.Ping;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The REST implementation of {@link V2SystemService}. */
final class V2SystemServiceImpl implements V2SystemService {
  private final V2Http http;

  V2SystemServiceImpl(V2Http http) {
    this.http = Objects.requireNonNull(http, "http");
  }

  @Override
  public Ping ping(RequestOptions options) {
    return http.execute(() -> pingCall(options));
  }

  @Override
  public CompletableFuture<Ping> pingAsync(RequestOptions options) {
    return http.executeAsync(() -> pingCall(options));
  }

  private V2Http.Call<Ping> pingCall(RequestOptions options) {
    return new V2Http.Call<>(V2Http.request(V2Endpoint.PING, options).build(), V2Http.object(Ping.class));
  }

  @Override
  public String toString() {
    return "V2SystemService";
  }
}
