package dev.switchboard.models.telmetrics;

import dev.switchboard.models.Checks;
import dev.switchboard.models.ModelStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The query parameters of a Telmetrics groups list ({@code GET /v3/api/groups}, path unverified). Not a JSON body:
 * the client sends {@link #toQueryParameters()}, lower-case {@code pagesize}/{@code pagenumber} as on the "Paging
 * Results" page.
 *
 * <p>When omitted, the server defaults {@code pagesize} to the collection maximum (10000) and {@code pagenumber} to 1
 * (docs "Paging Results"). Request-side: {@code build()} rejects {@code pagesize} outside 1..10000 and
 * {@code pagenumber} below 1.
 */
@Value.Immutable
@ModelStyle
public abstract class GroupListParams {
  /** The largest page size Telmetrics accepts. */
  public static final int MAX_PAGE_SIZE = 10_000;

  GroupListParams() {}

  /** {@code pagesize}: groups per page, 1 to 10000 (server default: 10000). */
  public abstract Optional<Integer> pageSize();

  /** {@code pagenumber}: the page to return, from 1 (server default: 1). */
  public abstract Optional<Integer> pageNumber();

  /** Other query parameters, sent after the documented ones in insertion order (escape hatch). */
  public abstract Map<String, String> additionalQueryParameters();

  /** The query parameters set, in a stable order ({@code pagesize}, {@code pagenumber}, then the additional ones). */
  public Map<String, List<String>> toQueryParameters() {
    Map<String, List<String>> q = new LinkedHashMap<>();
    pageSize().ifPresent(v -> q.put("pagesize", List.of(v.toString())));
    pageNumber().ifPresent(v -> q.put("pagenumber", List.of(v.toString())));
    additionalQueryParameters().forEach((k, v) -> q.put(k, List.of(v)));
    return q;
  }

  /** Parameters with no value set: the server's defaults. */
  public static GroupListParams defaults() {
    return builder().build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link GroupListParams}; {@link #build()} checks {@code pagesize} and {@code pagenumber}. */
  public static final class Builder extends ImmutableGroupListParams.Builder {
    Builder() {}

    /** Adds a query parameter this version of the SDK does not know (escape hatch); replaces a previous value. */
    public Builder putAdditionalQueryParameter(String name, String value) {
      return putAdditionalQueryParameters(name, value);
    }

    @Override
    public ImmutableGroupListParams build() {
      ImmutableGroupListParams built = super.build();
      Checks.range("pagesize", built.pageSize(), 1, MAX_PAGE_SIZE);
      Checks.range("pagenumber", built.pageNumber(), 1, Integer.MAX_VALUE);
      return built;
    }
  }
}
