package dev.switchboard.callr;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.models.Checks;
import dev.switchboard.models.callr.ClickToCallListParams;
import dev.switchboard.models.callr.ClickToCallStartParams;
import dev.switchboard.models.callr.ClicktocallCall;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The JSON-RPC implementation of {@link ClickToCallService}. */
final class ClickToCallServiceImpl implements ClickToCallService {
  static final CallrMethod<String> START =
      CallrMethod.of("clicktocall/calls.start_2", false, CallrResults.STRING);
  static final CallrMethod<Boolean> CANCEL =
      CallrMethod.of("clicktocall/calls.cancel", false, CallrResults.BOOLEAN);
  static final CallrMethod<ClicktocallCall> GET_STATUS =
      CallrMethod.of("clicktocall/calls.get_status", true, CallrResults.of(ClicktocallCall.class));
  static final CallrMethod<List<ClicktocallCall>> GET_LIST =
      CallrMethod.of("clicktocall/calls.get_list", true, CallrResults.listOf(ClicktocallCall.class));

  private final CallrRpc rpc;

  ClickToCallServiceImpl(CallrRpc rpc) {
    this.rpc = rpc;
  }

  private static List<Object> startParams(ClickToCallStartParams params) {
    CallrRpc.required(params, "params");
    return CallrRpc.params(params.app().orElse(null), params.aTargets(), params.bTargets(), params.options().orElse(null));
  }

  @Override
  public String start(ClickToCallStartParams params, RequestOptions requestOptions) {
    return rpc.call(START, startParams(params), requestOptions);
  }

  @Override
  public CompletableFuture<String> startAsync(ClickToCallStartParams params, RequestOptions requestOptions) {
    return rpc.callAsync(START, startParams(params), requestOptions);
  }

  private static List<Object> cancelParams(String hash) {
    Checks.id(CANCEL.name, "hash", hash);
    return CallrRpc.params(hash);
  }

  @Override
  public Boolean cancel(String hash, RequestOptions requestOptions) {
    return rpc.call(CANCEL, cancelParams(hash), requestOptions);
  }

  @Override
  public CompletableFuture<Boolean> cancelAsync(String hash, RequestOptions requestOptions) {
    return rpc.callAsync(CANCEL, cancelParams(hash), requestOptions);
  }

  private static List<Object> getStatusParams(String hash) {
    Checks.id(GET_STATUS.name, "hash", hash);
    return CallrRpc.params(hash);
  }

  @Override
  public ClicktocallCall getStatus(String hash, RequestOptions requestOptions) {
    return rpc.call(GET_STATUS, getStatusParams(hash), requestOptions);
  }

  @Override
  public CompletableFuture<ClicktocallCall> getStatusAsync(String hash, RequestOptions requestOptions) {
    return rpc.callAsync(GET_STATUS, getStatusParams(hash), requestOptions);
  }

  private static List<Object> getListParams(ClickToCallListParams params) {
    CallrRpc.required(params, "params");
    return CallrRpc.params(params.app().orElse(null), CallrRpc.datetime(params.since().orElse(null)), CallrRpc.datetime(params.until().orElse(null)));
  }

  @Override
  public List<ClicktocallCall> getList(ClickToCallListParams params, RequestOptions requestOptions) {
    return rpc.call(GET_LIST, getListParams(params), requestOptions);
  }

  @Override
  public CompletableFuture<List<ClicktocallCall>> getListAsync(ClickToCallListParams params, RequestOptions requestOptions) {
    return rpc.callAsync(GET_LIST, getListParams(params), requestOptions);
  }
}
