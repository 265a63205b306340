package dev.switchboard.models.telmetrics;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.models.ModelStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Telmetrics group update: the JSON body that changes a number group (presumably {@code PUT /v3/api/groups/{id}};
 * the Groups paths and whether partial updates are accepted are unverified). Every field is optional; only those set
 * are sent. Request-side: {@code build()} checks that {@code name}, when set, is not blank and that every
 * {@code email_notifications} entry looks like an e-mail address.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableGroupUpdateRequest.class)
@JsonDeserialize(as = ImmutableGroupUpdateRequest.class)
public abstract class GroupUpdateRequest implements GroupRequestFields {
  GroupUpdateRequest() {}

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

  /** {@code email_notifications} split into addresses (empty when absent). */
  public List<String> emailNotificationList() {
    return EmailList.split(emailNotifications());
  }

  /** Builds a {@link GroupUpdateRequest}; {@link #build()} checks the documented constraints. */
  public static final class Builder extends ImmutableGroupUpdateRequest.Builder {
    Builder() {}

    /** Sets {@code email_notifications} from a list of e-mail addresses, written comma-joined. */
    public Builder emailNotifications(List<String> emails) {
      return emailNotifications(EmailList.join(emails));
    }

    @Override
    public ImmutableGroupUpdateRequest build() {
      ImmutableGroupUpdateRequest built = super.build();
      EmailList.notBlank("name", built.name());
      EmailList.check(built.emailNotifications());
      return built;
    }
  }
}
