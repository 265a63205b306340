package dev.switchboard.models.callr.v2;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.models.EnumLookup;
import dev.switchboard.models.OpenEnum;
import java.util.List;

/**
 * CALLR v2: Media type of an uploaded audio file [C: audiofilesupload lists {@code audio/flac}, {@code audio/mpeg}, {@code audio/mp4}, {@code audio/ogg}, {@code audio/wav}]. An unlisted type keeps its raw string and is sent as is.
 *
 * <p>An open enumeration: a value not listed reads as {@link Value#UNKNOWN}, keeps its raw string and is written
 * back unchanged (v2 is a preview; new values may appear).
 */
public final class AudioMimeType extends OpenEnum<AudioMimeType.Value> {
  /** The documented values, plus {@code UNKNOWN}. */
  public enum Value {
    /** {@code "audio/flac"}: FLAC. */
    FLAC,
    /** {@code "audio/mpeg"}: MP3. */
    MPEG,
    /** {@code "audio/mp4"}: MP4 / AAC. */
    MP4,
    /** {@code "audio/ogg"}: Ogg. */
    OGG,
    /** {@code "audio/wav"}: WAV. */
    WAV,
    /** A value this version of the SDK does not know; see {@link AudioMimeType#raw()}. */
    UNKNOWN
  }

  /** {@code "audio/flac"}: FLAC. */
  public static final AudioMimeType FLAC = new AudioMimeType("audio/flac", Value.FLAC);
  /** {@code "audio/mpeg"}: MP3. */
  public static final AudioMimeType MPEG = new AudioMimeType("audio/mpeg", Value.MPEG);
  /** {@code "audio/mp4"}: MP4 / AAC. */
  public static final AudioMimeType MP4 = new AudioMimeType("audio/mp4", Value.MP4);
  /** {@code "audio/ogg"}: Ogg. */
  public static final AudioMimeType OGG = new AudioMimeType("audio/ogg", Value.OGG);
  /** {@code "audio/wav"}: WAV. */
  public static final AudioMimeType WAV = new AudioMimeType("audio/wav", Value.WAV);

  private static final EnumLookup<AudioMimeType> LOOKUP =
      EnumLookup.of(FLAC, MPEG, MP4, OGG, WAV);

  private AudioMimeType(String raw, Value value) {
    super(raw, value);
  }

  /** The value for a raw string: a documented constant, or an unknown value that keeps the string. */
  @JsonCreator
  public static AudioMimeType of(String raw) {
    return LOOKUP.resolve(raw, r -> new AudioMimeType(r, Value.UNKNOWN));
  }

  /** The documented values. */
  public static List<AudioMimeType> knownValues() {
    return LOOKUP.known();
  }
}
