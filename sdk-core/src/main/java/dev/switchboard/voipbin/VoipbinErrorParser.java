package dev.switchboard.voipbin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.core.errors.ApiError;
import dev.switchboard.core.errors.ApiException;
import dev.switchboard.core.errors.ErrorParser;
import dev.switchboard.models.SwitchboardJson;
import java.util.Optional;
import okhttp3.Headers;

/**
 * Reads VoIPBin's error envelope (restful_api.rst "Error Response Envelope", OpenAPI {@code ErrorResponse}):
 * <pre>{@code {"error": {"status": "NOT_FOUND", "reason": "GROUPCALL_NOT_FOUND", "message": "...",
 *             "request_id": "req_...", "details": [{...}]}}}</pre>
 *
 * <p>Maps it to an {@link ApiError}: {@code code} = {@code reason} (falling back to {@code status} when a body has
 * no reason), {@code message}, {@code requestId} = {@code request_id}, and {@code data} = an object holding
 * {@code status} and {@code details} as sent (only those present). Anything else (HTML from a proxy, an empty body,
 * JSON without an {@code error} object) is "not an envelope": the exception then carries the status and raw body.
 * Never throws.
 */
public final class VoipbinErrorParser implements ErrorParser {
  private static final VoipbinErrorParser INSTANCE = new VoipbinErrorParser();

  private final ObjectMapper mapper = SwitchboardJson.mapper();

  private VoipbinErrorParser() {}

  /** The parser (stateless, thread-safe). */
  public static VoipbinErrorParser instance() {
    return INSTANCE;
  }

  @Override
  public Optional<ApiError> parse(int statusCode, Headers headers, byte[] body) {
    JsonNode root = ErrorParser.jsonObject(body).orElse(null);
    if (root == null || !root.path("error").isObject()) {
      return Optional.empty();
    }
    JsonNode error = root.get("error");
    String status = text(error, "status");
    String reason = text(error, "reason");
    ObjectNode data = mapper.createObjectNode();
    if (status != null) {
      data.put("status", status);
    }
    if (error.has("details") && !error.get("details").isNull()) {
      data.set("details", error.get("details").deepCopy());
    }
    return Optional.of(ApiError.builder()
        .code(reason != null ? reason : status)
        .message(text(error, "message"))
        .requestId(text(error, "request_id"))
        .data(data.isEmpty() ? null : data)
        .build());
  }

  /** The canonical {@code error.status} of a VoIPBin error (for example {@code NOT_FOUND}), if the body had one. */
  public static Optional<String> status(ApiException e) {
    return e.errorData().map(d -> d.path("status")).filter(JsonNode::isTextual).map(JsonNode::asText);
  }

  /** On a 429, who was limited: {@code error.details[0].limited_by} ({@code "ip"} or {@code "customer"}). */
  public static Optional<String> limitedBy(ApiException e) {
    return e.errorData().map(d -> d.path("details").path(0).path("limited_by"))
        .filter(JsonNode::isTextual).map(JsonNode::asText);
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.isValueNode() && !v.isNull() ? v.asText() : null;
  }

  @Override
  public String toString() {
    return "VoipbinErrorParser";
  }
}
