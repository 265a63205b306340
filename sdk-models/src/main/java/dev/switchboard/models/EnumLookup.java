package dev.switchboard.models;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Finds the constant of an {@link OpenEnum} subclass for a raw string, or makes an unknown value that keeps it.
 * Used by the {@code of(String)} factory of every enumeration.
 *
 * @param <T> the enumeration class
 */
public final class EnumLookup<T extends OpenEnum<?>> {
  private final Map<String, T> byRaw;
  private final boolean ignoreCase;
  private final List<T> known;

  private EnumLookup(List<T> known, boolean ignoreCase) {
    this.ignoreCase = ignoreCase;
    this.known = List.copyOf(known);
    Map<String, T> map = new HashMap<>();
    for (T constant : known) {
      map.put(key(constant.raw()), constant);
    }
    this.byRaw = Map.copyOf(map);
  }

  /** A case-sensitive lookup over the documented constants. */
  @SafeVarargs
  public static <T extends OpenEnum<?>> EnumLookup<T> of(T... constants) {
    return new EnumLookup<>(List.of(constants), false);
  }

  /** A lookup that matches the documented constants regardless of case (the raw string is still kept as sent). */
  @SafeVarargs
  public static <T extends OpenEnum<?>> EnumLookup<T> ignoringCase(T... constants) {
    return new EnumLookup<>(List.of(constants), true);
  }

  private String key(String raw) {
    return ignoreCase ? raw.toLowerCase(Locale.ROOT) : raw;
  }

  /** The documented constants, in declaration order. */
  public List<T> known() {
    return known;
  }

  /**
   * Resolves a raw string.
   *
   * @param raw the string on the wire
   * @param unknown makes the value for a string that is not documented
   * @param sameValueOtherCase makes a value that keeps {@code raw} but stands for a known constant (case-insensitive
   *     lookups only); may be {@code null} for case-sensitive lookups
   */
  public T resolve(
      String raw, Function<String, T> unknown, BiFunction<String, T, T> sameValueOtherCase) {
    Objects.requireNonNull(raw, "raw");
    T constant = byRaw.get(key(raw));
    if (constant == null) {
      return unknown.apply(raw);
    }
    if (constant.raw().equals(raw) || sameValueOtherCase == null) {
      return constant;
    }
    return sameValueOtherCase.apply(raw, constant);
  }

  /** Resolves a raw string with a case-sensitive lookup. */
  public T resolve(String raw, Function<String, T> unknown) {
    return resolve(raw, unknown, null);
  }
}
