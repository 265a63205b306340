package dev.switchboard.callr;

import dev.switchboard.core.RequestOptions;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The JSON-RPC implementation of {@link MediaService}. */
final class MediaServiceImpl implements MediaService {
  static final CallrMethod<String> IMPORT_FILE_FROM_BASE64 =
      CallrMethod.of("media.import_file_from_base64_async", false, CallrResults.STRING);

  private final CallrRpc rpc;

  MediaServiceImpl(CallrRpc rpc) {
    this.rpc = rpc;
  }

  private static List<Object> importFileFromBase64Params(String base64, String webhookUrl) {
    CallrRpc.required(base64, "base64");
    return CallrRpc.params(base64, webhookUrl);
  }

  @Override
  public String importFileFromBase64(String base64, String webhookUrl, RequestOptions requestOptions) {
    return rpc.call(IMPORT_FILE_FROM_BASE64, importFileFromBase64Params(base64, webhookUrl), requestOptions);
  }

  @Override
  public CompletableFuture<String> importFileFromBase64Async(String base64, String webhookUrl, RequestOptions requestOptions) {
    return rpc.callAsync(IMPORT_FILE_FROM_BASE64, importFileFromBase64Params(base64, webhookUrl), requestOptions);
  }
}
