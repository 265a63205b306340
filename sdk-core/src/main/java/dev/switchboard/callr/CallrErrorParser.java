package dev.switchboard.callr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.core.errors.ApiError;
import dev.switchboard.core.errors.ErrorParser;
import dev.switchboard.models.SwitchboardJson;
import java.util.Optional;
import okhttp3.Headers;

/**
 * Reads the JSON-RPC 2.0 error member {@code {"error":{"code":int,"message":string,"data":any}}} at any HTTP status:
 * the code becomes a string ({@code "22"}), {@code message} and {@code data} are kept. Anything else (HTML from a
 * proxy, an empty body) is "not an envelope", so the exception keeps the status and the raw body.
 */
final class CallrErrorParser implements ErrorParser {
  static final CallrErrorParser INSTANCE = new CallrErrorParser();
  private static final ObjectMapper MAPPER = SwitchboardJson.mapper();

  private CallrErrorParser() {}

  @Override
  public Optional<ApiError> parse(int statusCode, Headers headers, byte[] body) {
    if (body == null || body.length == 0) {
      return Optional.empty();
    }
    try {
      JsonNode root = MAPPER.readTree(body);
      if (root == null || !root.isObject()) {
        return Optional.empty();
      }
      return fromErrorMember(root.get("error"));
    } catch (Exception e) {
      return Optional.empty();
    }
  }

  /** Converts a JSON-RPC {@code error} member; empty when it is missing or null. */
  static Optional<ApiError> fromErrorMember(JsonNode error) {
    if (error == null || error.isNull() || error.isMissingNode()) {
      return Optional.empty();
    }
    if (!error.isObject()) {
      return Optional.of(ApiError.builder().message(error.asText()).build());
    }
    JsonNode code = error.get("code");
    JsonNode message = error.get("message");
    JsonNode data = error.get("data");
    return Optional.of(ApiError.builder()
        .code(code == null || code.isNull() ? null : code.asText())
        .message(message == null || message.isNull() ? null : message.asText())
        .data(data == null || data.isNull() ? null : data)
        .build());
  }
}
