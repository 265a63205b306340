package dev.switchboard.models.callr.v2;

import dev.switchboard.models.Checks;
import dev.switchboard.models.ModelStyle;
import dev.switchboard.models.Secret;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An audio file to upload as {@code multipart/form-data}: to {@code POST /audio-files} (create with content; the file
 * then goes {@code pending-conversion} → {@code processing} → {@code ready} or {@code error}) [C: audiofilesupload], or to
 * {@code /audio-files/{sid}/file} (set the content of a file created without one) [C path, verb in conflict].
 *
 * <p>The multipart field names are not documented [I]: the client sends the content as part {@code file} (with
 * {@link #fileName()} and {@link #mediaType()}) and the name as part {@code name}. Accepted media types [C]:
 * {@link AudioMimeType#knownValues()}.
 */
@Value.Immutable
@ModelStyle
public abstract class AudioFileUpload {
  AudioFileUpload() {}

  /** {@code name}: the audio file's name, sent as the multipart part {@code name} [I part name]. */
  public abstract Optional<String> name();

  /** The file name sent with the {@code file} part, e.g. {@code welcome.mp3}; required. */
  public abstract Optional<String> fileName();

  /** The content type of the {@code file} part, e.g. {@link AudioMimeType#MPEG}; required. */
  public abstract Optional<AudioMimeType> mediaType();

  /** The audio bytes; required, not empty. Masked in {@code toString()}. */
  @Secret
  public abstract byte[] content();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds an {@link AudioFileUpload}; {@link #build()} checks the required parts, naming the field. */
  public static final class Builder extends ImmutableAudioFileUpload.Builder {
    Builder() {}

    @Override
    public ImmutableAudioFileUpload build() {
      ImmutableAudioFileUpload built = super.build();
      Checks.required("fileName", built.fileName());
      Checks.length("fileName", built.fileName(), 1, 255);
      if (built.fileName().get().chars().anyMatch(c -> c < 0x20 || c == '"' || c == 0x7f)) {
        throw new IllegalArgumentException("fileName: must not contain quotes or control characters");
      }
      Checks.required("mediaType", built.mediaType());
      Checks.length("name", built.name(), 1, 255);
      if (built.content().length == 0) {
        throw new IllegalArgumentException("content: must not be empty");
      }
      return built;
    }
  }
}
