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
 * Telmetrics group update: the JSON body that changes a number group (presumably {@code PUT /v3/api/groups/{id}};
 * the Groups paths and whether partial updates are accepted are unverified). Every field is optional; only those set
 * are sent. Request-side: {@code build()} checks that {@code name}, when set, is not blank and that every
 * {@code email_notifications} entry looks like an e-mail address.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableGroupUpdateRequest.class)
@JsonDeserialize(as = ImmutableGroupUpdateRequest.class)
public abstract class GroupUpdateRequest {
  GroupUpdateRequest() {}

  /** {@code name}: a unique name describing the group. */
  @JsonProperty("name")
  public abstract Optional<String> name();

  /** {@code time_zone}: calls to the group's numbers are reported in this time zone. */
  @JsonProperty("time_zone")
  public abstract Optional<GroupTimeZone> timeZone();

  /** {@code group_owner_id}: Group Owner of the group (required only when the organization is configured so). */
  @JsonProperty("group_owner_id")
  public abstract Optional<Long> groupOwnerId();

  /** {@code rich_data_type}: level of caller detail; the server defaults to {@code Basic}. */
  @JsonProperty("rich_data_type")
  public abstract Optional<RichDataType> richDataType();

  /** {@code billing_group_id}: required only when several billing configurations exist. */
  @JsonProperty("billing_group_id")
  public abstract Optional<Long> billingGroupId();

  /**
   * {@code email_notifications}: comma-delimited e-mail addresses notified on every call, as written. Set it from a
   * list with {@link Builder#emailNotifications(List)}.
   */
  @JsonProperty("email_notifications")
  public abstract Optional<String> emailNotifications();

  /** {@code customer_id}: open field mapping the group to a customer of your own. */
  @JsonProperty("customer_id")
  public abstract Optional<Long> customerId();

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
