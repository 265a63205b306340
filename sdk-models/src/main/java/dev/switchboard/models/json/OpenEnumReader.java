package dev.switchboard.models.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import dev.switchboard.models.OpenEnum;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.function.Function;

/**
 * Reads an {@link OpenEnum} from a JSON string by calling its {@code of(String)} directly, which is what Jackson's
 * bean deserializer does for it through its reflective string creator. Any other token, and a string for which
 * {@code of} throws, goes to that deserializer, so every read behaves exactly as before, only faster.
 */
final class OpenEnumReader extends DelegatingDeserializer {
  private static final long serialVersionUID = 1L;
  private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

  private final transient Function<String, Object> of;

  private OpenEnumReader(JsonDeserializer<?> delegate, Function<String, Object> of) {
    super(delegate);
    this.of = of;
  }

  /** {@code deserializer} with the fast path for {@code type}, or {@code deserializer} when it has no factory. */
  static JsonDeserializer<?> wrap(Class<?> type, JsonDeserializer<?> deserializer) {
    Function<String, Object> of = factory(type);
    return of == null ? deserializer : new OpenEnumReader(deserializer, of);
  }

  /** The {@code public static T of(String)} of {@code type}, or {@code null}. */
  static Function<String, Object> factory(Class<?> type) {
    if (!OpenEnum.class.isAssignableFrom(type)) {
      return null;
    }
    try {
      Method method = type.getMethod("of", String.class);
      if (!Modifier.isStatic(method.getModifiers()) || method.getReturnType() != type) {
        return null;
      }
      GeneratedCalls calls = new GeneratedCalls(LOOKUP);
      Function<String, Object> of = calls.stringFactory(LOOKUP.unreflect(method), type);
      return calls.fallbacks == 0 ? of : null;
    } catch (NoSuchMethodException | IllegalAccessException | SecurityException e) {
      return null;
    }
  }

  @Override
  protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
    return new OpenEnumReader(newDelegatee, of);
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (of != null && p.currentToken() == JsonToken.VALUE_STRING) {
      try {
        return of.apply(p.getText());
      } catch (RuntimeException e) {
        // the bean deserializer reports it, as it always did
      }
    }
    return _delegatee.deserialize(p, ctxt);
  }
}
