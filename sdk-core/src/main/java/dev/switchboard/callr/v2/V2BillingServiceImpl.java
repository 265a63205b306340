package dev.switchboard.callr.v2;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.models.callr.v2.BillingCredit;
import dev.switchboard.models.callr.v2.BillingDestination;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The REST implementation of {@link V2BillingService}. */
final class V2BillingServiceImpl implements V2BillingService {
  private final V2Http http;

  V2BillingServiceImpl(V2Http http) {
    this.http = Objects.requireNonNull(http, "http");
  }

  @Override
  public BillingCredit credit(RequestOptions options) {
    return http.execute(() -> creditCall(options));
  }

  @Override
  public CompletableFuture<BillingCredit> creditAsync(RequestOptions options) {
    return http.executeAsync(() -> creditCall(options));
  }

  private V2Http.Call<BillingCredit> creditCall(RequestOptions options) {
    return new V2Http.Call<>(V2Http.request(V2Endpoint.BILLING_CREDIT, options).build(), V2Http.object(BillingCredit.class));
  }

  @Override
  public List<BillingDestination> destinations(RequestOptions options) {
    return http.execute(() -> destinationsCall(options));
  }

  @Override
  public CompletableFuture<List<BillingDestination>> destinationsAsync(RequestOptions options) {
    return http.executeAsync(() -> destinationsCall(options));
  }

  private V2Http.Call<List<BillingDestination>> destinationsCall(RequestOptions options) {
    return new V2Http.Call<>(V2Http.request(V2Endpoint.BILLING_DESTINATIONS, options).build(), V2Http.list(BillingDestination.class));
  }

  @Override
  public String toString() {
    return "V2BillingService";
  }
}
