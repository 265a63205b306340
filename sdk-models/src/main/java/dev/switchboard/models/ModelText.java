package dev.switchboard.models;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The {@code toString()} of every Switchboard model ({@link ModelStyle} delegates to {@link #toString(Object)}):
 * {@code Sms{hash=SMSHASH1, status=SENT, text=****}}, in the attribute order of the model, absent optional values
 * left out, as Immutables prints it, but with every secret masked as {@value SecretKeys#MASK} wherever it sits:
 *
 * <ul>
 *   <li>an attribute marked {@link Secret}, or whose JSON name is on the {@link SecretKeys} deny-list, whatever its
 *       type (a string, a list, a raw JSON tree);
 *   <li>inside raw JSON trees ({@code App.p}, {@code Job.result}, webhook data): every field with a secret name, at
 *       any depth ({@link SecretKeys#masked});
 *   <li>inside maps, {@code additionalProperties()} included: every entry with a secret name, whatever the shape of
 *       its value (an {@code hmac_secret} sent as a number or an object is masked too), and raw trees in the others;
 *   <li>nested models print through their own {@code toString()}, so the same rules apply at every level.
 * </ul>
 *
 * <p>Never throws: a model that cannot be inspected prints as {@code Name{…}}. Public only because generated code in
 * every model package calls it; not meant to be called directly.
 */
public final class ModelText {
  private static final String PREFIX = "Immutable";
  private static final ClassValue<List<Attribute>> ATTRIBUTES = new ClassValue<>() {
    @Override
    protected List<Attribute> computeValue(Class<?> type) {
      return attributes(type);
    }
  };

  private ModelText() {}

  /** The masked text of {@code model} (an Immutables-generated model instance). */
  public static String toString(Object model) {
    if (model == null) {
      return "null";
    }
    String name = typeName(model.getClass());
    try {
      StringBuilder out = new StringBuilder(name).append('{');
      boolean first = true;
      for (Attribute a : ATTRIBUTES.get(model.getClass())) {
        Object value = unwrap(a.accessor.invoke(model));
        if (value == null) {
          continue;
        }
        if (!first) {
          out.append(", ");
        }
        first = false;
        out.append(a.name).append('=').append(a.secret ? SecretKeys.MASK : format(value));
      }
      return out.append('}').toString();
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      return name + "{…}";
    }
  }

  /** A value as printed: raw trees and maps masked by key, collections element by element. */
  static String format(Object value) {
    if (value instanceof JsonNode) {
      return SecretKeys.masked((JsonNode) value).toString();
    }
    if (value instanceof Map) {
      StringBuilder out = new StringBuilder("{");
      boolean first = true;
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        if (!first) {
          out.append(", ");
        }
        first = false;
        String key = String.valueOf(e.getKey());
        out.append(key).append('=');
        Object v = unwrap(e.getValue());
        out.append(SecretKeys.isSecret(key) ? SecretKeys.MASK : v == null ? "null" : format(v));
      }
      return out.append('}').toString();
    }
    if (value instanceof Collection) {
      StringBuilder out = new StringBuilder("[");
      boolean first = true;
      for (Object element : (Collection<?>) value) {
        if (!first) {
          out.append(", ");
        }
        first = false;
        Object v = unwrap(element);
        out.append(v == null ? "null" : format(v));
      }
      return out.append(']').toString();
    }
    return String.valueOf(value);
  }

  private static Object unwrap(Object value) {
    if (value instanceof Optional) {
      return ((Optional<?>) value).orElse(null);
    }
    if (value instanceof OptionalInt) {
      OptionalInt o = (OptionalInt) value;
      return o.isPresent() ? o.getAsInt() : null;
    }
    if (value instanceof OptionalLong) {
      OptionalLong o = (OptionalLong) value;
      return o.isPresent() ? o.getAsLong() : null;
    }
    if (value instanceof OptionalDouble) {
      OptionalDouble o = (OptionalDouble) value;
      return o.isPresent() ? o.getAsDouble() : null;
    }
    return value;
  }

  private static String typeName(Class<?> type) {
    String simple = type.getSimpleName();
    return simple.startsWith(PREFIX) && simple.length() > PREFIX.length() ? simple.substring(PREFIX.length()) : simple;
  }

  /** One printed attribute: its accessor name, the accessor, and whether its value is a secret. */
  private static final class Attribute {
    final String name;
    final Method accessor;
    final boolean secret;

    Attribute(String name, Method accessor, boolean secret) {
      this.name = name;
      this.accessor = accessor;
      this.secret = secret;
    }
  }

  /**
   * The attributes of a generated model class: Immutables stores each attribute in a final instance field named
   * like its accessor, declared in attribute order; the value is read through the public accessor.
   */
  private static List<Attribute> attributes(Class<?> type) {
    List<Attribute> out = new ArrayList<>();
    for (Field f : type.getDeclaredFields()) {
      int mod = f.getModifiers();
      if (Modifier.isStatic(mod) || Modifier.isTransient(mod) || !Modifier.isFinal(mod)) {
        continue;
      }
      Method accessor;
      try {
        accessor = type.getMethod(f.getName());
      } catch (NoSuchMethodException notAnAttribute) {
        continue;
      }
      if (accessor.getDeclaringClass() == Object.class || accessor.getReturnType() == void.class) {
        continue;
      }
      JsonProperty json = find(type, f.getName(), JsonProperty.class);
      String jsonName = json != null && !json.value().isEmpty() ? json.value() : f.getName();
      boolean secret = find(type, f.getName(), Secret.class) != null || SecretKeys.isSecret(jsonName)
          || SecretKeys.isSecret(f.getName());
      out.add(new Attribute(f.getName(), accessor, secret));
    }
    return List.copyOf(out);
  }

  /** The annotation on the no-argument method {@code name} of {@code type} or of any of its supertypes. */
  private static <A extends Annotation> A find(Class<?> type, String name, Class<A> annotation) {
    if (type == null || type == Object.class) {
      return null;
    }
    try {
      Method m = type.getDeclaredMethod(name);
      A found = m.getAnnotation(annotation);
      if (found != null) {
        return found;
      }
    } catch (NoSuchMethodException absent) {
      // look further up
    }
    A found = find(type.getSuperclass(), name, annotation);
    if (found != null) {
      return found;
    }
    for (Class<?> i : type.getInterfaces()) {
      found = find(i, name, annotation);
      if (found != null) {
        return found;
      }
    }
    return null;
  }
}
