package dev.switchboard.models.callr.v2;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.models.EnumLookup;
import dev.switchboard.models.OpenEnum;
import java.util.List;

/**
 * CALLR v2: Encoding of an SMS ({@code encoding}) [C: SMS object]; as the {@code POST /sms} query parameter the values are inferred to be the same [I].
 *
 * <p>An open enumeration: a value not listed reads as {@link Value#UNKNOWN}, keeps its raw string and is written
 * back unchanged (v2 is a preview; new values may appear).
 */
public final class TextEncoding extends OpenEnum<TextEncoding.Value> {
  /** The documented values, plus {@code UNKNOWN}. */
  public enum Value {
    /** {@code "gsm"}: GSM 03.38, 153 characters per part. */
    GSM,
    /** {@code "unicode"}: UNICODE, 67 characters per part. */
    UNICODE,
    /** A value this version of the SDK does not know; see {@link TextEncoding#raw()}. */
    UNKNOWN
  }

  /** {@code "gsm"}: GSM 03.38, 153 characters per part. */
  public static final TextEncoding GSM = new TextEncoding("gsm", Value.GSM);
  /** {@code "unicode"}: UNICODE, 67 characters per part. */
  public static final TextEncoding UNICODE = new TextEncoding("unicode", Value.UNICODE);

  private static final EnumLookup<TextEncoding> LOOKUP =
      EnumLookup.of(GSM, UNICODE);

  private TextEncoding(String raw, Value value) {
    super(raw, value);
  }

  /** The value for a raw string: a documented constant, or an unknown value that keeps the string. */
  @JsonCreator
  public static TextEncoding of(String raw) {
    return LOOKUP.resolve(raw, r -> new TextEncoding(r, Value.UNKNOWN));
  }

  /** The documented values. */
  public static List<TextEncoding> knownValues() {
    return LOOKUP.known();
  }
}
