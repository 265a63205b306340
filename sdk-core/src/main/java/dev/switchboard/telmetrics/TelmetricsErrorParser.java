package dev.switchboard.telmetrics;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.errors.ApiError;
import dev.switchboard.core.errors.ErrorParser;
import java.util.Map;
import java.util.Optional;
import okhttp3.Headers;

/**
 * Telmetrics' error body is unknown (no public error-format page, API-FACTS section 1): exceptions always keep the
 * status and the raw body. As a courtesy, a JSON object whose {@code message}, {@code Message}, {@code error} or
 * {@code error_description} member is a string surfaces that string as the message; nothing else is assumed.
 */
final class TelmetricsErrorParser implements ErrorParser {
  private static final String[] MESSAGE_KEYS = {"message", "Message", "error", "error_description"};

  @Override
  public Optional<ApiError> parse(int statusCode, Headers headers, byte[] body) {
    JsonNode root = ErrorParser.jsonObject(body).orElse(null);
    if (root == null) {
      return Optional.empty();
    }
    for (String key : MESSAGE_KEYS) {
      JsonNode v = root.get(key);
      if (v != null && v.isTextual() && !v.asText().isBlank()) {
        return Optional.of(ApiError.builder().message(v.asText()).data(root).build());
      }
    }
    for (Map.Entry<String, JsonNode> e : root.properties()) {
      if (e.getKey().equalsIgnoreCase("message") && e.getValue().isTextual()) {
        return Optional.of(ApiError.builder().message(e.getValue().asText()).data(root).build());
      }
    }
    return Optional.empty();
  }
}
