package dev.switchboard.models.telmetrics;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.models.ModelStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One page of a Telmetrics groups list: {@code {"results": [Group...], "paging": {...}}}. The envelope is documented
 * for Calls ("Paging Results") and assumed for groups (unverified).
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableGroupList.class)
@JsonDeserialize(as = ImmutableGroupList.class)
public abstract class GroupList {
  GroupList() {}

  /** {@code results}: the groups of this page. */
  @JsonProperty("results")
  public abstract List<Group> results();

  /** {@code paging}: page number, page size and total. */
  @JsonProperty("paging")
  public abstract Optional<TelmetricsPaging> paging();

  /** Properties the reference does not document, kept as sent and written back. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> additionalProperties();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link GroupList}. */
  public static final class Builder extends ImmutableGroupList.Builder {
    Builder() {}
  }
}
