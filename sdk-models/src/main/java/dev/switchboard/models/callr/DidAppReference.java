package dev.switchboard.models.callr;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * The Voice App assigned to a CALLR DID ({@code DID.app}). The reference documents a hash string ({@code "UNIQUEID"}),
 * but {@code did.search} returns an object {@code {"hash", "name", "package"}}: both read, and what was read is
 * written back exactly ({@link #raw()}).
 *
 * <p>The class-level {@code @JsonDeserialize} reader lets the SDK's lenient reader hand this type both strings and
 * objects; {@link #of(JsonNode)} is the same factory for other uses.
 */
@JsonDeserialize(using = DidAppReference.Reader.class)
public final class DidAppReference {
  private final JsonNode raw;

  private DidAppReference(JsonNode raw) {
    this.raw = raw;
  }

  /** A reference to the App with this hash (what a request sends). */
  public static DidAppReference ofHash(String hash) {
    return new DidAppReference(JsonNodeFactory.instance.textNode(Objects.requireNonNull(hash, "hash")));
  }

  /** A reference from the JSON the server sent: a hash string, an object, or anything else (kept as is). */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static DidAppReference of(JsonNode raw) {
    return new DidAppReference(Objects.requireNonNull(raw, "raw").deepCopy());
  }

  /** The App hash: the string itself, or the object's {@code hash}. */
  public Optional<String> hash() {
    if (raw.isTextual()) {
      return Optional.of(raw.textValue());
    }
    return text("hash");
  }

  /** The App name ({@code name}), when the server sent an object. */
  public Optional<String> name() {
    return text("name");
  }

  /** The App package name ({@code package}), when the server sent an object. */
  public Optional<String> packageName() {
    return text("package");
  }

  /** Exactly what was read (a copy), written back unchanged. */
  @JsonValue
  public JsonNode raw() {
    return raw.deepCopy();
  }

  private Optional<String> text(String field) {
    JsonNode value = raw.isObject() ? raw.get(field) : null;
    return value != null && value.isTextual() ? Optional.of(value.textValue()) : Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DidAppReference && ((DidAppReference) o).raw.equals(raw);
  }

  @Override
  public int hashCode() {
    return raw.hashCode();
  }

  @Override
  public String toString() {
    return raw.toString();
  }

  /** Reads a string, an object or any other value. */
  static final class Reader extends StdDeserializer<DidAppReference> {
    private static final long serialVersionUID = 1L;

    Reader() {
      super(DidAppReference.class);
    }

    @Override
    public DidAppReference deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return new DidAppReference(ctxt.readTree(p));
    }
  }
}
