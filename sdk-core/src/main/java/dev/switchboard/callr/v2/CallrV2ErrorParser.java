package dev.switchboard.callr.v2;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.errors.ApiError;
import dev.switchboard.core.errors.ErrorParser;
import java.util.Optional;
import okhttp3.Headers;

/**
 * Reads the CALLR v2 error envelope {@code {"code": "<machine-error-code>", "message": "<human readable>"}} [C:
 * docs.callr.com/reference/errors]: {@code code} is a string (v1 used integers; a number is kept as its text), and
 * the whole object is kept as {@link ApiError#data()} when it carries further fields. "Most" errors have it [C], so an
 * empty body, a non-JSON body (a proxy's HTML page) or JSON without {@code code} and {@code message} is "not an
 * envelope": the exception then keeps the status and the raw body. No catalogue of codes was found [gap]. Never
 * throws.
 */
public final class CallrV2ErrorParser implements ErrorParser {
  private static final CallrV2ErrorParser INSTANCE = new CallrV2ErrorParser();

  private CallrV2ErrorParser() {}

  /** The parser (stateless, thread-safe). */
  public static CallrV2ErrorParser instance() {
    return INSTANCE;
  }

  @Override
  public Optional<ApiError> parse(int statusCode, Headers headers, byte[] body) {
    JsonNode root = ErrorParser.jsonObject(body).orElse(null);
    if (root == null) {
      return Optional.empty();
    }
    String code = text(root, "code");
    String message = text(root, "message");
    if (code == null && message == null) {
      return Optional.empty();
    }
    boolean extra = root.size() > (root.has("code") ? 1 : 0) + (root.has("message") ? 1 : 0);
    return Optional.of(ApiError.builder().code(code).message(message).data(extra ? root : null).build());
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.isValueNode() && !v.isNull() ? v.asText() : null;
  }

  @Override
  public String toString() {
    return "CallrV2ErrorParser";
  }
}
