package dev.switchboard.models.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.DateTimeException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Reads one Immutables model straight into its builder: each JSON member is read by the same lenient property
 * reader Jackson would use for the model's generated {@code Json} intermediate ({@link LenientModule}), then handed
 * to the builder's setter; unknown members and values that do not fit go to {@code putAdditionalProperties}; the
 * model is built once at the end. This skips the intermediate object, its reflective setters and the copy into the
 * builder that Immutables' own Jackson binding makes, while keeping every behaviour of that binding (same property
 * names, same value readers, same leniency, same {@link ReadScope}).
 *
 * <p>The binding plan is made on the first read, from the resolved deserializer of the {@code Json} intermediate.
 * When a model does not have the expected shape (no static {@code builder()}, a property without a matching
 * builder setter, a body that is not a JSON object), the read falls back to that deserializer, so behaviour never
 * depends on this optimisation.
 */
final class ModelReader extends DelegatingDeserializer {
  private static final long serialVersionUID = 1L;
  private static final MethodHandles.Lookup LOOKUP = MethodHandles.publicLookup();
  private static final MethodType SETTER = MethodType.methodType(Object.class, Object.class, Object.class);
  private static final MethodType PUT = MethodType.methodType(Object.class, Object.class, String.class,
      JsonNode.class);

  private final Class<?> immutableType;
  private transient volatile Plan plan;
  private transient volatile boolean planned;

  ModelReader(Class<?> immutableType, JsonDeserializer<?> fallback) {
    super(fallback);
    this.immutableType = immutableType;
  }

  @Override
  protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
    return new ModelReader(immutableType, newDelegatee);
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken token = p.currentToken();
    Plan current = token == JsonToken.START_OBJECT || token == JsonToken.FIELD_NAME ? plan(ctxt) : null;
    if (current == null) {
      return _delegatee.deserialize(p, ctxt);
    }
    ReadScope.enter();
    try {
      return current.read(p, ctxt, token);
    } finally {
      ReadScope.exit();
    }
  }

  /** Whether reads of this model go straight into its builder (false: the fallback deserializer reads it). */
  boolean bindsDirectly(DeserializationContext ctxt) throws IOException {
    return plan(ctxt) != null;
  }

  private Plan plan(DeserializationContext ctxt) throws IOException {
    if (!planned) {
      synchronized (this) {
        if (!planned) {
          plan = Plan.of(immutableType, ctxt);
          planned = true;
        }
      }
    }
    return plan;
  }

  /** How one model type is read: its builder factory, one slot per JSON name, the additional-properties setter. */
  private static final class Plan {
    private final Class<?> type;
    private final MethodHandle newBuilder;
    private final MethodHandle build;
    private final MethodHandle putAdditional;
    private final Map<String, Slot> slots;

    private Plan(Class<?> type, MethodHandle newBuilder, MethodHandle build, MethodHandle putAdditional,
        Map<String, Slot> slots) {
      this.type = type;
      this.newBuilder = newBuilder;
      this.build = build;
      this.putAdditional = putAdditional;
      this.slots = slots;
    }

    /** The plan for {@code immutableType}, or {@code null} when the model must be read by the fallback. */
    static Plan of(Class<?> immutableType, DeserializationContext ctxt) throws IOException {
      Class<?> model = immutableType.getSuperclass();
      Class<?> jsonClass;
      Method builderFactory;
      try {
        jsonClass = Class.forName(immutableType.getName() + "$Json", false, immutableType.getClassLoader());
        builderFactory = model.getMethod("builder");
      } catch (ClassNotFoundException | NoSuchMethodException | SecurityException e) {
        return null;
      }
      if (!Modifier.isStatic(builderFactory.getModifiers())) {
        return null;
      }
      JsonDeserializer<Object> json = ctxt.findRootValueDeserializer(ctxt.constructType(jsonClass));
      if (!(json instanceof BeanDeserializerBase)) {
        return null;
      }
      Class<?> builderType = builderFactory.getReturnType();
      try {
        MethodHandle newBuilder = LOOKUP.unreflect(builderFactory).asType(MethodType.methodType(Object.class));
        MethodHandle build = LOOKUP.unreflect(builderType.getMethod("build"))
            .asType(MethodType.methodType(Object.class, Object.class));
        MethodHandle put = null;
        try {
          put = LOOKUP.unreflect(builderType.getMethod("putAdditionalProperties", String.class, JsonNode.class))
              .asType(PUT);
        } catch (NoSuchMethodException noAdditionalProperties) {
          put = null; // the model keeps no unknown members: they are skipped, as Jackson skips them
        }
        Map<String, Slot> slots = new HashMap<>();
        for (Iterator<SettableBeanProperty> it = ((BeanDeserializerBase) json).properties(); it.hasNext(); ) {
          SettableBeanProperty property = it.next();
          MethodHandle setter = setter(builderType, property.getMember());
          if (setter == null) {
            return null;
          }
          slots.put(property.getName(), Slot.of(property, setter, builderType));
        }
        return new Plan(immutableType, newBuilder, build, put, slots);
      } catch (NoSuchMethodException | IllegalAccessException | SecurityException e) {
        return null;
      }
    }

    /** The builder method taking what the {@code Json} intermediate's setter {@code member} takes. */
    private static MethodHandle setter(Class<?> builderType, AnnotatedMember member)
        throws IllegalAccessException {
      if (!(member instanceof AnnotatedMethod) || ((AnnotatedMethod) member).getParameterCount() != 1) {
        return null;
      }
      String name = member.getName();
      if (name.length() > 3 && name.startsWith("set") && Character.isUpperCase(name.charAt(3))) {
        name = Character.toLowerCase(name.charAt(3)) + name.substring(4); // Json's setX(...) is the builder's x(...)
      }
      Class<?> parameter = ((AnnotatedMethod) member).getRawParameterType(0);
      Method match = null;
      for (Method candidate : builderType.getMethods()) {
        if (candidate.getName().equals(name) && candidate.getParameterCount() == 1
            && !Modifier.isStatic(candidate.getModifiers())) {
          Class<?> accepted = candidate.getParameterTypes()[0];
          if (accepted == parameter) {
            match = candidate;
            break;
          }
          if (accepted.isAssignableFrom(parameter) && match == null) {
            match = candidate;
          }
        }
      }
      return match == null ? null : LOOKUP.unreflect(match).asType(SETTER);
    }

    Object read(JsonParser p, DeserializationContext ctxt, JsonToken start) throws IOException {
      Object builder;
      try {
        builder = newBuilder.invokeExact();
      } catch (Throwable e) {
        throw rethrow(ctxt, e);
      }
      String name = start == JsonToken.START_OBJECT ? p.nextFieldName() : p.currentName();
      for (; name != null; name = p.nextFieldName()) {
        p.nextToken();
        Slot slot = slots.get(name);
        try {
          if (slot == null) {
            if (putAdditional == null) {
              p.skipChildren();
            } else {
              Object ignored = putAdditional.invokeExact(builder, name, (JsonNode) ctxt.readTree(p));
            }
            continue;
          }
          JsonNode kept = slot.readInto(builder, p, ctxt);
          if (kept != null && putAdditional != null) {
            Object ignored = putAdditional.invokeExact(builder, name, kept);
          }
        } catch (IOException | Error e) {
          throw e;
        } catch (Throwable e) {
          throw rethrow(ctxt, e);
        }
      }
      try {
        return build.invokeExact(builder);
      } catch (Throwable e) {
        throw rethrow(ctxt, e);
      }
    }

    private IOException rethrow(DeserializationContext ctxt, Throwable e) {
      if (e instanceof IOException) {
        return (IOException) e;
      }
      if (e instanceof Error) {
        throw (Error) e;
      }
      return ctxt.instantiationException(type, e);
    }
  }

  /**
   * One JSON member: the lenient reader of its value and the builder setter it goes to. For an optional scalar
   * (the common case) a present value is read by the contained type's reader and handed to the builder's plain
   * setter, without an {@code Optional} in between; any other token takes the general lenient path.
   */
  private static final class Slot {
    private final SettableBeanProperty property;
    private final LenientModule.LenientProperty lenient;
    private final MethodHandle setter;
    private final JsonDeserializer<Object> content;
    private final MethodHandle plainSetter;

    private Slot(SettableBeanProperty property, MethodHandle setter, JsonDeserializer<Object> content,
        MethodHandle plainSetter) {
      this.property = property;
      this.lenient = property instanceof LenientModule.LenientProperty
          ? (LenientModule.LenientProperty) property : null;
      this.setter = setter;
      this.content = content;
      this.plainSetter = plainSetter;
    }

    static Slot of(SettableBeanProperty property, MethodHandle setter, Class<?> builderType)
        throws IllegalAccessException {
      Object value = property.getValueDeserializer();
      if (property instanceof LenientModule.LenientProperty && ((LenientModule.LenientProperty) property).scalar()
          && value instanceof OptionalModule.OptionalDeserializer && property.getType().isReferenceType()) {
        JsonDeserializer<Object> content = ((OptionalModule.OptionalDeserializer) value).contentDeserializer();
        Class<?> contained = property.getType().getReferencedType().getRawClass();
        MethodHandle plain = content == null ? null : plainSetter(builderType, property.getMember().getName(),
            contained);
        if (plain != null) {
          return new Slot(property, setter, content, plain);
        }
      }
      return new Slot(property, setter, null, null);
    }

    private static MethodHandle plainSetter(Class<?> builderType, String jsonSetter, Class<?> contained)
        throws IllegalAccessException {
      String name = jsonSetter.length() > 3 && jsonSetter.startsWith("set")
          && Character.isUpperCase(jsonSetter.charAt(3))
          ? Character.toLowerCase(jsonSetter.charAt(3)) + jsonSetter.substring(4) : jsonSetter;
      for (Method candidate : builderType.getMethods()) {
        if (candidate.getName().equals(name) && candidate.getParameterCount() == 1
            && !Modifier.isStatic(candidate.getModifiers())
            && MethodType.methodType(candidate.getParameterTypes()[0]).wrap().returnType() == contained) {
          return LOOKUP.unreflect(candidate).asType(SETTER);
        }
      }
      return null;
    }

    /** Reads the value at the current token into {@code builder}; returns the value as sent when it does not fit. */
    JsonNode readInto(Object builder, JsonParser p, DeserializationContext ctxt) throws Throwable {
      if (plainSetter != null && p.currentToken().isScalarValue() && p.currentToken() != JsonToken.VALUE_NULL) {
        Object value;
        try {
          value = content.deserialize(p, ctxt);
        } catch (JsonProcessingException | IllegalArgumentException | DateTimeException e) {
          return ctxt.readTree(p);
        }
        if (value != null) {
          Object ignored = plainSetter.invokeExact(builder, value);
        }
        return null;
      }
      Object value = lenient != null ? lenient.read(p, ctxt) : property.deserialize(p, ctxt);
      if (value instanceof LenientModule.Kept) {
        return ((LenientModule.Kept) value).node;
      }
      if (value != null) {
        Object ignored = setter.invokeExact(builder, value);
      }
      return null;
    }
  }
}
