package dev.switchboard.models.json;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.std.ReferenceTypeDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.ser.std.ReferenceTypeSerializer;
import com.fasterxml.jackson.databind.type.ReferenceType;
import com.fasterxml.jackson.databind.type.TypeBindings;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.type.TypeModifier;
import com.fasterxml.jackson.databind.util.NameTransformer;
import java.lang.reflect.Type;
import java.util.Optional;

/**
 * Binds {@link java.util.Optional} as a reference type: an empty {@code Optional} is written as an absent key, and
 * a JSON {@code null} or a missing key reads as empty. That holds for raw-JSON properties too: an
 * {@code Optional<JsonNode>} (CALLR {@code Job.error}, {@code Job.result}, {@code variables}...) holding JSON
 * {@code null} is empty, never a present {@code NullNode}.
 *
 * <p>The SDK's runtime dependencies are exactly jackson-databind and jackson-datatype-jsr310, so this small module
 * takes the place of jackson-datatype-jdk8 for the one type the models need.
 */
public final class OptionalModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public OptionalModule() {
    super("SwitchboardOptional");
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addTypeModifier(new OptionalTypeModifier());
    context.addSerializers(new OptionalSerializers());
    context.addDeserializers(new OptionalDeserializers());
  }

  private static final class OptionalTypeModifier extends TypeModifier implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public JavaType modifyType(JavaType type, Type jdkType, TypeBindings bindings, TypeFactory typeFactory) {
      if (type.isReferenceType() || type.isContainerType()) {
        return type;
      }
      if (type.getRawClass() == Optional.class) {
        return ReferenceType.upgradeFrom(type, type.containedTypeOrUnknown(0));
      }
      return type;
    }
  }

  private static final class OptionalSerializers extends Serializers.Base implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonSerializer<?> findReferenceSerializer(
        SerializationConfig config,
        ReferenceType refType,
        BeanDescription beanDesc,
        TypeSerializer contentTypeSerializer,
        JsonSerializer<Object> contentValueSerializer) {
      if (!Optional.class.isAssignableFrom(refType.getRawClass())) {
        return null;
      }
      boolean staticTyping =
          contentTypeSerializer == null && config.isEnabled(MapperFeature.USE_STATIC_TYPING);
      return new OptionalSerializer(refType, staticTyping, contentTypeSerializer, contentValueSerializer);
    }
  }

  private static final class OptionalDeserializers extends Deserializers.Base implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonDeserializer<?> findReferenceDeserializer(
        ReferenceType refType,
        DeserializationConfig config,
        BeanDescription beanDesc,
        TypeDeserializer contentTypeDeserializer,
        JsonDeserializer<?> contentDeserializer) {
      if (refType.hasRawClass(Optional.class)) {
        return new OptionalDeserializer(refType, null, contentTypeDeserializer, contentDeserializer);
      }
      return null;
    }
  }

  private static final class OptionalSerializer extends ReferenceTypeSerializer<Optional<?>> {
    private static final long serialVersionUID = 1L;

    OptionalSerializer(
        ReferenceType fullType, boolean staticTyping, TypeSerializer vts, JsonSerializer<Object> ser) {
      super(fullType, staticTyping, vts, ser);
    }

    private OptionalSerializer(
        OptionalSerializer base,
        BeanProperty property,
        TypeSerializer vts,
        JsonSerializer<?> valueSer,
        NameTransformer unwrapper,
        Object suppressableValue,
        boolean suppressNulls) {
      super(base, property, vts, valueSer, unwrapper, suppressableValue, suppressNulls);
    }

    @Override
    protected ReferenceTypeSerializer<Optional<?>> withResolved(
        BeanProperty prop, TypeSerializer vts, JsonSerializer<?> valueSer, NameTransformer unwrapper) {
      return new OptionalSerializer(this, prop, vts, valueSer, unwrapper, _suppressableValue, _suppressNulls);
    }

    @Override
    public ReferenceTypeSerializer<Optional<?>> withContentInclusion(Object suppressableValue, boolean suppressNulls) {
      return new OptionalSerializer(
          this, _property, _valueTypeSerializer, _valueSerializer, _unwrapper, suppressableValue, suppressNulls);
    }

    @Override
    protected boolean _isValuePresent(Optional<?> value) {
      return value.isPresent();
    }

    @Override
    protected Object _getReferenced(Optional<?> value) {
      return value.get();
    }

    @Override
    protected Object _getReferencedIfPresent(Optional<?> value) {
      return value.orElse(null);
    }
  }

  /** Reads {@code Optional<T>}: a JSON null reads as empty. */
  static final class OptionalDeserializer extends ReferenceTypeDeserializer<Optional<?>> {
    private static final long serialVersionUID = 1L;

    OptionalDeserializer(
        JavaType fullType, ValueInstantiator inst, TypeDeserializer typeDeser, JsonDeserializer<?> deser) {
      super(fullType, inst, typeDeser, deser);
    }

    @Override
    protected OptionalDeserializer withResolved(TypeDeserializer typeDeser, JsonDeserializer<?> valueDeser) {
      return new OptionalDeserializer(_fullType, _valueInstantiator, typeDeser, valueDeser);
    }

    @Override
    public Optional<?> getNullValue(DeserializationContext ctxt) throws JsonMappingException {
      return present(_valueDeserializer.getNullValue(ctxt));
    }

    @Override
    public Object getEmptyValue(DeserializationContext ctxt) throws JsonMappingException {
      return getNullValue(ctxt);
    }

    /** The reader of the contained value, or {@code null} when the contents are polymorphic. */
    @SuppressWarnings("unchecked")
    JsonDeserializer<Object> contentDeserializer() {
      return _valueTypeDeserializer == null ? (JsonDeserializer<Object>) _valueDeserializer : null;
    }

    @Override
    public Optional<?> referenceValue(Object contents) {
      return present(contents);
    }

    @Override
    public Object getReferenced(Optional<?> reference) {
      return reference.orElse(null);
    }

    @Override
    public Optional<?> updateReference(Optional<?> reference, Object contents) {
      return present(contents);
    }

    /** Empty for {@code null} and for a JSON null tree ({@code NullNode}, {@code MissingNode}). */
    private static Optional<?> present(Object contents) {
      if (contents instanceof com.fasterxml.jackson.databind.JsonNode) {
        com.fasterxml.jackson.databind.JsonNode node = (com.fasterxml.jackson.databind.JsonNode) contents;
        if (node.isNull() || node.isMissingNode()) {
          return Optional.empty();
        }
      }
      return Optional.ofNullable(contents);
    }
  }
}
