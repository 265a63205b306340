package dev.switchboard.models.callr;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Objects;

/**
 * A CALLR call id ({@code Format: callid}): an unsigned 64-bit integer, so every value from 0 to
 * 18446744073709551615 is held exactly (beyond {@code Long.MAX_VALUE}). Read from a JSON number or a numeric
 * string; written as a JSON number. Used by CDR.In, CDR.Out, Media.Recording, RT.Request and
 * CLICKTOCALL.Call.Status.
 */
@JsonSerialize(using = CallId.Writer.class)
@JsonDeserialize(using = CallId.Reader.class)
public final class CallId implements Comparable<CallId> {
  private static final BigInteger MAX = new BigInteger("18446744073709551615");
  private final long bits;

  private CallId(long bits) {
    this.bits = bits;
  }

  /** A call id from its decimal text; throws {@link IllegalArgumentException} outside 0..2^64-1. */
  public static CallId of(String decimal) {
    Objects.requireNonNull(decimal, "callid");
    try {
      return of(new BigInteger(decimal.trim()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("callid: not an unsigned 64-bit integer: " + decimal, e);
    }
  }

  /** A call id from a value in 0..2^64-1. */
  public static CallId of(BigInteger value) {
    Objects.requireNonNull(value, "callid");
    if (value.signum() < 0 || value.compareTo(MAX) > 0) {
      throw new IllegalArgumentException("callid: not an unsigned 64-bit integer: " + value);
    }
    return new CallId(value.longValue());
  }

  /** A call id from a non-negative {@code long}. */
  public static CallId of(long value) {
    if (value < 0) {
      throw new IllegalArgumentException("callid: negative: " + value + " (use of(String) for values above 2^63-1)");
    }
    return new CallId(value);
  }

  /** A call id from the 64 bits of an unsigned value (as {@link Long#parseUnsignedLong} returns). */
  public static CallId fromBits(long unsignedBits) {
    return new CallId(unsignedBits);
  }

  /** The 64 bits, to be read as unsigned (see {@link Long#toUnsignedString(long)}). */
  public long bits() {
    return bits;
  }

  /** The exact value. */
  public BigInteger toBigInteger() {
    return new BigInteger(Long.toUnsignedString(bits));
  }

  @Override
  public int compareTo(CallId other) {
    return Long.compareUnsigned(bits, other.bits);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CallId && ((CallId) o).bits == bits;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(bits);
  }

  /** The decimal value, e.g. {@code 18446744073709551615}. */
  @Override
  public String toString() {
    return Long.toUnsignedString(bits);
  }

  /** Writes the id as a JSON number. */
  public static final class Writer extends StdScalarSerializer<CallId> {
    private static final long serialVersionUID = 1L;

    /** Creates the writer. */
    public Writer() {
      super(CallId.class);
    }

    @Override
    public void serialize(CallId value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      if (value.bits >= 0) {
        gen.writeNumber(value.bits);
      } else {
        gen.writeNumber(value.toBigInteger());
      }
    }
  }

  /** Reads the id from a JSON number or numeric string. */
  public static final class Reader extends StdScalarDeserializer<CallId> {
    private static final long serialVersionUID = 1L;

    /** Creates the reader. */
    public Reader() {
      super(CallId.class);
    }

    @Override
    public CallId deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NUMBER_INT) {
        if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
          return of(p.getBigIntegerValue());
        }
        return of(p.getLongValue());
      }
      if (token == JsonToken.VALUE_STRING) {
        return of(p.getText());
      }
      return (CallId) ctxt.handleUnexpectedToken(CallId.class, p);
    }
  }
}
