package dev.switchboard.callr;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.models.Checks;
import dev.switchboard.models.callr.CallId;
import dev.switchboard.models.callr.CallsBroadcastParams;
import dev.switchboard.models.callr.CallsRealtimeParams;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The JSON-RPC implementation of {@link CallsService}. */
final class CallsServiceImpl implements CallsService {
  static final CallrMethod<String> BROADCAST =
      CallrMethod.of("calls.broadcast_1", false, CallrResults.STRING);
  static final CallrMethod<String> GET_STATUS =
      CallrMethod.of("calls.get_status_1", true, CallrResults.STRING);
  static final CallrMethod<CallId> REALTIME =
      CallrMethod.of("calls.realtime", false, CallrResults.CALL_ID);
  static final CallrMethod<Boolean> REALTIME_BREAK =
      CallrMethod.of("calls.realtime_break", false, CallrResults.BOOLEAN);
  static final CallrMethod<Boolean> HANGUP =
      CallrMethod.of("calls.hangup", false, CallrResults.BOOLEAN);
  static final CallrMethod<CallId> DIALR_REALTIME =
      CallrMethod.of("dialr/call.realtime", false, CallrResults.CALL_ID);

  private final CallrRpc rpc;

  CallsServiceImpl(CallrRpc rpc) {
    this.rpc = rpc;
  }

  private static List<Object> broadcastParams(CallsBroadcastParams params) {
    CallrRpc.required(params, "params");
    return CallrRpc.params(params.target().orElse(null), params.messages(), params.options().orElse(null));
  }

  @Override
  public String broadcast(CallsBroadcastParams params, RequestOptions requestOptions) {
    return rpc.call(BROADCAST, broadcastParams(params), requestOptions);
  }

  @Override
  public CompletableFuture<String> broadcastAsync(CallsBroadcastParams params, RequestOptions requestOptions) {
    return rpc.callAsync(BROADCAST, broadcastParams(params), requestOptions);
  }

  private static List<Object> getStatusParams(String requestId) {
    Checks.id(GET_STATUS.name, "requestId", requestId);
    return CallrRpc.params(requestId);
  }

  @Override
  public String getStatus(String requestId, RequestOptions requestOptions) {
    return rpc.call(GET_STATUS, getStatusParams(requestId), requestOptions);
  }

  @Override
  public CompletableFuture<String> getStatusAsync(String requestId, RequestOptions requestOptions) {
    return rpc.callAsync(GET_STATUS, getStatusParams(requestId), requestOptions);
  }

  private static List<Object> realtimeParams(CallsRealtimeParams params) {
    CallrRpc.required(params, "params");
    return CallrRpc.params(params.app().orElse(null), params.target().orElse(null), params.options().orElse(null));
  }

  @Override
  public CallId realtime(CallsRealtimeParams params, RequestOptions requestOptions) {
    return rpc.call(REALTIME, realtimeParams(params), requestOptions);
  }

  @Override
  public CompletableFuture<CallId> realtimeAsync(CallsRealtimeParams params, RequestOptions requestOptions) {
    return rpc.callAsync(REALTIME, realtimeParams(params), requestOptions);
  }

  private static List<Object> realtimeBreakParams(CallId callid) {
    CallrRpc.required(callid, "callid");
    return CallrRpc.params(callid, java.util.Map.of());
  }

  @Override
  public Boolean realtimeBreak(CallId callid, RequestOptions requestOptions) {
    return rpc.call(REALTIME_BREAK, realtimeBreakParams(callid), requestOptions);
  }

  @Override
  public CompletableFuture<Boolean> realtimeBreakAsync(CallId callid, RequestOptions requestOptions) {
    return rpc.callAsync(REALTIME_BREAK, realtimeBreakParams(callid), requestOptions);
  }

  private static List<Object> hangupParams(CallId callid) {
    CallrRpc.required(callid, "callid");
    return CallrRpc.params(callid, java.util.Map.of());
  }

  @Override
  public Boolean hangup(CallId callid, RequestOptions requestOptions) {
    return rpc.call(HANGUP, hangupParams(callid), requestOptions);
  }

  @Override
  public CompletableFuture<Boolean> hangupAsync(CallId callid, RequestOptions requestOptions) {
    return rpc.callAsync(HANGUP, hangupParams(callid), requestOptions);
  }

  private static List<Object> dialrRealtimeParams(CallsRealtimeParams params) {
    CallrRpc.required(params, "params");
    return CallrRpc.params(params.app().orElse(null), params.target().orElse(null), params.options().orElse(null));
  }

  @Override
  public CallId dialrRealtime(CallsRealtimeParams params, RequestOptions requestOptions) {
    return rpc.call(DIALR_REALTIME, dialrRealtimeParams(params), requestOptions);
  }

  @Override
  public CompletableFuture<CallId> dialrRealtimeAsync(CallsRealtimeParams params, RequestOptions requestOptions) {
    return rpc.callAsync(DIALR_REALTIME, dialrRealtimeParams(params), requestOptions);
  }
}
