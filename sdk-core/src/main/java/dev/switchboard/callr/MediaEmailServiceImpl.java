package dev.switchboard.callr;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.models.callr.MediaEmailTemplate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The JSON-RPC implementation of {@link MediaEmailService}. */
final class MediaEmailServiceImpl implements MediaEmailService {
  static final CallrMethod<List<MediaEmailTemplate>> GET_TEMPLATES =
      CallrMethod.of("media/email.get_templates", true, CallrResults.listOf(MediaEmailTemplate.class));

  private final CallrRpc rpc;

  MediaEmailServiceImpl(CallrRpc rpc) {
    this.rpc = rpc;
  }

  private static List<Object> getTemplatesParams(String type) {
    CallrRpc.required(type, "type");
    return CallrRpc.params(type);
  }

  @Override
  public List<MediaEmailTemplate> getTemplates(String type, RequestOptions requestOptions) {
    return rpc.call(GET_TEMPLATES, getTemplatesParams(type), requestOptions);
  }

  @Override
  public CompletableFuture<List<MediaEmailTemplate>> getTemplatesAsync(String type, RequestOptions requestOptions) {
    return rpc.callAsync(GET_TEMPLATES, getTemplatesParams(type), requestOptions);
  }
}
