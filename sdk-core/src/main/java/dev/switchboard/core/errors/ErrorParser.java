package dev.switchboard.core.errors;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import okhttp3.Headers;

/**
 * Reads one provider's error envelope (CALLR JSON-RPC {@code error}, VoIPBin {@code {"error":{...}}}, ...).
 * Returns empty when the body is not that envelope (HTML from a proxy, empty body); the exception then still
 * carries the status and raw body. Must not throw; if it does, the SDK treats the result as empty.
 */
@FunctionalInterface
public interface ErrorParser {

  /** Parses {@code body} of a response with {@code statusCode}. */
  Optional<ApiError> parse(int statusCode, Headers headers, byte[] body);

  /** A parser that never recognises anything (status and raw body only). */
  static ErrorParser none() {
    return (statusCode, headers, body) -> Optional.empty();
  }

  /**
   * The body as a JSON object, for parsers: empty when the body is empty, not JSON (an HTML page from a proxy), or
   * JSON but not an object. Never throws.
   */
  static Optional<JsonNode> jsonObject(byte[] body) {
    if (body == null || body.length == 0) {
      return Optional.empty();
    }
    try {
      JsonNode root = ErrorBodies.TREES.readTree(body);
      return root != null && root.isObject() ? Optional.of(root) : Optional.empty();
    } catch (java.io.IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
