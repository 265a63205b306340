package dev.switchboard.callr.v2;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.models.callr.v2.BillingCredit;
import dev.switchboard.models.callr.v2.BillingDestination;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * CALLR v2 billing ({@code CallrV2Client.billing()}), the successor of v1 {@code billing.get_prepaid_credit} and {@code list.destinations}.
 *
 * <p>Both response shapes are unknown [gap]: the models keep every field.
 *
 * <p>An interface so that it can be mocked; every operation has a blocking form and an {@code ...Async} form
 * returning a {@link CompletableFuture}, each optionally taking trailing {@link RequestOptions}. Arguments are
 * checked before any I/O, naming the field. Errors are {@code ApiException}s carrying the v2 {@code code} and
 * {@code message}.
 */
public interface V2BillingService {

  /**
   * {@code GET /billing/credit} ({@link V2Endpoint#BILLING_CREDIT}): the prepaid credit balance [C path].
   *
   * <p>Idempotent: retried after 5xx, 429, timeouts and dropped connections.
   */
  default BillingCredit credit() {
    return credit(RequestOptions.none());
  }

  /** {@link #credit} with per-call options. */
  BillingCredit credit(RequestOptions options);

  /** Asynchronous {@link #credit}. */
  default CompletableFuture<BillingCredit> creditAsync() {
    return creditAsync(RequestOptions.none());
  }

  /** Asynchronous {@link #credit} with per-call options. */
  CompletableFuture<BillingCredit> creditAsync(RequestOptions options);

  /**
   * {@code GET /billing/destinations} ({@link V2Endpoint#BILLING_DESTINATIONS}): destinations and their prices [C path]; a JSON array or a search envelope is accepted.
   *
   * <p>Idempotent: retried after 5xx, 429, timeouts and dropped connections.
   */
  default List<BillingDestination> destinations() {
    return destinations(RequestOptions.none());
  }

  /** {@link #destinations} with per-call options. */
  List<BillingDestination> destinations(RequestOptions options);

  /** Asynchronous {@link #destinations}. */
  default CompletableFuture<List<BillingDestination>> destinationsAsync() {
    return destinationsAsync(RequestOptions.none());
  }

  /** Asynchronous {@link #destinations} with per-call options. */
  CompletableFuture<List<BillingDestination>> destinationsAsync(RequestOptions options);
}
