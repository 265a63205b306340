package dev.switchboard.models.telmetrics;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.models.Checks;
import dev.switchboard.models.ModelStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Telmetrics group creation: the JSON body that creates a number group (presumably {@code POST /v3/api/groups}; the
 * Groups paths are unverified). Request-side: {@code build()} requires {@code name} (not blank) and {@code time_zone},
 * and checks that every {@code email_notifications} entry looks like an e-mail address.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableGroupCreateRequest.class)
@JsonDeserialize(as = ImmutableGroupCreateRequest.class)
public abstract class GroupCreateRequest implements GroupRequestFields {
  GroupCreateRequest() {}

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

  /** Builds a {@link GroupCreateRequest}; {@link #build()} checks the documented constraints. */
  public static final class Builder extends ImmutableGroupCreateRequest.Builder {
    Builder() {}

    /** Sets {@code email_notifications} from a list of e-mail addresses, written comma-joined. */
    public Builder emailNotifications(List<String> emails) {
      return emailNotifications(EmailList.join(emails));
    }

    @Override
    public ImmutableGroupCreateRequest build() {
      ImmutableGroupCreateRequest built = super.build();
      Checks.required("name", built.name());
      Checks.required("time_zone", built.timeZone());
      EmailList.notBlank("name", built.name());
      EmailList.check(built.emailNotifications());
      return built;
    }
  }
}
