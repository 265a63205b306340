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
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import java.io.IOException;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.DateTimeException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads one Immutables model straight into its builder: each JSON member is read by the same lenient property
 * reader Jackson would use for the model's generated {@code Json} intermediate ({@link LenientModule}), then handed
 * to the builder's setter; unknown members and values that do not fit go to {@code putAdditionalProperties}; the
 * model is built once at the end. This skips the intermediate object, its reflective setters and the copy into the
 * builder that Immutables' own Jackson binding makes, while keeping every behaviour of that binding (same property
 * names, same value readers, same leniency, same {@link ReadScope}).
 *
 * <p>The binding plan is made on the first read, from the resolved deserializer of the {@code Json} intermediate.
 * The builder's factory, setters and {@code build()} are called through small classes made with
 * {@link LambdaMetafactory} (a plain interface call, where a method handle held in a field is an indirect call with
 * argument casts); where that cannot be made, through the method handle itself. Each plan also learns the order in
 * which the server sends the members, so that finding a member's slot is mostly one identity comparison.
 *
 * When a model does not have the expected shape (no static {@code builder()}, a property without a matching
 * builder setter, a body that is not a JSON object), the read falls back to that deserializer, so behaviour never
 * depends on this optimisation.
 */
final class ModelReader extends DelegatingDeserializer {
  private static final long serialVersionUID = 1L;
  private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

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

  /**
   * How many of the model's builder methods are called through a wrapped method handle instead of a generated class
   * (0 normally), or -1 when the model is not bound directly.
   */
  int fallbackCalls(DeserializationContext ctxt) throws IOException {
    Plan current = plan(ctxt);
    return current == null ? -1 : current.fallbackCalls;
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
    private final Supplier<Object> newBuilder;
    private final Function<Object, Object> build;
    private final GeneratedCalls.AdditionalSetter putAdditional;
    private final Map<String, Slot> slots;
    /**
     * The slot met at each member position of the bodies read so far: the next body most likely sends its members
     * in the same order. Written without synchronisation (a stale or lost entry only costs a map lookup).
     */
    private final Slot[] learned;
    /** How many of the builder's methods are called through a method handle (0 when all were generated). */
    final int fallbackCalls;

    private Plan(Class<?> type, Supplier<Object> newBuilder, Function<Object, Object> build,
        GeneratedCalls.AdditionalSetter putAdditional, Map<String, Slot> slots, int fallbackCalls) {
      this.fallbackCalls = fallbackCalls;
      this.type = type;
      this.newBuilder = newBuilder;
      this.build = build;
      this.putAdditional = putAdditional;
      this.slots = slots;
      this.learned = new Slot[slots.size() + 8];
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
        GeneratedCalls calls = new GeneratedCalls(LOOKUP);
        Supplier<Object> newBuilder = calls.factory(LOOKUP.unreflect(builderFactory), builderType);
        Method buildMethod = builderType.getMethod("build");
        Function<Object, Object> build = calls.build(LOOKUP.unreflect(buildMethod), builderType,
            buildMethod.getReturnType());
        GeneratedCalls.AdditionalSetter put;
        try {
          put = calls.additional(LOOKUP.unreflect(
              builderType.getMethod("putAdditionalProperties", String.class, JsonNode.class)), builderType);
        } catch (NoSuchMethodException noAdditionalProperties) {
          put = null; // the model keeps no unknown members: they are skipped, as Jackson skips them
        }
        Map<String, Slot> slots = new HashMap<>();
        for (Iterator<SettableBeanProperty> it = ((BeanDeserializerBase) json).properties(); it.hasNext(); ) {
          SettableBeanProperty property = it.next();
          BiConsumer<Object, Object> setter = setter(calls, builderType, property.getMember());
          if (setter == null) {
            return null;
          }
          slots.put(property.getName(), Slot.of(calls, property, setter, builderType, slots.size()));
        }
        return new Plan(immutableType, newBuilder, build, put, slots, calls.fallbacks);
      } catch (NoSuchMethodException | IllegalAccessException | SecurityException e) {
        return null;
      }
    }

    /** The builder method taking what the {@code Json} intermediate's setter {@code member} takes. */
    private static BiConsumer<Object, Object> setter(GeneratedCalls calls, Class<?> builderType, AnnotatedMember member)
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
      return match == null ? null : calls.setter(LOOKUP.unreflect(match), builderType, match.getParameterTypes()[0]);
    }

    Object read(JsonParser p, DeserializationContext ctxt, JsonToken start) throws IOException {
      Object builder;
      try {
        builder = newBuilder.get();
      } catch (RuntimeException e) {
        throw rethrow(ctxt, e);
      }
      Slot[] order = learned;
      int position = 0;
      String name = start == JsonToken.START_OBJECT ? p.nextFieldName() : p.currentName();
      for (; name != null; name = p.nextFieldName(), position++) {
        p.nextToken();
        Slot slot = position < order.length ? order[position] : null;
        if (slot == null || (slot.name != name && !slot.name.equals(name))) {
          slot = slots.get(name);
          if (slot != null && position < order.length) {
            order[position] = slot;
          }
        }
        try {
          if (slot == null) {
            if (putAdditional == null) {
              p.skipChildren();
            } else {
              putAdditional.put(builder, name, ctxt.readTree(p));
            }
            continue;
          }
          JsonNode kept = slot.readInto(builder, p, ctxt);
          if (kept != null && putAdditional != null) {
            putAdditional.put(builder, name, kept);
          }
        } catch (IOException | Error e) {
          throw e;
        } catch (Throwable e) {
          throw rethrow(ctxt, e);
        }
      }
      try {
        return build.apply(builder);
      } catch (RuntimeException e) {
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
    final String name;
    /** This member's call site for its setter ({@link SetterSites}): its position among the model's members. */
    private final int site;
    private final SettableBeanProperty property;
    private final LenientModule.LenientProperty lenient;
    private final BiConsumer<Object, Object> setter;
    private final JsonDeserializer<Object> content;
    /** The content is Jackson's own String reader: a JSON string is taken as is, without the virtual call. */
    private final boolean plainString;
    private final BiConsumer<Object, Object> plainSetter;

    private Slot(SettableBeanProperty property, BiConsumer<Object, Object> setter, JsonDeserializer<Object> content,
        BiConsumer<Object, Object> plainSetter, int site) {
      this.site = site;
      this.name = property.getName().intern(); // the parser interns member names: mostly an identity match
      this.property = property;
      this.lenient = property instanceof LenientModule.LenientProperty
          ? (LenientModule.LenientProperty) property : null;
      this.setter = setter;
      this.content = content;
      this.plainString = content != null && content.getClass() == StringDeserializer.class;
      this.plainSetter = plainSetter;
    }

    static Slot of(GeneratedCalls calls, SettableBeanProperty property, BiConsumer<Object, Object> setter,
        Class<?> builderType, int site)
        throws IllegalAccessException {
      Object value = property.getValueDeserializer();
      if (property instanceof LenientModule.LenientProperty && ((LenientModule.LenientProperty) property).scalar()
          && value instanceof OptionalModule.OptionalDeserializer && property.getType().isReferenceType()) {
        JsonDeserializer<Object> content = ((OptionalModule.OptionalDeserializer) value).contentDeserializer();
        Class<?> contained = property.getType().getReferencedType().getRawClass();
        BiConsumer<Object, Object> plain = content == null ? null : plainSetter(calls, builderType,
            property.getMember().getName(),
            contained);
        if (plain != null) {
          return new Slot(property, setter, content, plain, site);
        }
      }
      return new Slot(property, setter, null, null, site);
    }

    private static BiConsumer<Object, Object> plainSetter(GeneratedCalls calls, Class<?> builderType, String jsonSetter,
        Class<?> contained)
        throws IllegalAccessException {
      String name = jsonSetter.length() > 3 && jsonSetter.startsWith("set")
          && Character.isUpperCase(jsonSetter.charAt(3))
          ? Character.toLowerCase(jsonSetter.charAt(3)) + jsonSetter.substring(4) : jsonSetter;
      for (Method candidate : builderType.getMethods()) {
        if (candidate.getName().equals(name) && candidate.getParameterCount() == 1
            && !Modifier.isStatic(candidate.getModifiers())
            && MethodType.methodType(candidate.getParameterTypes()[0]).wrap().returnType() == contained) {
          return calls.setter(LOOKUP.unreflect(candidate), builderType, candidate.getParameterTypes()[0]);
        }
      }
      return null;
    }

    /** Reads the value at the current token into {@code builder}; returns the value as sent when it does not fit. */
    JsonNode readInto(Object builder, JsonParser p, DeserializationContext ctxt) throws Throwable {
      JsonToken token = p.currentToken();
      if (plainString && token == JsonToken.VALUE_STRING) {
        SetterSites.accept(site, plainSetter, builder, p.getText());
        return null;
      }
      if (plainSetter != null && token.isScalarValue() && token != JsonToken.VALUE_NULL) {
        Object value;
        try {
          value = content.deserialize(p, ctxt);
        } catch (JsonProcessingException | IllegalArgumentException | DateTimeException e) {
          return ctxt.readTree(p);
        }
        if (value != null) {
          SetterSites.accept(site, plainSetter, builder, value);
        }
        return null;
      }
      Object value = lenient != null ? lenient.read(p, ctxt) : property.deserialize(p, ctxt);
      if (value instanceof LenientModule.Kept) {
        return ((LenientModule.Kept) value).node;
      }
      if (value != null) {
        SetterSites.accept(site, setter, builder, value);
      }
      return null;
    }
  }
}
