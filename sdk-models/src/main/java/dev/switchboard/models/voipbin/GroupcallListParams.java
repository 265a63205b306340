package dev.switchboard.models.voipbin;

import dev.switchboard.models.Checks;
import dev.switchboard.models.ModelStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The query parameters of VoIPBin {@code GET /groupcalls} (OpenAPI parameters {@code PageSize}, {@code PageToken}).
 * Not a JSON body: the client sends {@link #toQueryParameters()}.
 *
 * <p>{@code page_size}: results per page, 1 to 100 (the server replaces values outside that range by its default,
 * 100). {@code page_token}: the {@code next_page_token} of the previous page; absent for the first page. Request-side:
 * {@code build()} rejects a {@code page_size} outside 1..100 and a blank {@code page_token}, naming the field.
 */
@Value.Immutable
@ModelStyle
public abstract class GroupcallListParams {
  /** The largest {@code page_size} the server honours. */
  public static final int MAX_PAGE_SIZE = 100;

  GroupcallListParams() {}

  /** {@code page_size}: results per page, 1 to {@value #MAX_PAGE_SIZE}; absent means the server default (100). */
  public abstract Optional<Integer> pageSize();

  /** {@code page_token}: the cursor of the page to fetch ({@code next_page_token} of the previous page). */
  public abstract Optional<String> pageToken();

  /** The query parameters in a stable order ({@code page_size}, {@code page_token}); only those set are present. */
  public Map<String, List<String>> toQueryParameters() {
    Map<String, List<String>> q = new LinkedHashMap<>();
    pageSize().ifPresent(v -> q.put("page_size", List.of(v.toString())));
    pageToken().ifPresent(v -> q.put("page_token", List.of(v)));
    return q;
  }

  /** These parameters with {@code page_token} replaced (used to fetch the next page). */
  public GroupcallListParams withNextPageToken(String pageToken) {
    return toBuilder().pageToken(pageToken).build();
  }

  /** Parameters with no {@code page_size} and no {@code page_token}: the first page at the server's default size. */
  public static GroupcallListParams defaults() {
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

  /** Builds {@link GroupcallListParams}; {@link #build()} checks {@code page_size} and {@code page_token}. */
  public static final class Builder extends ImmutableGroupcallListParams.Builder {
    Builder() {}

    @Override
    public ImmutableGroupcallListParams build() {
      ImmutableGroupcallListParams built = super.build();
      Checks.range("page_size", built.pageSize(), 1, MAX_PAGE_SIZE);
      if (Checks.active() && built.pageToken().filter(String::isBlank).isPresent()) {
        throw new IllegalArgumentException("page_token: must not be blank");
      }
      return built;
    }
  }
}
