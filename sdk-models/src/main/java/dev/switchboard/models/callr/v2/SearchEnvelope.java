package dev.switchboard.models.callr.v2;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.models.ModelStyle;
import dev.switchboard.models.SwitchboardJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * CALLR v2 search envelope {@code {"offset": 0, "total": 20, "hasMore": false, "hits": [...]}} [C: static-docs
 * {@code GET /actions}, smssearch], returned by every search endpoint. {@link #hitsAs} reads the hits as a model.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableSearchEnvelope.class)
@JsonDeserialize(as = ImmutableSearchEnvelope.class)
public abstract class SearchEnvelope {
  private static final ObjectMapper MAPPER = SwitchboardJson.mapper();

  SearchEnvelope() {}

  /** {@code offset}: index of the first hit of this page [C]. */
  @JsonProperty("offset")
  public abstract Optional<Long> offset();

  /** {@code total}: number of hits of the whole search [C]. */
  @JsonProperty("total")
  public abstract Optional<Long> total();

  /** {@code hasMore}: whether hits follow this page [C]. */
  @JsonProperty("hasMore")
  public abstract Optional<Boolean> hasMore();

  /** {@code hits}: this page's objects, as sent [C]. */
  @JsonProperty("hits")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<JsonNode> hits();

  /** Properties not modelled here, kept exactly as sent and written back (v2 is a preview). */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> additionalProperties();

  /**
   * The hits read as {@code type} (leniently: unknown fields are kept in each model). A hit that is not a JSON object
   * is skipped.
   */
  public <T> List<T> hitsAs(Class<T> type) {
    List<T> out = new ArrayList<>();
    for (JsonNode hit : hits()) {
      if (hit != null && hit.isObject()) {
        try {
          out.add(MAPPER.treeToValue(hit, type));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          throw new IllegalStateException("search hit could not be read as " + type.getSimpleName(), e);
        }
      }
    }
    return List.copyOf(out);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link SearchEnvelope}. */
  public static final class Builder extends ImmutableSearchEnvelope.Builder {
    Builder() {}

  }
}
