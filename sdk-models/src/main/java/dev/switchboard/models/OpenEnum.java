package dev.switchboard.models;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * Base of every server enumeration in the SDK: a value class, not a Java {@code enum}, so that a value the server adds
 * later never breaks a read.
 *
 * <p>A subclass has a {@code public static final} constant per documented value, a static {@code of(String)} factory,
 * and a nested Java {@code enum Value} (ending in {@code UNKNOWN}) for use in a {@code switch}. An unknown value reads
 * without error: {@link #value()} is {@code UNKNOWN}, {@link #isKnown()} is false, and {@link #raw()} keeps the exact
 * string, which is what is written back. Two instances are equal when their raw strings are equal.
 *
 * @param <E> the nested Java enum of known values
 */
public abstract class OpenEnum<E extends Enum<E>> {
  private final String raw;
  private final E value;

  /**
   * Creates a value.
   *
   * @param raw the exact string on the wire
   * @param value the known value it stands for, or the subclass's {@code UNKNOWN}
   */
  protected OpenEnum(String raw, E value) {
    this.raw = Objects.requireNonNull(raw, "raw");
    this.value = Objects.requireNonNull(value, "value");
  }

  /** The exact string on the wire; written back unchanged. */
  @JsonValue
  public final String raw() {
    return raw;
  }

  /** The known value, or {@code UNKNOWN} for a value this version of the SDK does not know. */
  public final E value() {
    return value;
  }

  /** Whether this is one of the documented values. */
  public final boolean isKnown() {
    return !"UNKNOWN".equals(value.name());
  }

  @Override
  public final boolean equals(Object other) {
    return this == other
        || (other != null && other.getClass() == getClass() && raw.equals(((OpenEnum<?>) other).raw));
  }

  @Override
  public final int hashCode() {
    return raw.hashCode();
  }

  @Override
  public final String toString() {
    return raw;
  }
}
