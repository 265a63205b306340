package dev.switchboard.callr;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.models.Checks;
import dev.switchboard.models.callr.DidStoreBuyStatus;
import dev.switchboard.models.callr.DidStoreQuotaStatus;
import dev.switchboard.models.callr.DidStoreQuote;
import dev.switchboard.models.callr.DidStoreQuoteParams;
import dev.switchboard.models.callr.DidStoreReservation;
import dev.switchboard.models.callr.DidStoreReserveParams;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The JSON-RPC implementation of {@link DidStoreService}. */
final class DidStoreServiceImpl implements DidStoreService {
  static final CallrMethod<DidStoreQuote> GET_QUOTE =
      CallrMethod.of("did/store.get_quote", true, CallrResults.of(DidStoreQuote.class));
  static final CallrMethod<DidStoreReservation> RESERVE =
      CallrMethod.of("did/store.reserve", false, CallrResults.of(DidStoreReservation.class));
  static final CallrMethod<DidStoreReservation> VIEW_ORDER =
      CallrMethod.of("did/store.view_order", true, CallrResults.of(DidStoreReservation.class));
  static final CallrMethod<DidStoreBuyStatus> BUY_ORDER =
      CallrMethod.of("did/store.buy_order", false, CallrResults.of(DidStoreBuyStatus.class));
  static final CallrMethod<Boolean> CANCEL_ORDER =
      CallrMethod.of("did/store.cancel_order", false, CallrResults.BOOLEAN);
  static final CallrMethod<Boolean> CANCEL_SUBSCRIPTION =
      CallrMethod.of("did/store.cancel_subscription", false, CallrResults.BOOLEAN);
  static final CallrMethod<DidStoreQuotaStatus> GET_QUOTA_STATUS =
      CallrMethod.of("did/store.get_quota_status", true, CallrResults.of(DidStoreQuotaStatus.class));

  private final CallrRpc rpc;

  DidStoreServiceImpl(CallrRpc rpc) {
    this.rpc = rpc;
  }

  private static List<Object> getQuoteParams(DidStoreQuoteParams params) {
    CallrRpc.required(params, "params");
    return CallrRpc.params(params.areaCodeId().orElse(null), params.didClass().orElse("CLASSIC"), params.quantity().orElse(1));
  }

  @Override
  public DidStoreQuote getQuote(DidStoreQuoteParams params, RequestOptions requestOptions) {
    return rpc.call(GET_QUOTE, getQuoteParams(params), requestOptions);
  }

  @Override
  public CompletableFuture<DidStoreQuote> getQuoteAsync(DidStoreQuoteParams params, RequestOptions requestOptions) {
    return rpc.callAsync(GET_QUOTE, getQuoteParams(params), requestOptions);
  }

  private static List<Object> reserveParams(DidStoreReserveParams params) {
    CallrRpc.required(params, "params");
    return CallrRpc.params(params.areaCodeId().orElse(null), params.didClass().orElse("CLASSIC"), params.quantity().orElse(1), params.mode().orElse("RANDOM"));
  }

  @Override
  public DidStoreReservation reserve(DidStoreReserveParams params, RequestOptions requestOptions) {
    return rpc.call(RESERVE, reserveParams(params), requestOptions);
  }

  @Override
  public CompletableFuture<DidStoreReservation> reserveAsync(DidStoreReserveParams params, RequestOptions requestOptions) {
    return rpc.callAsync(RESERVE, reserveParams(params), requestOptions);
  }

  private static List<Object> viewOrderParams(String token) {
    Checks.secretId(VIEW_ORDER.name, "token", token);
    return CallrRpc.params(token);
  }

  @Override
  public DidStoreReservation viewOrder(String token, RequestOptions requestOptions) {
    return rpc.call(VIEW_ORDER, viewOrderParams(token), requestOptions);
  }

  @Override
  public CompletableFuture<DidStoreReservation> viewOrderAsync(String token, RequestOptions requestOptions) {
    return rpc.callAsync(VIEW_ORDER, viewOrderParams(token), requestOptions);
  }

  private static List<Object> buyOrderParams(String token) {
    Checks.secretId(BUY_ORDER.name, "token", token);
    return CallrRpc.params(token);
  }

  @Override
  public DidStoreBuyStatus buyOrder(String token, RequestOptions requestOptions) {
    return rpc.call(BUY_ORDER, buyOrderParams(token), requestOptions);
  }

  @Override
  public CompletableFuture<DidStoreBuyStatus> buyOrderAsync(String token, RequestOptions requestOptions) {
    return rpc.callAsync(BUY_ORDER, buyOrderParams(token), requestOptions);
  }

  private static List<Object> cancelOrderParams(String token) {
    Checks.secretId(CANCEL_ORDER.name, "token", token);
    return CallrRpc.params(token);
  }

  @Override
  public Boolean cancelOrder(String token, RequestOptions requestOptions) {
    return rpc.call(CANCEL_ORDER, cancelOrderParams(token), requestOptions);
  }

  @Override
  public CompletableFuture<Boolean> cancelOrderAsync(String token, RequestOptions requestOptions) {
    return rpc.callAsync(CANCEL_ORDER, cancelOrderParams(token), requestOptions);
  }

  private static List<Object> cancelSubscriptionParams(String hash) {
    Checks.id(CANCEL_SUBSCRIPTION.name, "hash", hash);
    return CallrRpc.params(hash);
  }

  @Override
  public Boolean cancelSubscription(String hash, RequestOptions requestOptions) {
    return rpc.call(CANCEL_SUBSCRIPTION, cancelSubscriptionParams(hash), requestOptions);
  }

  @Override
  public CompletableFuture<Boolean> cancelSubscriptionAsync(String hash, RequestOptions requestOptions) {
    return rpc.callAsync(CANCEL_SUBSCRIPTION, cancelSubscriptionParams(hash), requestOptions);
  }

  private static List<Object> getQuotaStatusParams() {
    return CallrRpc.params();
  }

  @Override
  public DidStoreQuotaStatus getQuotaStatus(RequestOptions requestOptions) {
    return rpc.call(GET_QUOTA_STATUS, getQuotaStatusParams(), requestOptions);
  }

  @Override
  public CompletableFuture<DidStoreQuotaStatus> getQuotaStatusAsync(RequestOptions requestOptions) {
    return rpc.callAsync(GET_QUOTA_STATUS, getQuotaStatusParams(), requestOptions);
  }
}
