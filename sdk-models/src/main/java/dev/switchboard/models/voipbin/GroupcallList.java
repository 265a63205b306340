package dev.switchboard.models.voipbin;

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
 * One page of {@code GET /groupcalls}: {@code {"result": [Groupcall...], "next_page_token": "..."}} (OpenAPI
 * {@code CommonPagination} + {@code result}).
 *
 * <p>Pass {@link #nextPageToken()} as {@code page_token} to get the next page. "When next_page_token is empty or not
 * present, you have reached the last page" ({@link #hasMore()}). The token is the last item's {@code tm_create};
 * treat it as opaque.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableGroupcallList.class)
@JsonDeserialize(as = ImmutableGroupcallList.class)
public abstract class GroupcallList {
  GroupcallList() {}

  /** {@code result}: the groupcalls of this page (the server always sends an array, possibly empty). */
  @JsonProperty("result")
  public abstract List<Groupcall> result();

  /** {@code next_page_token}: the token of the next page; {@code ""} or absent on the last page. */
  @JsonProperty("next_page_token")
  public abstract Optional<String> nextPageToken();

  /** Properties the reference does not document, kept as sent and written back. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> additionalProperties();

  /** Whether another page may follow: {@code next_page_token} is present and not empty. */
  public boolean hasMore() {
    return nextPageToken().filter(token -> !token.isEmpty()).isPresent();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link GroupcallList}. */
  public static final class Builder extends ImmutableGroupcallList.Builder {
    Builder() {}
  }
}
