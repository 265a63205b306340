package dev.switchboard.callr;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.models.callr.CdrGetParams;
import dev.switchboard.models.callr.CdrIn;
import dev.switchboard.models.callr.CdrOut;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The JSON-RPC implementation of {@link CdrService}. */
final class CdrServiceImpl implements CdrService {
  static final CallrMethod<List<CdrIn>> INBOUND =
      CallrMethod.of("cdr.get", true, CallrResults.listOf(CdrIn.class));
  static final CallrMethod<List<CdrOut>> OUTBOUND =
      CallrMethod.of("cdr.get", true, CallrResults.listOf(CdrOut.class));

  private final CallrRpc rpc;

  CdrServiceImpl(CallrRpc rpc) {
    this.rpc = rpc;
  }

  private static List<Object> inboundParams(CdrGetParams params) {
    CallrRpc.required(params, "params");
    return CallrRpc.params("IN", CallrRpc.datetime(params.since().orElse(null)), CallrRpc.datetime(params.until().orElse(null)), params.app().orElse(null), params.number().orElse(null));
  }

  @Override
  public List<CdrIn> inbound(CdrGetParams params, RequestOptions requestOptions) {
    return rpc.call(INBOUND, inboundParams(params), requestOptions);
  }

  @Override
  public CompletableFuture<List<CdrIn>> inboundAsync(CdrGetParams params, RequestOptions requestOptions) {
    return rpc.callAsync(INBOUND, inboundParams(params), requestOptions);
  }

  private static List<Object> outboundParams(CdrGetParams params) {
    CallrRpc.required(params, "params");
    return CallrRpc.params("OUT", CallrRpc.datetime(params.since().orElse(null)), CallrRpc.datetime(params.until().orElse(null)), params.app().orElse(null), params.number().orElse(null));
  }

  @Override
  public List<CdrOut> outbound(CdrGetParams params, RequestOptions requestOptions) {
    return rpc.call(OUTBOUND, outboundParams(params), requestOptions);
  }

  @Override
  public CompletableFuture<List<CdrOut>> outboundAsync(CdrGetParams params, RequestOptions requestOptions) {
    return rpc.callAsync(OUTBOUND, outboundParams(params), requestOptions);
  }
}
