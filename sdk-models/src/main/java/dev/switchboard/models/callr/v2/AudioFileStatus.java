package dev.switchboard.models.callr.v2;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.models.EnumLookup;
import dev.switchboard.models.OpenEnum;
import java.util.List;

/**
 * CALLR v2: Status of an audio file ({@code status}) [C: audiofilesupload]: JSON create starts at {@code pending-content}; a multipart upload goes {@code pending-conversion} → {@code processing} → {@code ready} or {@code error}.
 *
 * <p>An open enumeration: a value not listed reads as {@link Value#UNKNOWN}, keeps its raw string and is written
 * back unchanged (v2 is a preview; new values may appear).
 */
public final class AudioFileStatus extends OpenEnum<AudioFileStatus.Value> {
  /** The documented values, plus {@code UNKNOWN}. */
  public enum Value {
    /** {@code "pending-content"}: created without content; upload it with /audio-files/{sid}/file. */
    PENDING_CONTENT,
    /** {@code "pending-conversion"}: uploaded, waiting for conversion. */
    PENDING_CONVERSION,
    /** {@code "processing"}: being converted. */
    PROCESSING,
    /** {@code "ready"}: usable. */
    READY,
    /** {@code "error"}: conversion failed. */
    ERROR,
    /** A value this version of the SDK does not know; see {@link AudioFileStatus#raw()}. */
    UNKNOWN
  }

  /** {@code "pending-content"}: created without content; upload it with /audio-files/{sid}/file. */
  public static final AudioFileStatus PENDING_CONTENT = new AudioFileStatus("pending-content", Value.PENDING_CONTENT);
  /** {@code "pending-conversion"}: uploaded, waiting for conversion. */
  public static final AudioFileStatus PENDING_CONVERSION = new AudioFileStatus("pending-conversion", Value.PENDING_CONVERSION);
  /** {@code "processing"}: being converted. */
  public static final AudioFileStatus PROCESSING = new AudioFileStatus("processing", Value.PROCESSING);
  /** {@code "ready"}: usable. */
  public static final AudioFileStatus READY = new AudioFileStatus("ready", Value.READY);
  /** {@code "error"}: conversion failed. */
  public static final AudioFileStatus ERROR = new AudioFileStatus("error", Value.ERROR);

  private static final EnumLookup<AudioFileStatus> LOOKUP =
      EnumLookup.of(PENDING_CONTENT, PENDING_CONVERSION, PROCESSING, READY, ERROR);

  private AudioFileStatus(String raw, Value value) {
    super(raw, value);
  }

  /** The value for a raw string: a documented constant, or an unknown value that keeps the string. */
  @JsonCreator
  public static AudioFileStatus of(String raw) {
    return LOOKUP.resolve(raw, r -> new AudioFileStatus(r, Value.UNKNOWN));
  }

  /** The documented values. */
  public static List<AudioFileStatus> knownValues() {
    return LOOKUP.known();
  }
}
