package dev.switchboard.callr;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.models.callr.MediaEmailTemplate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * CALLR {@code media/email} methods ({@code CallrClient.mediaEmail()}). An interface so that it can be mocked; every
 * method has a blocking form and an {@code ...Async} form returning a {@link CompletableFuture}, each optionally
 * taking trailing {@link RequestOptions}. Errors are {@code ApiException}s carrying the JSON-RPC code, message and
 * data.
 */
public interface MediaEmailService {

  /**
   * {@code media/email.get_templates}: E-mail templates of a type ({@code RECORD} or {@code VMS}).
   *
   * <p>Idempotent: retried after 5xx, timeouts and dropped connections.
   */
  default List<MediaEmailTemplate> getTemplates(String type) {
    return getTemplates(type, RequestOptions.none());
  }

  /** {@link #getTemplates} with per-call options. */
  List<MediaEmailTemplate> getTemplates(String type, RequestOptions requestOptions);

  /** Asynchronous {@link #getTemplates}. */
  default CompletableFuture<List<MediaEmailTemplate>> getTemplatesAsync(String type) {
    return getTemplatesAsync(type, RequestOptions.none());
  }

  /** Asynchronous {@link #getTemplates} with per-call options. */
  CompletableFuture<List<MediaEmailTemplate>> getTemplatesAsync(String type, RequestOptions requestOptions);
}
