package dev.switchboard.callr;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.models.callr.MediaTtsContentParams;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The JSON-RPC implementation of {@link MediaTtsService}. */
final class MediaTtsServiceImpl implements MediaTtsService {
  static final CallrMethod<Boolean> SET_CONTENT =
      CallrMethod.of("media/tts.set_content", false, CallrResults.BOOLEAN);
  static final CallrMethod<List<String>> GET_VOICE_LIST =
      CallrMethod.of("media/tts.get_voice_list", true, CallrResults.STRING_LIST);

  private final CallrRpc rpc;

  MediaTtsServiceImpl(CallrRpc rpc) {
    this.rpc = rpc;
  }

  private static List<Object> setContentParams(MediaTtsContentParams params) {
    CallrRpc.required(params, "params");
    return CallrRpc.params(params.id().orElse(null), params.text().orElse(null), params.voice().orElse(null), params.options().orElse(null));
  }

  @Override
  public Boolean setContent(MediaTtsContentParams params, RequestOptions requestOptions) {
    return rpc.call(SET_CONTENT, setContentParams(params), requestOptions);
  }

  @Override
  public CompletableFuture<Boolean> setContentAsync(MediaTtsContentParams params, RequestOptions requestOptions) {
    return rpc.callAsync(SET_CONTENT, setContentParams(params), requestOptions);
  }

  private static List<Object> getVoiceListParams() {
    return CallrRpc.params();
  }

  @Override
  public List<String> getVoiceList(RequestOptions requestOptions) {
    return rpc.call(GET_VOICE_LIST, getVoiceListParams(), requestOptions);
  }

  @Override
  public CompletableFuture<List<String>> getVoiceListAsync(RequestOptions requestOptions) {
    return rpc.callAsync(GET_VOICE_LIST, getVoiceListParams(), requestOptions);
  }
}
