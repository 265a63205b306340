package dev.switchboard.models.telmetrics;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.models.ModelStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Telmetrics {@code paging} object of a list response: {@code {"pageNumber": 1, "pageSize": 100, "total": 895}}
 * (docs "Paging Results"). Page count = ceil(total / pageSize). Named {@code TelmetricsPaging} so that it does not share
 * a simple name with {@code dev.switchboard.core.paging.Paging}.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableTelmetricsPaging.class)
@JsonDeserialize(as = ImmutableTelmetricsPaging.class)
public abstract class TelmetricsPaging {
  TelmetricsPaging() {}

  /** {@code pageNumber}: this page's number, from 1. */
  @JsonProperty("pageNumber")
  public abstract Optional<Integer> pageNumber();

  /** {@code pageSize}: the page size used (max 10000). */
  @JsonProperty("pageSize")
  public abstract Optional<Integer> pageSize();

  /** {@code total}: the total number of results. */
  @JsonProperty("total")
  public abstract Optional<Long> total();

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

  /** The number of pages, ceil(total / pageSize), when both are known and pageSize is positive. */
  public Optional<Long> pageCount() {
    if (total().isEmpty() || pageSize().isEmpty() || pageSize().get() <= 0) {
      return Optional.empty();
    }
    long size = pageSize().get();
    return Optional.of((total().get() + size - 1) / size);
  }

  /** Builds a {@link TelmetricsPaging}. */
  public static final class Builder extends ImmutableTelmetricsPaging.Builder {
    Builder() {}
  }
}
