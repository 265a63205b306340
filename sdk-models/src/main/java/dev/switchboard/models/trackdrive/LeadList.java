package dev.switchboard.models.trackdrive;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.models.ModelStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One page of {@code GET /api/v1/leads}: {@code {"leads": [Lead...], "metadata": {...}}}. The keys of
 * {@code metadata} are undocumented, so it is kept as a generic map. With {@code root=false} the server sends a bare
 * array instead, which is not this shape. The last page is the one with fewer than {@code per_page} leads.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableLeadList.class)
@JsonDeserialize(as = ImmutableLeadList.class)
public abstract class LeadList {
  LeadList() {}

  /** {@code leads}: the leads of this page. */
  @JsonProperty("leads")
  public abstract List<Lead> leads();

  /** {@code metadata}: paging metadata, keys undocumented (unverified). */
  @JsonProperty("metadata")
  public abstract Map<String, JsonNode> metadata();

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

  /** Builds a {@link LeadList}. */
  public static final class Builder extends ImmutableLeadList.Builder {
    Builder() {}
  }
}
