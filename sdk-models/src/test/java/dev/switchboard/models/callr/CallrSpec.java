package dev.switchboard.models.callr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.models.SwitchboardJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The documented CALLR objects, read from the project copy of the reference. */
final class CallrSpec {
  static final ObjectMapper MAPPER = SwitchboardJson.mapper();
  private static List<JsonNode> objects;

  private CallrSpec() {}

  static synchronized List<JsonNode> objects() {
    if (objects == null) {
      try {
        JsonNode root = MAPPER.readTree(Path.of("..", "spec", "callr-objects.json").toFile());
        List<JsonNode> list = new ArrayList<>();
        root.get("objects").forEach(list::add);
        objects = List.copyOf(list);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return objects;
  }

  static JsonNode object(String name) {
    return objects().stream().filter(o -> o.get("name").asText().equals(name)).findFirst().orElseThrow();
  }

  /** Writes a model and reads the text back as a tree (so numbers compare by value, as on the wire). */
  static JsonNode reencode(Object model) {
    try {
      return MAPPER.readTree(MAPPER.writeValueAsString(model));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static <T> T read(JsonNode json, Class<T> type) {
    try {
      return MAPPER.treeToValue(json, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
