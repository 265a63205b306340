package dev.switchboard.models.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * Jackson codecs for the documented timestamp layouts. Every reader accepts every layout {@link Timestamps#parse}
 * knows (so a server that changes layout is still read); each writer produces its API's own layout. Model properties
 * name them with {@code @JsonSerialize(contentUsing = ...)} and {@code @JsonDeserialize(contentUsing = ...)}.
 */
public final class TimestampCodecs {
  private TimestampCodecs() {}

  /**
   * Reads any layout into an {@link Instant}; epoch seconds are accepted too. A value that is no timestamp (an epoch
   * outside {@code Instant}'s range, a fraction, {@code 1e300}, a text in no layout) fails as a Jackson
   * {@code JsonMappingException}, never a {@code DateTimeException}, so {@link LenientModule} keeps it as sent.
   */
  public static class InstantReader extends StdScalarDeserializer<Instant> {
    private static final long serialVersionUID = 1L;

    /** Creates the reader. */
    public InstantReader() {
      super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
        long seconds = p.getLongValue();   // a value beyond long fails here as a JsonProcessingException
        return Timestamps.epochSecond(seconds).orElseThrow(() -> outOfRange(ctxt, seconds, Instant.class));
      }
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
      }
      Instant fast = readChars(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
      if (fast != null) {
        return fast;
      }
      String text = p.getText();
      try {
        return read(text);
      } catch (java.time.DateTimeException e) {
        throw ctxt.weirdStringException(text, Instant.class, "not a timestamp: " + e.getMessage());
      }
    }

    /**
     * The fast path: the parser's text read in place, in a common layout; {@code null} sends the value to
     * {@link #read(String)}. Subclasses with sentinels leave those to {@code read}.
     */
    protected Instant readChars(char[] chars, int off, int len) {
      return Timestamps.parseInstantChars(chars, off, len);
    }

    /** Turns the text into an instant; subclasses may map sentinels to {@code null} (absent). */
    protected Instant read(String text) {
      return Timestamps.parseInstant(text);
    }
  }

  /** Reads VoIPBin timestamps; the {@code 9999-01-01} "not yet" sentinel (either layout) reads as absent. */
  public static final class VoipbinReader extends InstantReader {
    private static final long serialVersionUID = 1L;

    @Override
    protected Instant readChars(char[] chars, int off, int len) {
      // blanks and the 9999-01-01 sentinel are read(String)'s to decide
      return len == 0 || chars[off] <= ' ' || chars[off] == '9' ? null : super.readChars(chars, off, len);
    }

    @Override
    protected Instant read(String text) {
      if (text.isBlank() || text.startsWith("9999-01-01")) {
        return null;
      }
      return super.read(text);
    }
  }

  /** Reads any layout into an {@link OffsetDateTime}, keeping the offset sent (UTC when none). */
  public static final class OffsetReader extends StdScalarDeserializer<OffsetDateTime> {
    private static final long serialVersionUID = 1L;

    /** Creates the reader. */
    public OffsetReader() {
      super(OffsetDateTime.class);
    }

    @Override
    public OffsetDateTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
        long seconds = p.getLongValue();
        return Timestamps.epochSecondUtc(seconds).orElseThrow(() -> outOfRange(ctxt, seconds, OffsetDateTime.class));
      }
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return (OffsetDateTime) ctxt.handleUnexpectedToken(OffsetDateTime.class, p);
      }
      OffsetDateTime fast = Timestamps.parseChars(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
      if (fast != null) {
        return fast;
      }
      String text = p.getText();
      try {
        return Timestamps.parse(text);
      } catch (java.time.DateTimeException e) {
        throw ctxt.weirdStringException(text, OffsetDateTime.class, "not a timestamp: " + e.getMessage());
      }
    }
  }

  private static com.fasterxml.jackson.databind.JsonMappingException outOfRange(
      DeserializationContext ctxt, long seconds, Class<?> type) {
    return com.fasterxml.jackson.databind.exc.InvalidFormatException.from(ctxt.getParser(),
        "epoch seconds " + seconds + " lie outside the range of " + type.getSimpleName(), seconds, type);
  }

  /** Writes an instant with one fixed layout; the base of the CALLR writers. */
  public abstract static class LayoutWriter extends StdScalarSerializer<Instant> {
    private static final long serialVersionUID = 1L;
    private final transient java.time.format.DateTimeFormatter layout;

    /** Creates a writer for a layout (which must carry a zone, e.g. {@code withZone(ZoneOffset.UTC)}). */
    protected LayoutWriter(java.time.format.DateTimeFormatter layout) {
      super(Instant.class);
      this.layout = layout;
    }

    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(layout.format(value));
    }
  }

  /** Writes CALLR {@code datetime}: {@code 2024-04-24 00:42:42} (UTC). */
  public static final class CallrDateTimeWriter extends LayoutWriter {
    private static final long serialVersionUID = 1L;

    /** Creates the writer. */
    public CallrDateTimeWriter() {
      super(Timestamps.CALLR_DATETIME);
    }
  }

  /** Writes CALLR {@code datetime_ms}: {@code 2024-04-24 00:42:42.123} (UTC). */
  public static final class CallrDateTimeMsWriter extends LayoutWriter {
    private static final long serialVersionUID = 1L;

    /** Creates the writer. */
    public CallrDateTimeMsWriter() {
      super(Timestamps.CALLR_DATETIME_MS);
    }
  }

  /** Writes CALLR {@code datetime_ms_iso}: {@code 2024-04-24T00:42:42.123Z}. */
  public static final class CallrDateTimeMsIsoWriter extends LayoutWriter {
    private static final long serialVersionUID = 1L;

    /** Creates the writer. */
    public CallrDateTimeMsIsoWriter() {
      super(Timestamps.CALLR_DATETIME_MS_ISO);
    }
  }

  /** Writes VoIPBin's RFC 3339 with nanoseconds, trailing zeros trimmed: {@code 2026-01-15T09:30:00.1234Z}. */
  public static final class VoipbinWriter extends StdScalarSerializer<Instant> {
    private static final long serialVersionUID = 1L;

    /** Creates the writer. */
    public VoipbinWriter() {
      super(Instant.class);
    }

    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(Timestamps.formatRfc3339Nano(value));
    }
  }
}
