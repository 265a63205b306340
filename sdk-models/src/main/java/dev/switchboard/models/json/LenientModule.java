package dev.switchboard.models.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.SettableAnyProperty;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Makes every model read lenient and lossless: a property whose value has an unexpected shape (an object where a
 * string was documented, a string that is not a timestamp, a number too large for its type...) never fails the read;
 * the value is kept, unchanged, in the model's {@code additionalProperties()} under its JSON name, and is written back
 * from there. The typed accessor then reports the value as absent.
 *
 * <p>It also marks each model read with {@link ReadScope}, so request-side validation never rejects a response.
 * Applies only to the SDK's own models (package {@code dev.switchboard.models}).
 */
public final class LenientModule extends SimpleModule {
  private static final long serialVersionUID = 1L;
  private static final String MODELS_PACKAGE = "dev.switchboard.models";

  /** Creates the module. */
  public LenientModule() {
    super("SwitchboardLenient");
    setDeserializerModifier(new Modifier());
    addDeserializer(java.util.UUID.class, new UuidReader());
  }

  private static boolean isModelClass(Class<?> type) {
    return type.getName().startsWith(MODELS_PACKAGE);
  }

  private static final class Modifier extends BeanDeserializerModifier implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public BeanDeserializerBuilder updateBuilder(
        DeserializationConfig config, BeanDescription beanDesc, BeanDeserializerBuilder builder) {
      SettableAnyProperty anySetter = builder.getAnySetter();
      if (anySetter == null || !isModelClass(beanDesc.getBeanClass())) {
        return builder;
      }
      List<SettableBeanProperty> wrapped = new ArrayList<>();
      for (Iterator<SettableBeanProperty> it = builder.getProperties(); it.hasNext(); ) {
        SettableBeanProperty property = it.next();
        if (!(property instanceof LenientProperty)) {
          wrapped.add(new LenientProperty(property, anySetter));
        }
      }
      for (SettableBeanProperty property : wrapped) {
        builder.addOrReplaceProperty(property, true);
      }
      return builder;
    }

    @Override
    public JsonDeserializer<?> modifyDeserializer(
        DeserializationConfig config, BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
      Class<?> type = beanDesc.getBeanClass();
      if (isModelClass(type) && type.getSimpleName().startsWith("Immutable")) {
        return new ModelReader(type, new ScopedDeserializer(deserializer));
      }
      if (isModelClass(type)) {
        return OpenEnumReader.wrap(type, deserializer);
      }
      return deserializer;
    }
  }

  /** Runs one model read inside {@link ReadScope}. */
  private static final class ScopedDeserializer extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;

    ScopedDeserializer(JsonDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
      return new ScopedDeserializer(newDelegatee);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      ReadScope.enter();
      try {
        return _delegatee.deserialize(p, ctxt);
      } finally {
        ReadScope.exit();
      }
    }
  }

  /** A property that keeps a value it cannot bind in the model's additional properties. */
  static final class LenientProperty extends SettableBeanProperty.Delegating {
    private static final long serialVersionUID = 1L;
    private final SettableAnyProperty anySetter;
    private final Shape shape;
    private final JavaType elementType;
    private final boolean elementIsBean;
    private final boolean optionalList;
    private volatile JsonDeserializer<Object> elementDeserializer;

    LenientProperty(SettableBeanProperty delegate, SettableAnyProperty anySetter) {
      super(delegate);
      this.anySetter = anySetter;
      this.shape = Shape.of(delegate.getType());
      JavaType list = delegate.getType();
      this.optionalList = list.isReferenceType();
      while (list.isReferenceType()) {
        list = list.getReferencedType();
      }
      this.elementType = shape == Shape.ARRAY && list.isCollectionLikeType() ? list.getContentType() : null;
      this.elementIsBean = elementType != null && java.util.List.class.isAssignableFrom(list.getRawClass())
          && Shape.of(elementType) == Shape.BEAN;
    }

    /** Whether the property's type is a scalar (string, number, boolean, timestamp, enum...), not a tree. */
    boolean scalar() {
      return shape == Shape.SCALAR;
    }

    @Override
    protected SettableBeanProperty withDelegate(SettableBeanProperty d) {
      return new LenientProperty(d, anySetter);
    }

    /**
     * Reads an array of models element by element, without buffering it: every element that is an object is a
     * lenient model read that cannot fail half-way. If any element is not an object (a string, a null, an array),
     * the whole array is kept as sent, the models already read being written back to JSON (they round-trip).
     */
    private Object readBeanArray(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonDeserializer<Object> deserializer = elementDeserializer;
      if (deserializer == null) {
        deserializer = ctxt.findRootValueDeserializer(elementType);
        elementDeserializer = deserializer;
      }
      List<Object> items = new ArrayList<>();
      boolean odd = false;
      JsonToken t;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        if (t == JsonToken.START_OBJECT) {
          items.add(deserializer.deserialize(p, ctxt));
        } else {
          odd = true;
          items.add(ctxt.readTree(p));
        }
      }
      if (!odd) {
        return optionalList ? java.util.Optional.of(items) : items;
      }
      com.fasterxml.jackson.databind.node.ArrayNode raw = ctxt.getNodeFactory().arrayNode();
      for (Object item : items) {
        raw.add(item instanceof JsonNode ? (JsonNode) item : mapper(p).valueToTree(item));
      }
      return new Kept(raw);
    }

    private static com.fasterxml.jackson.databind.ObjectMapper mapper(JsonParser p) {
      if (p.getCodec() instanceof com.fasterxml.jackson.databind.ObjectMapper) {
        return (com.fasterxml.jackson.databind.ObjectMapper) p.getCodec();
      }
      return dev.switchboard.models.SwitchboardJson.mapper();
    }

    private static boolean containsNull(Object value) {
      Object v = value instanceof java.util.Optional ? ((java.util.Optional<?>) value).orElse(null) : value;
      if (v instanceof Collection) {
        for (Object e : (Collection<?>) v) {
          if (e == null) {
            return true;
          }
        }
      } else if (v instanceof Map) {
        for (Object e : ((Map<?, ?>) v).values()) {
          if (e == null) {
            return true;
          }
        }
      }
      return false;
    }

    @Override
    public void deserializeAndSet(JsonParser p, DeserializationContext ctxt, Object instance) throws IOException {
      Object value = read(p, ctxt);
      if (value instanceof Kept) {
        anySetter.set(instance, getName(), ((Kept) value).node);
      } else {
        delegate.set(instance, value);
      }
    }

    /**
     * Reads this property's value at the current token: the typed value (possibly {@code null} or an empty
     * {@code Optional} for a JSON null), or a {@link Kept} holding the value as sent when it does not fit the type.
     */
    Object read(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken token = p.currentToken();
      if (shape == Shape.TREE || token == JsonToken.VALUE_NULL) {
        return delegate.deserialize(p, ctxt);
      }
      if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
        boolean fits = token == JsonToken.START_OBJECT
            ? shape == Shape.MAP || shape == Shape.BEAN
            : shape == Shape.ARRAY;
        if (!fits) {
          return new Kept(ctxt.readTree(p));
        }
        if (shape == Shape.BEAN) {
          // a model's own properties are lenient: its read cannot fail half-way
          return delegate.deserialize(p, ctxt);
        }
        if (elementIsBean) {
          return readBeanArray(p, ctxt);
        }
        TokenBuffer buffer = ctxt.bufferAsCopyOfValue(p);
        Object value = null;
        try (JsonParser replay = buffer.asParserOnFirstToken()) {
          value = delegate.deserialize(replay, ctxt);
        } catch (JsonProcessingException | IllegalArgumentException | DateTimeException e) {
          value = null;
        }
        if (value == null || containsNull(value)) {
          // a model's collections hold no nulls: keep the value as sent instead
          try (JsonParser replay = buffer.asParserOnFirstToken()) {
            return new Kept(ctxt.readTree(replay));
          }
        }
        return value;
      }
      if (shape == Shape.ARRAY || shape == Shape.MAP) {
        return new Kept(ctxt.readTree(p));
      }
      try {
        return delegate.deserialize(p, ctxt);
      } catch (JsonProcessingException | IllegalArgumentException | DateTimeException e) {
        return new Kept(ctxt.readTree(p));
      }
    }

    @Override
    public Object deserializeSetAndReturn(JsonParser p, DeserializationContext ctxt, Object instance)
        throws IOException {
      deserializeAndSet(p, ctxt, instance);
      return instance;
    }

  }

  /** A property value kept as sent, in the model's additional properties, because it does not fit the type. */
  static final class Kept {
    final JsonNode node;

    Kept(JsonNode node) {
      this.node = node;
    }
  }

  /** What JSON shape a property's declared type expects. */
  private enum Shape {
    TREE,
    ARRAY,
    MAP,
    BEAN,
    SCALAR;

    static Shape of(JavaType type) {
      JavaType t = type;
      while (t.isReferenceType()) {
        t = t.getReferencedType();
      }
      Class<?> raw = t.getRawClass();
      if (JsonNode.class.isAssignableFrom(raw) || raw == Object.class) {
        return TREE;
      }
      if (Map.class.isAssignableFrom(raw) || t.isMapLikeType()) {
        return MAP;
      }
      if (t.isContainerType() || Collection.class.isAssignableFrom(raw)) {
        return ARRAY;
      }
      if (raw.isAnnotationPresent(JsonDeserialize.class) && isModelClass(raw)) {
        return BEAN;
      }
      return SCALAR;
    }
  }
}
