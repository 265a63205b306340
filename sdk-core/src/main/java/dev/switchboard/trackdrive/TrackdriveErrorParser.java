package dev.switchboard.trackdrive;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.errors.ApiError;
import dev.switchboard.core.errors.ErrorParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.Headers;

/**
 * TrackDrive's error body is undocumented (API-FACTS section 4). The exception always keeps the status and the raw
 * body; when the body is a JSON object with an {@code error}, {@code errors} or {@code message} key this parser also
 * surfaces a one-line message: {@code "error": "text"}, {@code "error": {"message": ...}},
 * {@code "errors": ["a", "b"]} (joined with "; "), {@code "errors": {"field": ["msg"]}} ("field msg"), or
 * {@code "message": "text"}. The whole JSON object is kept as the error's data.
 */
final class TrackdriveErrorParser implements ErrorParser {

  @Override
  public Optional<ApiError> parse(int statusCode, Headers headers, byte[] body) {
    JsonNode root = ErrorParser.jsonObject(body).orElse(null);
    if (root == null) {
      return Optional.empty();
    }
    String message = null;
    if (root.has("error")) {
      message = text(root.get("error"));
    }
    if (message == null && root.has("errors")) {
      message = text(root.get("errors"));
    }
    if (message == null && root.has("message")) {
      message = text(root.get("message"));
    }
    if (message == null) {
      return Optional.empty();
    }
    String code = root.path("code").isValueNode() ? root.get("code").asText() : null;
    return Optional.of(ApiError.builder().code(code).message(message).data(root).build());
  }

  /** A readable text for a string, an array of messages or an object of field → messages. */
  static String text(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isValueNode()) {
      String s = node.asText();
      return s.isBlank() ? null : s;
    }
    List<String> parts = new ArrayList<>();
    if (node.isArray()) {
      for (JsonNode element : node) {
        String s = text(element);
        if (s != null) {
          parts.add(s);
        }
      }
    } else if (node.isObject()) {
      if (node.has("message")) {
        return text(node.get("message"));
      }
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String s = text(field.getValue());
        if (s != null) {
          parts.add(field.getKey() + " " + s);
        }
      }
    }
    return parts.isEmpty() ? null : String.join("; ", parts);
  }
}
