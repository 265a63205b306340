package dev.switchboard.callr;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.models.callr.Job;
import java.util.concurrent.CompletableFuture;

/**
 * CALLR {@code media} methods ({@code CallrClient.media()}). An interface so that it can be mocked; every
 * method has a blocking form and an {@code ...Async} form returning a {@link CompletableFuture}, each optionally
 * taking trailing {@link RequestOptions}. Errors are {@code ApiException}s carrying the JSON-RPC code, message and
 * data.
 */
public interface MediaService {

  /**
   * {@code media.import_file_from_base64_async}: Starts importing an audio file ({@code media.import_file_from_base64_async}); returns the Job id. {@code webhookUrl} may be {@code null}.
   *
   * <p>Not idempotent: never retried once the request may have reached the server.
   */
  default String importFileFromBase64(String base64, String webhookUrl) {
    return importFileFromBase64(base64, webhookUrl, RequestOptions.none());
  }

  /** {@link #importFileFromBase64} with per-call options. */
  String importFileFromBase64(String base64, String webhookUrl, RequestOptions requestOptions);

  /** Asynchronous {@link #importFileFromBase64}. */
  default CompletableFuture<String> importFileFromBase64Async(String base64, String webhookUrl) {
    return importFileFromBase64Async(base64, webhookUrl, RequestOptions.none());
  }

  /** Asynchronous {@link #importFileFromBase64} with per-call options. */
  CompletableFuture<String> importFileFromBase64Async(String base64, String webhookUrl, RequestOptions requestOptions);
}
