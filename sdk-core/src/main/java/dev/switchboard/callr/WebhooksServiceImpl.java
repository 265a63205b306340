package dev.switchboard.callr;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.models.Checks;
import dev.switchboard.models.callr.Webhook;
import dev.switchboard.models.callr.WebhookSubscribeParams;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The JSON-RPC implementation of {@link WebhooksService}. */
final class WebhooksServiceImpl implements WebhooksService {
  static final CallrMethod<Webhook> SUBSCRIBE =
      CallrMethod.of("webhooks.subscribe", false, CallrResults.of(Webhook.class));
  static final CallrMethod<Boolean> UNSUBSCRIBE =
      CallrMethod.of("webhooks.unsubscribe", false, CallrResults.BOOLEAN);
  static final CallrMethod<List<String>> GET_EVENT_TYPES =
      CallrMethod.of("webhooks.get_event_types", true, CallrResults.STRING_LIST);
  static final CallrMethod<Webhook> GET =
      CallrMethod.of("webhooks.get", true, CallrResults.of(Webhook.class));
  static final CallrMethod<List<Webhook>> GET_LIST =
      CallrMethod.of("webhooks.get_list", true, CallrResults.listOf(Webhook.class));

  private final CallrRpc rpc;

  WebhooksServiceImpl(CallrRpc rpc) {
    this.rpc = rpc;
  }

  private static List<Object> subscribeParams(WebhookSubscribeParams params) {
    CallrRpc.required(params, "params");
    return CallrRpc.params(params.type().orElse(null), params.endpoint().orElse(null), params.options().orElse(null));
  }

  @Override
  public Webhook subscribe(WebhookSubscribeParams params, RequestOptions requestOptions) {
    return rpc.call(SUBSCRIBE, subscribeParams(params), requestOptions);
  }

  @Override
  public CompletableFuture<Webhook> subscribeAsync(WebhookSubscribeParams params, RequestOptions requestOptions) {
    return rpc.callAsync(SUBSCRIBE, subscribeParams(params), requestOptions);
  }

  private static List<Object> unsubscribeParams(String hash) {
    Checks.id(UNSUBSCRIBE.name, "hash", hash);
    return CallrRpc.params(hash);
  }

  @Override
  public Boolean unsubscribe(String hash, RequestOptions requestOptions) {
    return rpc.call(UNSUBSCRIBE, unsubscribeParams(hash), requestOptions);
  }

  @Override
  public CompletableFuture<Boolean> unsubscribeAsync(String hash, RequestOptions requestOptions) {
    return rpc.callAsync(UNSUBSCRIBE, unsubscribeParams(hash), requestOptions);
  }

  private static List<Object> getEventTypesParams() {
    return CallrRpc.params();
  }

  @Override
  public List<String> getEventTypes(RequestOptions requestOptions) {
    return rpc.call(GET_EVENT_TYPES, getEventTypesParams(), requestOptions);
  }

  @Override
  public CompletableFuture<List<String>> getEventTypesAsync(RequestOptions requestOptions) {
    return rpc.callAsync(GET_EVENT_TYPES, getEventTypesParams(), requestOptions);
  }

  private static List<Object> getParams(String hash) {
    Checks.id(GET.name, "hash", hash);
    return CallrRpc.params(hash);
  }

  @Override
  public Webhook get(String hash, RequestOptions requestOptions) {
    return rpc.call(GET, getParams(hash), requestOptions);
  }

  @Override
  public CompletableFuture<Webhook> getAsync(String hash, RequestOptions requestOptions) {
    return rpc.callAsync(GET, getParams(hash), requestOptions);
  }

  private static List<Object> getListParams() {
    return CallrRpc.params();
  }

  @Override
  public List<Webhook> getList(RequestOptions requestOptions) {
    return rpc.call(GET_LIST, getListParams(), requestOptions);
  }

  @Override
  public CompletableFuture<List<Webhook>> getListAsync(RequestOptions requestOptions) {
    return rpc.callAsync(GET_LIST, getListParams(), requestOptions);
  }
}
