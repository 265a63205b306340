package dev.switchboard.models.callr;

import dev.switchboard.models.Checks;
import dev.switchboard.models.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Parameters of {@code media/tts.set_content}: {@code id, text, voice, options}.
 *
 * <p>A request-side value type (not a documented CALLR object): the typed client sends the fields as positional
 * JSON-RPC params in the order declared here, absent optional ones as JSON {@code null}. {@code build()} checks the
 * required fields and names the field when rejecting a value.
 */
@Value.Immutable
@ModelStyle
public abstract class MediaTtsContentParams {
  MediaTtsContentParams() {}

  /** {@code id}: Media id. Required. */
  public abstract Optional<Long> id();

  /** {@code text}: Text to synthesise. Required. */
  public abstract Optional<String> text();

  /** {@code voice}: Voice id, e.g. {@code TTS_EN-GB_SERENA}. Required. */
  public abstract Optional<String> voice();

  /** {@code options}: {@code Media.TTS.Options}, or absent. */
  public abstract Optional<MediaTtsOptions> options();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link MediaTtsContentParams}; {@link #build()} checks the required fields. */
  public static final class Builder extends ImmutableMediaTtsContentParams.Builder {
    Builder() {}

    @Override
    public ImmutableMediaTtsContentParams build() {
      ImmutableMediaTtsContentParams built = super.build();
      Checks.required("id", built.id());
      Checks.required("text", built.text());
      Checks.required("voice", built.voice());
      return built;
    }
  }
}
