package dev.switchboard.models.trackdrive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.models.SwitchboardJson;
import java.util.Set;

/** Package helpers shared by the TrackDrive request bodies. */
final class TrackdriveJson {
  private static final ObjectMapper MAPPER = SwitchboardJson.mapper();

  private TrackdriveJson() {}

  /** A plain value (string, number, boolean, list, map, JsonNode...) as a JSON tree. */
  static JsonNode toTree(Object value) {
    return value instanceof JsonNode ? (JsonNode) value : MAPPER.valueToTree(value);
  }

  /** Fails when an extra key would collide with a documented body field. */
  static void checkNotReserved(Set<String> reserved, String key) {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("lead token key: must not be blank");
    }
    if (reserved.contains(key)) {
      throw new IllegalArgumentException(
          key + ": is a documented field; set it with its own builder method, not as a lead token");
    }
  }
}
