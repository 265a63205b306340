package dev.switchboard.models.callr.v2;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.models.ModelStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * An entry of the number store lists {@code GET /numbers/store/countries}, {@code /types} and {@code /prefixes} [C
 * paths]. The fields are not documented in what was found [gap]: every field is kept in {@link #additionalProperties()}.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableStoreEntry.class)
@JsonDeserialize(as = ImmutableStoreEntry.class)
public abstract class StoreEntry {
  StoreEntry() {}

  /** Properties not modelled here, kept exactly as sent and written back (v2 is a preview). */
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

  /** Builds a {@link StoreEntry}. */
  public static final class Builder extends ImmutableStoreEntry.Builder {
    Builder() {}

  }
}
