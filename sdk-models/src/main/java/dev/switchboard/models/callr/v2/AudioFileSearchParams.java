package dev.switchboard.models.callr.v2;

import dev.switchboard.models.ModelStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Query of {@code GET /audio-files} (search audio files) [C path]. {@code name}, {@code status} and the
 * paging parameters are inferred [I].
 */
@Value.Immutable
@ModelStyle
public abstract class AudioFileSearchParams implements SearchQuery<AudioFileSearchParams> {
  AudioFileSearchParams() {}

  /** {@code name} [I]. */
  public abstract Optional<String> name();

  /** {@code status} [I]. */
  public abstract Optional<AudioFileStatus> status();

  /** {@code sort} [I]. */
  public abstract Optional<String> sort();

  /**
   * Further query parameters sent as given (for filters the facts do not name yet; see the class Javadoc).
   */
  public abstract Map<String, String> extraParameters();

  /** The query parameters to send, in declaration order, absent values omitted, extras last. */
  @Override
  public Map<String, List<String>> toQueryParameters() {
    return new QueryParameters()
        .put("name", name())
        .put("status", status())
        .paging(sort(), order(), offset(), limit())
        .extras(extraParameters())
        .build();
  }

  @Override
  public AudioFileSearchParams withOffset(int offset) {
    return toBuilder().offset(offset).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link AudioFileSearchParams}; {@link #build()} checks the documented constraints, naming the field. */
  public static final class Builder extends ImmutableAudioFileSearchParams.Builder {
    Builder() {}

    @Override
    public ImmutableAudioFileSearchParams build() {
      ImmutableAudioFileSearchParams built = super.build();
      QueryParameters.checkPaging(built);
      return built;
    }
  }
}
