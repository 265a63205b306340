package dev.switchboard.callr;

import dev.switchboard.core.RequestOptions;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The JSON-RPC implementation of {@link BillingService}. */
final class BillingServiceImpl implements BillingService {
  static final CallrMethod<BigDecimal> GET_PREPAID_CREDIT =
      CallrMethod.of("billing.get_prepaid_credit", true, CallrResults.DECIMAL);

  private final CallrRpc rpc;

  BillingServiceImpl(CallrRpc rpc) {
    this.rpc = rpc;
  }

  private static List<Object> getPrepaidCreditParams() {
    return CallrRpc.params();
  }

  @Override
  public BigDecimal getPrepaidCredit(RequestOptions requestOptions) {
    return rpc.call(GET_PREPAID_CREDIT, getPrepaidCreditParams(), requestOptions);
  }

  @Override
  public CompletableFuture<BigDecimal> getPrepaidCreditAsync(RequestOptions requestOptions) {
    return rpc.callAsync(GET_PREPAID_CREDIT, getPrepaidCreditParams(), requestOptions);
  }
}
