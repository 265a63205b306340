package dev.switchboard.models.telmetrics;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/**
 * The request fields of the Telmetrics Groups resource (seed 000, "Fields that can be passed to the Groups
 * Resource"), shared by {@link GroupCreateRequest} and {@link GroupUpdateRequest}.
 */
interface GroupRequestFields {
  /** {@code name}: a unique name describing the group. */
  @JsonProperty("name")
  Optional<String> name();

  /** {@code time_zone}: calls to the group's numbers are reported in this time zone. */
  @JsonProperty("time_zone")
  Optional<GroupTimeZone> timeZone();

  /** {@code group_owner_id}: Group Owner of the group (required only when the organization is configured so). */
  @JsonProperty("group_owner_id")
  Optional<Long> groupOwnerId();

  /** {@code rich_data_type}: level of caller detail; the server defaults to {@code Basic}. */
  @JsonProperty("rich_data_type")
  Optional<RichDataType> richDataType();

  /** {@code billing_group_id}: required only when several billing configurations exist. */
  @JsonProperty("billing_group_id")
  Optional<Long> billingGroupId();

  /**
   * {@code email_notifications}: comma-delimited e-mail addresses notified on every call, as written. Set it from a
   * list with the builders' {@code emailNotifications(List)}.
   */
  @JsonProperty("email_notifications")
  Optional<String> emailNotifications();

  /** {@code customer_id}: open field mapping the group to a customer of your own. */
  @JsonProperty("customer_id")
  Optional<Long> customerId();

}
