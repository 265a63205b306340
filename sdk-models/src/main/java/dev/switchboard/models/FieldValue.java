package dev.switchboard.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * A request field with three states, for update bodies where "leave unchanged" and "clear" differ: {@link #absent()}
 * writes no key, {@link #clear()} writes {@code "key": null}, {@link #of(Object)} writes the value.
 *
 * <p>A model property of this type must be annotated {@code @JsonInclude(JsonInclude.Include.NON_EMPTY)} so the
 * absent state writes no key; a property missing from JSON reads as absent and a JSON {@code null} as cleared.
 *
 * @param <T> the value type
 */
@JsonSerialize(using = FieldValue.Writer.class)
@JsonDeserialize(using = FieldValue.Reader.class)
public final class FieldValue<T> {
  private static final FieldValue<?> ABSENT = new FieldValue<>(false, null);
  private static final FieldValue<?> CLEAR = new FieldValue<>(true, null);

  private final boolean present;
  private final T value;

  private FieldValue(boolean present, T value) {
    this.present = present;
    this.value = value;
  }

  /** Not sent: the server leaves the field unchanged. */
  @SuppressWarnings("unchecked")
  public static <T> FieldValue<T> absent() {
    return (FieldValue<T>) ABSENT;
  }

  /** Sent as JSON {@code null}: the server clears the field. */
  @SuppressWarnings("unchecked")
  public static <T> FieldValue<T> clear() {
    return (FieldValue<T>) CLEAR;
  }

  /** Sent with this value. */
  public static <T> FieldValue<T> of(T value) {
    return new FieldValue<>(true, Objects.requireNonNull(value, "value"));
  }

  /** Whether the key is sent at all (a value or {@code null}). */
  public boolean isPresent() {
    return present;
  }

  /** Whether the key is sent as {@code null}. */
  public boolean isCleared() {
    return present && value == null;
  }

  /** The value, or empty when absent or cleared. */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /**
   * The value.
   *
   * @throws NoSuchElementException when absent or cleared
   */
  public T get() {
    if (value == null) {
      throw new NoSuchElementException(present ? "cleared" : "absent");
    }
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return this == other
        || (other instanceof FieldValue
            && present == ((FieldValue<?>) other).present
            && Objects.equals(value, ((FieldValue<?>) other).value));
  }

  @Override
  public int hashCode() {
    return present ? Objects.hashCode(value) + 1 : 0;
  }

  @Override
  public String toString() {
    return !present ? "FieldValue.absent" : value == null ? "FieldValue.clear" : "FieldValue[" + value + "]";
  }

  /** Writes the value, or {@code null} when cleared; an absent value counts as empty (no key). */
  public static final class Writer extends StdSerializer<FieldValue<?>> {
    private static final long serialVersionUID = 1L;

    /** Creates the writer. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Writer() {
      super((Class) FieldValue.class);
    }

    @Override
    public boolean isEmpty(SerializerProvider provider, FieldValue<?> value) {
      return value == null || !value.present;
    }

    @Override
    public void serialize(FieldValue<?> value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      if (value.value == null) {
        gen.writeNull();
      } else {
        provider.defaultSerializeValue(value.value, gen);
      }
    }
  }

  /** Reads a value with the deserializer of the declared content type; JSON {@code null} reads as cleared. */
  public static final class Reader extends JsonDeserializer<FieldValue<?>> implements ContextualDeserializer {
    private final JsonDeserializer<Object> content;

    /** Creates the reader (made contextual per property). */
    public Reader() {
      this(null);
    }

    private Reader(JsonDeserializer<Object> content) {
      this.content = content;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
        throws com.fasterxml.jackson.databind.JsonMappingException {
      JavaType type = property != null ? property.getType() : ctxt.getContextualType();
      JavaType contentType =
          type != null && type.containedTypeCount() > 0
              ? type.containedType(0)
              : ctxt.constructType(Object.class);
      return new Reader(ctxt.findContextualValueDeserializer(contentType, property));
    }

    @Override
    public FieldValue<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Object value = content.deserialize(p, ctxt);
      return value == null ? clear() : of(value);
    }

    @Override
    public FieldValue<?> getNullValue(DeserializationContext ctxt) {
      return clear();
    }

    @Override
    public Object getAbsentValue(DeserializationContext ctxt) {
      return absent();
    }
  }
}
