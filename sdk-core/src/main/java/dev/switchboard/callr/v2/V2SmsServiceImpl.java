package dev.switchboard.callr.v2;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.models.callr.v2.SmsMessage;
import dev.switchboard.models.callr.v2.SmsSearchParams;
import dev.switchboard.models.callr.v2.SmsSendRequest;
import dev.switchboard.models.callr.v2.V2Ids;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The REST implementation of {@link V2SmsService}. */
final class V2SmsServiceImpl implements V2SmsService {
  private final V2Http http;

  V2SmsServiceImpl(V2Http http) {
    this.http = Objects.requireNonNull(http, "http");
  }

  @Override
  public SmsMessage send(SmsSendRequest request, RequestOptions options) {
    return http.execute(() -> sendCall(request, options));
  }

  @Override
  public CompletableFuture<SmsMessage> sendAsync(SmsSendRequest request, RequestOptions options) {
    return http.executeAsync(() -> sendCall(request, options));
  }

  private V2Http.Call<SmsMessage> sendCall(SmsSendRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    return new V2Http.Call<>(V2Http.query(V2Http.request(V2Endpoint.SMS_SEND, options), request.toQueryParameters())
        .jsonBody(Map.of("text", request.text().orElseThrow())).build(), V2Http.object(SmsMessage.class));
  }

  @Override
  public V2SearchPage<SmsMessage> search(SmsSearchParams query, RequestOptions options) {
    return http.execute(() -> searchCall(query, options));
  }

  @Override
  public CompletableFuture<V2SearchPage<SmsMessage>> searchAsync(SmsSearchParams query, RequestOptions options) {
    return http.executeAsync(() -> searchCall(query, options));
  }

  private V2Http.Call<V2SearchPage<SmsMessage>> searchCall(SmsSearchParams query, RequestOptions options) {
    return V2Http.search(V2Endpoint.SMS_SEARCH, query, SmsMessage.class, options, q -> search(q, options));
  }

  @Override
  public SmsMessage get(String sid, RequestOptions options) {
    return http.execute(() -> getCall(sid, options));
  }

  @Override
  public CompletableFuture<SmsMessage> getAsync(String sid, RequestOptions options) {
    return http.executeAsync(() -> getCall(sid, options));
  }

  private V2Http.Call<SmsMessage> getCall(String sid, RequestOptions options) {
    return new V2Http.Call<>(V2Http.request(V2Endpoint.SMS_GET, options, V2Ids.requireSid("sid", sid)).build(), V2Http.object(SmsMessage.class));
  }

  @Override
  public String toString() {
    return "V2SmsService";
  }
}
