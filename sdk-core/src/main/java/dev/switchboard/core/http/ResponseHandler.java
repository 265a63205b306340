package dev.switchboard.core.http;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;

/**
 * Turns a successful (2xx) {@link ApiResponse} into a result. May throw a
 * {@link dev.switchboard.core.errors.SwitchboardException} (for example an error envelope on HTTP 200, see
 * {@link ApiResponse#toException}); any other exception it throws, an {@link IOException} (such as a Jackson parse
 * error) or a {@link RuntimeException} (a {@code NullPointerException} on an odd shape, for example), becomes an
 * {@link dev.switchboard.core.errors.InvalidResponseException} keeping the status and raw body, sync and async.
 * In async calls it runs on an OkHttp dispatcher thread: keep it short and non-blocking.
 */
@FunctionalInterface
public interface ResponseHandler<T> {

  /** Reads the result from {@code response}. */
  T handle(ApiResponse response) throws IOException;

  /** Parses the body as JSON into {@code type} with the SDK's mapper. */
  static <T> ResponseHandler<T> json(Class<T> type) {
    return response -> response.readJson(type);
  }

  /** Parses the body as JSON into {@code type} with the SDK's mapper. */
  static <T> ResponseHandler<T> json(TypeReference<T> type) {
    return response -> response.readJson(type);
  }

  /** Ignores the body and returns {@code null}. */
  static ResponseHandler<Void> discarding() {
    return response -> null;
  }
}
