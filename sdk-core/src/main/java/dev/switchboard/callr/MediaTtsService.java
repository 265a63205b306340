package dev.switchboard.callr;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.models.callr.MediaTtsContentParams;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * CALLR {@code media/tts} methods ({@code CallrClient.mediaTts()}). An interface so that it can be mocked; every
 * method has a blocking form and an {@code ...Async} form returning a {@link CompletableFuture}, each optionally
 * taking trailing {@link RequestOptions}. Errors are {@code ApiException}s carrying the JSON-RPC code, message and
 * data.
 */
public interface MediaTtsService {

  /**
   * {@code media/tts.set_content}: Sets a media's content by text-to-speech.
   *
   * <p>Not idempotent: never retried once the request may have reached the server.
   */
  default Boolean setContent(MediaTtsContentParams params) {
    return setContent(params, RequestOptions.none());
  }

  /** {@link #setContent} with per-call options. */
  Boolean setContent(MediaTtsContentParams params, RequestOptions requestOptions);

  /** Asynchronous {@link #setContent}. */
  default CompletableFuture<Boolean> setContentAsync(MediaTtsContentParams params) {
    return setContentAsync(params, RequestOptions.none());
  }

  /** Asynchronous {@link #setContent} with per-call options. */
  CompletableFuture<Boolean> setContentAsync(MediaTtsContentParams params, RequestOptions requestOptions);

  /**
   * {@code media/tts.get_voice_list}: The TTS voice ids. Result shape unverified (our choice: an array of ids).
   *
   * <p>Idempotent: retried after 5xx, timeouts and dropped connections.
   * <b>Unverified</b>: follows docs/CALLR-METHODS.md, provisional.
   */
  default List<String> getVoiceList() {
    return getVoiceList(RequestOptions.none());
  }

  /** {@link #getVoiceList} with per-call options. */
  List<String> getVoiceList(RequestOptions requestOptions);

  /** Asynchronous {@link #getVoiceList}. */
  default CompletableFuture<List<String>> getVoiceListAsync() {
    return getVoiceListAsync(RequestOptions.none());
  }

  /** Asynchronous {@link #getVoiceList} with per-call options. */
  CompletableFuture<List<String>> getVoiceListAsync(RequestOptions requestOptions);
}
