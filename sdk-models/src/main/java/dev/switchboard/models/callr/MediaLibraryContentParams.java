package dev.switchboard.models.callr;

import dev.switchboard.models.Checks;
import dev.switchboard.models.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Parameters of {@code media/library.set_content}: {@code id, text, base64_audio}.
 *
 * <p>A request-side value type (not a documented CALLR object): the typed client sends the fields as positional
 * JSON-RPC params in the order declared here, absent optional ones as JSON {@code null}. {@code build()} checks the
 * required fields and names the field when rejecting a value.
 */
@Value.Immutable
@ModelStyle
public abstract class MediaLibraryContentParams {
  MediaLibraryContentParams() {}

  /** {@code id}: Media id. Required. */
  public abstract Optional<Long> id();

  /** {@code text}: Text of the media (description/transcript). Required. */
  public abstract Optional<String> text();

  /** {@code base64_audio}: The audio file, base64-encoded. Required. */
  public abstract Optional<String> base64Audio();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link MediaLibraryContentParams}; {@link #build()} checks the required fields. */
  public static final class Builder extends ImmutableMediaLibraryContentParams.Builder {
    Builder() {}

    @Override
    public ImmutableMediaLibraryContentParams build() {
      ImmutableMediaLibraryContentParams built = super.build();
      Checks.required("id", built.id());
      Checks.required("text", built.text());
      Checks.required("base64_audio", built.base64Audio());
      return built;
    }
  }
}
