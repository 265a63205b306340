package dev.switchboard.callr;

import dev.switchboard.core.RequestOptions;
import java.math.BigDecimal;
import java.util.concurrent.CompletableFuture;

/**
 * CALLR {@code billing} methods ({@code CallrClient.billing()}). An interface so that it can be mocked; every
 * method has a blocking form and an {@code ...Async} form returning a {@link CompletableFuture}, each optionally
 * taking trailing {@link RequestOptions}. Errors are {@code ApiException}s carrying the JSON-RPC code, message and
 * data.
 */
public interface BillingService {

  /**
   * {@code billing.get_prepaid_credit}: Prepaid credit (a decimal string such as {@code "100.00"}, also read from a JSON number).
   *
   * <p>Idempotent: retried after 5xx, timeouts and dropped connections.
   */
  default BigDecimal getPrepaidCredit() {
    return getPrepaidCredit(RequestOptions.none());
  }

  /** {@link #getPrepaidCredit} with per-call options. */
  BigDecimal getPrepaidCredit(RequestOptions requestOptions);

  /** Asynchronous {@link #getPrepaidCredit}. */
  default CompletableFuture<BigDecimal> getPrepaidCreditAsync() {
    return getPrepaidCreditAsync(RequestOptions.none());
  }

  /** Asynchronous {@link #getPrepaidCredit} with per-call options. */
  CompletableFuture<BigDecimal> getPrepaidCreditAsync(RequestOptions requestOptions);
}
