package dev.switchboard.models.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Turns the models' methods (a builder's factory, setters and {@code build()}, an open enum's {@code of(String)})
 * into implementations of plain interfaces made with {@link LambdaMetafactory}: calling one is an interface call,
 * where a method handle held in a field is an indirect call with argument casts. When the factory refuses one (it
 * should not for public methods of the SDK's own models), the method handle is wrapped instead and
 * {@link #fallbacks} counts it, so a test can tell.
 */
final class GeneratedCalls {
  private static final MethodType SETTER = MethodType.methodType(Object.class, Object.class, Object.class);
  private static final MethodType PUT = MethodType.methodType(Object.class, Object.class, String.class,
      JsonNode.class);

  /** A builder's {@code putAdditionalProperties(String, JsonNode)}. */
  interface AdditionalSetter {
    void put(Object builder, String name, JsonNode value);
  }

  private final MethodHandles.Lookup lookup;
  /** How many calls fell back to a wrapped method handle. */
  int fallbacks;

  GeneratedCalls(MethodHandles.Lookup lookup) {
    this.lookup = lookup;
  }

  /** A static {@code of(String)} factory of {@code type}. */
  @SuppressWarnings("unchecked")
  Function<String, Object> stringFactory(MethodHandle target, Class<?> type) {
    Object made = make(Function.class, "apply", MethodType.methodType(Object.class, Object.class), target,
        MethodType.methodType(type, String.class));
    if (made != null) {
      return (Function<String, Object>) made;
    }
    MethodHandle h = target.asType(MethodType.methodType(Object.class, String.class));
    return raw -> invoke(() -> h.invokeExact(raw));
  }

  /** A builder type's static factory ({@code Model.builder()}). */
  @SuppressWarnings("unchecked")
  Supplier<Object> factory(MethodHandle target, Class<?> builderType) {
    Object made = make(Supplier.class, "get", MethodType.methodType(Object.class), target,
        MethodType.methodType(builderType));
    if (made != null) {
      return (Supplier<Object>) made;
    }
    MethodHandle h = target.asType(MethodType.methodType(Object.class));
    return () -> invoke(() -> h.invokeExact());
  }

  /** A builder's {@code build()}. */
  @SuppressWarnings("unchecked")
  Function<Object, Object> build(MethodHandle target, Class<?> builderType, Class<?> built) {
    Object made = make(Function.class, "apply", MethodType.methodType(Object.class, Object.class), target,
        MethodType.methodType(built, builderType));
    if (made != null) {
      return (Function<Object, Object>) made;
    }
    MethodHandle h = target.asType(MethodType.methodType(Object.class, Object.class));
    return builder -> invoke(() -> h.invokeExact(builder));
  }

  /** A builder's one-argument setter (a primitive parameter takes its wrapper). */
  @SuppressWarnings("unchecked")
  BiConsumer<Object, Object> setter(MethodHandle target, Class<?> builderType, Class<?> parameter) {
    Object made = make(BiConsumer.class, "accept", MethodType.methodType(void.class, Object.class, Object.class),
        target, MethodType.methodType(void.class, builderType, MethodType.methodType(parameter).wrap()
            .returnType()));
    if (made != null) {
      return (BiConsumer<Object, Object>) made;
    }
    MethodHandle h = target.asType(SETTER);
    return (builder, value) -> invoke(() -> h.invokeExact(builder, value));
  }

  /** A builder's {@code putAdditionalProperties(String, JsonNode)}. */
  AdditionalSetter additional(MethodHandle target, Class<?> builderType) {
    Object made = make(AdditionalSetter.class, "put",
        MethodType.methodType(void.class, Object.class, String.class, JsonNode.class), target,
        MethodType.methodType(void.class, builderType, String.class, JsonNode.class));
    if (made != null) {
      return (AdditionalSetter) made;
    }
    MethodHandle h = target.asType(PUT);
    return (builder, name, value) -> invoke(() -> h.invokeExact(builder, name, value));
  }

  private Object make(Class<?> type, String method, MethodType erased, MethodHandle target,
      MethodType instantiated) {
    try {
      return LambdaMetafactory.metafactory(lookup, method, MethodType.methodType(type), erased, target,
          instantiated).getTarget().invoke();
    } catch (Throwable e) {
      if (e instanceof Error && !(e instanceof LinkageError)) {
        throw (Error) e;
      }
      fallbacks++;
      return null;
    }
  }

  /** A method handle's call; what it throws is rethrown unchecked (the read wraps it as Jackson does). */
  private static Object invoke(HandleCall call) {
    try {
      return call.run();
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  private interface HandleCall {
    Object run() throws Throwable;
  }
}
