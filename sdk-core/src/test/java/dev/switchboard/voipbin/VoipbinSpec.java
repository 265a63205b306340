package dev.switchboard.voipbin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * VoIPBin's own OpenAPI 3.0 document ({@code spec/voipbin-openapi.bundled.json}) and what the tests take from it:
 * schemas with their {@code $ref}s into {@code components}, and example objects assembled from the {@code example}
 * of every property (the document has no whole-response examples: each property carries its own).
 */
final class VoipbinSpec {
  static final Path FILE = Path.of("..", "spec", "voipbin-openapi.bundled.json");
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static JsonNode document;

  private VoipbinSpec() {}

  /** The whole document. */
  static synchronized JsonNode document() {
    if (document == null) {
      try {
        document = MAPPER.readTree(Files.readAllBytes(FILE));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + FILE.toAbsolutePath(), e);
      }
    }
    return document;
  }

  /** The node at a JSON pointer such as {@code /components/schemas/CallManagerGroupcall}. */
  static JsonNode at(String pointer) {
    JsonNode n = document().at(pointer);
    if (n.isMissingNode()) {
      throw new IllegalArgumentException("not in the spec: " + pointer);
    }
    return n;
  }

  /** The node an operation path resolves to, e.g. {@code op("/groupcalls", "post")}. */
  static JsonNode operation(String path, String method) {
    return document().path("paths").path(path).path(method);
  }

  /** The 200 response schema of an operation. */
  static JsonNode responseSchema(String path, String method) {
    return operation(path, method).at("/responses/200/content/application~1json/schema");
  }

  /** The request body schema of an operation. */
  static JsonNode requestSchema(String path, String method) {
    return operation(path, method).at("/requestBody/content/application~1json/schema");
  }

  /** Follows {@code $ref} chains into the document. */
  static JsonNode resolve(JsonNode schema) {
    JsonNode s = schema;
    while (s.has("$ref")) {
      String ref = s.get("$ref").asText();
      if (!ref.startsWith("#")) {
        throw new IllegalArgumentException("external $ref not supported: " + ref);
      }
      s = at(ref.substring(1));
    }
    return s;
  }

  /**
   * The example of {@code schema}: its own {@code example} when it has one (a property's example wins over the
   * referenced schema's), else an object of its properties' examples, else an array of one item example.
   * Properties without any example are left out.
   */
  static JsonNode example(JsonNode schema) {
    if (schema.has("example")) {
      return schema.get("example").deepCopy();
    }
    if (schema.has("$ref")) {
      return example(resolve(schema));
    }
    if (schema.has("allOf")) {
      ObjectNode merged = JsonNodeFactory.instance.objectNode();
      for (JsonNode part : schema.get("allOf")) {
        JsonNode e = example(part);
        if (e != null && e.isObject()) {
          merged.setAll((ObjectNode) e);
        }
      }
      return merged;
    }
    if (schema.has("properties")) {
      ObjectNode o = JsonNodeFactory.instance.objectNode();
      for (Iterator<Map.Entry<String, JsonNode>> it = schema.get("properties").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> p = it.next();
        JsonNode e = example(p.getValue());
        if (e != null) {
          o.set(p.getKey(), e);
        }
      }
      return o;
    }
    if ("array".equals(schema.path("type").asText()) && schema.has("items")) {
      JsonNode item = example(schema.get("items"));
      if (item != null) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        a.add(item);
        return a;
      }
    }
    if (schema.has("enum") && schema.get("enum").size() > 0) {
      return schema.get("enum").get(0).deepCopy();
    }
    return null;
  }

  /** The spec's Groupcall example ({@code CallManagerGroupcall}), as returned by get/create/delete/hangup. */
  static ObjectNode groupcallExample() {
    return (ObjectNode) example(at("/components/schemas/CallManagerGroupcall"));
  }

  /** The spec's error envelope example ({@code ErrorResponse}) with {@code status} set. */
  static ObjectNode errorExample(String status) {
    ObjectNode e = (ObjectNode) example(at("/components/schemas/ErrorResponse"));
    ((ObjectNode) e.get("error")).put("status", status);
    return e;
  }
}
