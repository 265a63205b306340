package dev.switchboard.models.trackdrive;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.models.EnumLookup;
import dev.switchboard.models.OpenEnum;
import java.util.List;

/**
 * TrackDrive lead column, as accepted by the {@code columns} parameter of {@code GET /api/v1/leads} and returned
 * as a key of a {@link Lead}. Forward compatible: a value not listed here reads as {@link Value#UNKNOWN} and keeps its
 * raw string. Constants are declared in the documented order.
 */
public final class LeadColumn extends OpenEnum<LeadColumn.Value> {
  /** The documented values, plus {@code UNKNOWN}. */
  public enum Value {
    /** {@code "id"} */
    ID,
    /** {@code "legacy_id"} */
    LEGACY_ID,
    /** {@code "type"} */
    TYPE,
    /** {@code "uuid"} */
    UUID,
    /** {@code "created_at"} */
    CREATED_AT,
    /** {@code "updated_at"} */
    UPDATED_AT,
    /** {@code "deleted_at"} */
    DELETED_AT,
    /** {@code "user_updated_at"} */
    USER_UPDATED_AT,
    /** {@code "routes_show_path"} */
    ROUTES_SHOW_PATH,
    /** {@code "routes_edit_path"} */
    ROUTES_EDIT_PATH,
    /** {@code "external_record_id"} */
    EXTERNAL_RECORD_ID,
    /** {@code "context_menu_name"} */
    CONTEXT_MENU_NAME,
    /** {@code "name"} */
    NAME,
    /** {@code "caller_id"} */
    CALLER_ID,
    /** {@code "email"} */
    EMAIL,
    /** {@code "full_name"} */
    FULL_NAME,
    /** {@code "contact_field_type"} */
    CONTACT_FIELD_TYPE,
    /** {@code "expires_in"} */
    EXPIRES_IN,
    /** {@code "country"} */
    COUNTRY,
    /** {@code "state_province"} */
    STATE_PROVINCE,
    /** {@code "zip_postal_code"} */
    ZIP_POSTAL_CODE,
    /** {@code "time_zone"} */
    TIME_ZONE,
    /** {@code "sub_id"} */
    SUB_ID,
    /** {@code "offer_id"} */
    OFFER_ID,
    /** {@code "schedule_id"} */
    SCHEDULE_ID,
    /** {@code "status"} */
    STATUS,
    /** {@code "human_status"} */
    HUMAN_STATUS,
    /** {@code "css_status"} */
    CSS_STATUS,
    /** {@code "has_next_action"} */
    HAS_NEXT_ACTION,
    /** {@code "opt_out"} */
    OPT_OUT,
    /** {@code "revenue"} */
    REVENUE,
    /** {@code "payout"} */
    PAYOUT,
    /** {@code "offer_converted"} */
    OFFER_CONVERTED,
    /** {@code "buyer_converted"} */
    BUYER_CONVERTED,
    /** {@code "traffic_source_id"} */
    TRAFFIC_SOURCE_ID,
    /** {@code "buyer_id"} */
    BUYER_ID,
    /** {@code "lead_import_id"} */
    LEAD_IMPORT_ID,
    /** {@code "remote_ip"} */
    REMOTE_IP,
    /** {@code "attempted_call_id"} */
    ATTEMPTED_CALL_ID,
    /** {@code "connected_call_id"} */
    CONNECTED_CALL_ID,
    /** {@code "scheduled_callback_id"} */
    SCHEDULED_CALLBACK_ID,
    /** {@code "call_buyer_conversion_id"} */
    CALL_BUYER_CONVERSION_ID,
    /** {@code "call_offer_conversion_id"} */
    CALL_OFFER_CONVERSION_ID,
    /** {@code "sms_number_id"} */
    SMS_NUMBER_ID,
    /** {@code "dial_number_id"} */
    DIAL_NUMBER_ID,
    /** {@code "dial_tier"} */
    DIAL_TIER,
    /** {@code "last_action_at"} */
    LAST_ACTION_AT,
    /** {@code "first_action_at"} */
    FIRST_ACTION_AT,
    /** {@code "first_queued_at"} */
    FIRST_QUEUED_AT,
    /** {@code "schedule_ended_at"} */
    SCHEDULE_ENDED_AT,
    /** {@code "next_action_at"} */
    NEXT_ACTION_AT,
    /** {@code "last_call_at"} */
    LAST_CALL_AT,
    /** {@code "is_live"} */
    IS_LIVE,
    /** {@code "schedule_trigger_type"} */
    SCHEDULE_TRIGGER_TYPE,
    /** {@code "blocked"} */
    BLOCKED,
    /** {@code "data"} */
    DATA,
    /** A value this version of the SDK does not know; see {@link LeadColumn#raw()}. */
    UNKNOWN
  }

  /** {@code "id"} */
  public static final LeadColumn ID = new LeadColumn("id", Value.ID);
  /** {@code "legacy_id"} */
  public static final LeadColumn LEGACY_ID = new LeadColumn("legacy_id", Value.LEGACY_ID);
  /** {@code "type"} */
  public static final LeadColumn TYPE = new LeadColumn("type", Value.TYPE);
  /** {@code "uuid"} */
  public static final LeadColumn UUID = new LeadColumn("uuid", Value.UUID);
  /** {@code "created_at"} */
  public static final LeadColumn CREATED_AT = new LeadColumn("created_at", Value.CREATED_AT);
  /** {@code "updated_at"} */
  public static final LeadColumn UPDATED_AT = new LeadColumn("updated_at", Value.UPDATED_AT);
  /** {@code "deleted_at"} */
  public static final LeadColumn DELETED_AT = new LeadColumn("deleted_at", Value.DELETED_AT);
  /** {@code "user_updated_at"} */
  public static final LeadColumn USER_UPDATED_AT = new LeadColumn("user_updated_at", Value.USER_UPDATED_AT);
  /** {@code "routes_show_path"} */
  public static final LeadColumn ROUTES_SHOW_PATH = new LeadColumn("routes_show_path", Value.ROUTES_SHOW_PATH);
  /** {@code "routes_edit_path"} */
  public static final LeadColumn ROUTES_EDIT_PATH = new LeadColumn("routes_edit_path", Value.ROUTES_EDIT_PATH);
  /** {@code "external_record_id"} */
  public static final LeadColumn EXTERNAL_RECORD_ID = new LeadColumn("external_record_id", Value.EXTERNAL_RECORD_ID);
  /** {@code "context_menu_name"} */
  public static final LeadColumn CONTEXT_MENU_NAME = new LeadColumn("context_menu_name", Value.CONTEXT_MENU_NAME);
  /** {@code "name"} */
  public static final LeadColumn NAME = new LeadColumn("name", Value.NAME);
  /** {@code "caller_id"} */
  public static final LeadColumn CALLER_ID = new LeadColumn("caller_id", Value.CALLER_ID);
  /** {@code "email"} */
  public static final LeadColumn EMAIL = new LeadColumn("email", Value.EMAIL);
  /** {@code "full_name"} */
  public static final LeadColumn FULL_NAME = new LeadColumn("full_name", Value.FULL_NAME);
  /** {@code "contact_field_type"} */
  public static final LeadColumn CONTACT_FIELD_TYPE = new LeadColumn("contact_field_type", Value.CONTACT_FIELD_TYPE);
  /** {@code "expires_in"} */
  public static final LeadColumn EXPIRES_IN = new LeadColumn("expires_in", Value.EXPIRES_IN);
  /** {@code "country"} */
  public static final LeadColumn COUNTRY = new LeadColumn("country", Value.COUNTRY);
  /** {@code "state_province"} */
  public static final LeadColumn STATE_PROVINCE = new LeadColumn("state_province", Value.STATE_PROVINCE);
  /** {@code "zip_postal_code"} */
  public static final LeadColumn ZIP_POSTAL_CODE = new LeadColumn("zip_postal_code", Value.ZIP_POSTAL_CODE);
  /** {@code "time_zone"} */
  public static final LeadColumn TIME_ZONE = new LeadColumn("time_zone", Value.TIME_ZONE);
  /** {@code "sub_id"} */
  public static final LeadColumn SUB_ID = new LeadColumn("sub_id", Value.SUB_ID);
  /** {@code "offer_id"} */
  public static final LeadColumn OFFER_ID = new LeadColumn("offer_id", Value.OFFER_ID);
  /** {@code "schedule_id"} */
  public static final LeadColumn SCHEDULE_ID = new LeadColumn("schedule_id", Value.SCHEDULE_ID);
  /** {@code "status"} */
  public static final LeadColumn STATUS = new LeadColumn("status", Value.STATUS);
  /** {@code "human_status"} */
  public static final LeadColumn HUMAN_STATUS = new LeadColumn("human_status", Value.HUMAN_STATUS);
  /** {@code "css_status"} */
  public static final LeadColumn CSS_STATUS = new LeadColumn("css_status", Value.CSS_STATUS);
  /** {@code "has_next_action"} */
  public static final LeadColumn HAS_NEXT_ACTION = new LeadColumn("has_next_action", Value.HAS_NEXT_ACTION);
  /** {@code "opt_out"} */
  public static final LeadColumn OPT_OUT = new LeadColumn("opt_out", Value.OPT_OUT);
  /** {@code "revenue"} */
  public static final LeadColumn REVENUE = new LeadColumn("revenue", Value.REVENUE);
  /** {@code "payout"} */
  public static final LeadColumn PAYOUT = new LeadColumn("payout", Value.PAYOUT);
  /** {@code "offer_converted"} */
  public static final LeadColumn OFFER_CONVERTED = new LeadColumn("offer_converted", Value.OFFER_CONVERTED);
  /** {@code "buyer_converted"} */
  public static final LeadColumn BUYER_CONVERTED = new LeadColumn("buyer_converted", Value.BUYER_CONVERTED);
  /** {@code "traffic_source_id"} */
  public static final LeadColumn TRAFFIC_SOURCE_ID = new LeadColumn("traffic_source_id", Value.TRAFFIC_SOURCE_ID);
  /** {@code "buyer_id"} */
  public static final LeadColumn BUYER_ID = new LeadColumn("buyer_id", Value.BUYER_ID);
  /** {@code "lead_import_id"} */
  public static final LeadColumn LEAD_IMPORT_ID = new LeadColumn("lead_import_id", Value.LEAD_IMPORT_ID);
  /** {@code "remote_ip"} */
  public static final LeadColumn REMOTE_IP = new LeadColumn("remote_ip", Value.REMOTE_IP);
  /** {@code "attempted_call_id"} */
  public static final LeadColumn ATTEMPTED_CALL_ID = new LeadColumn("attempted_call_id", Value.ATTEMPTED_CALL_ID);
  /** {@code "connected_call_id"} */
  public static final LeadColumn CONNECTED_CALL_ID = new LeadColumn("connected_call_id", Value.CONNECTED_CALL_ID);
  /** {@code "scheduled_callback_id"} */
  public static final LeadColumn SCHEDULED_CALLBACK_ID = new LeadColumn("scheduled_callback_id", Value.SCHEDULED_CALLBACK_ID);
  /** {@code "call_buyer_conversion_id"} */
  public static final LeadColumn CALL_BUYER_CONVERSION_ID = new LeadColumn("call_buyer_conversion_id", Value.CALL_BUYER_CONVERSION_ID);
  /** {@code "call_offer_conversion_id"} */
  public static final LeadColumn CALL_OFFER_CONVERSION_ID = new LeadColumn("call_offer_conversion_id", Value.CALL_OFFER_CONVERSION_ID);
  /** {@code "sms_number_id"} */
  public static final LeadColumn SMS_NUMBER_ID = new LeadColumn("sms_number_id", Value.SMS_NUMBER_ID);
  /** {@code "dial_number_id"} */
  public static final LeadColumn DIAL_NUMBER_ID = new LeadColumn("dial_number_id", Value.DIAL_NUMBER_ID);
  /** {@code "dial_tier"} */
  public static final LeadColumn DIAL_TIER = new LeadColumn("dial_tier", Value.DIAL_TIER);
  /** {@code "last_action_at"} */
  public static final LeadColumn LAST_ACTION_AT = new LeadColumn("last_action_at", Value.LAST_ACTION_AT);
  /** {@code "first_action_at"} */
  public static final LeadColumn FIRST_ACTION_AT = new LeadColumn("first_action_at", Value.FIRST_ACTION_AT);
  /** {@code "first_queued_at"} */
  public static final LeadColumn FIRST_QUEUED_AT = new LeadColumn("first_queued_at", Value.FIRST_QUEUED_AT);
  /** {@code "schedule_ended_at"} */
  public static final LeadColumn SCHEDULE_ENDED_AT = new LeadColumn("schedule_ended_at", Value.SCHEDULE_ENDED_AT);
  /** {@code "next_action_at"} */
  public static final LeadColumn NEXT_ACTION_AT = new LeadColumn("next_action_at", Value.NEXT_ACTION_AT);
  /** {@code "last_call_at"} */
  public static final LeadColumn LAST_CALL_AT = new LeadColumn("last_call_at", Value.LAST_CALL_AT);
  /** {@code "is_live"} */
  public static final LeadColumn IS_LIVE = new LeadColumn("is_live", Value.IS_LIVE);
  /** {@code "schedule_trigger_type"} */
  public static final LeadColumn SCHEDULE_TRIGGER_TYPE = new LeadColumn("schedule_trigger_type", Value.SCHEDULE_TRIGGER_TYPE);
  /** {@code "blocked"} */
  public static final LeadColumn BLOCKED = new LeadColumn("blocked", Value.BLOCKED);
  /** {@code "data"} */
  public static final LeadColumn DATA = new LeadColumn("data", Value.DATA);

  private static final EnumLookup<LeadColumn> LOOKUP =
      EnumLookup.of(ID, LEGACY_ID, TYPE, UUID, CREATED_AT, UPDATED_AT, DELETED_AT, USER_UPDATED_AT, ROUTES_SHOW_PATH, ROUTES_EDIT_PATH, EXTERNAL_RECORD_ID, CONTEXT_MENU_NAME, NAME, CALLER_ID, EMAIL, FULL_NAME, CONTACT_FIELD_TYPE, EXPIRES_IN, COUNTRY, STATE_PROVINCE, ZIP_POSTAL_CODE, TIME_ZONE, SUB_ID, OFFER_ID, SCHEDULE_ID, STATUS, HUMAN_STATUS, CSS_STATUS, HAS_NEXT_ACTION, OPT_OUT, REVENUE, PAYOUT, OFFER_CONVERTED, BUYER_CONVERTED, TRAFFIC_SOURCE_ID, BUYER_ID, LEAD_IMPORT_ID, REMOTE_IP, ATTEMPTED_CALL_ID, CONNECTED_CALL_ID, SCHEDULED_CALLBACK_ID, CALL_BUYER_CONVERSION_ID, CALL_OFFER_CONVERSION_ID, SMS_NUMBER_ID, DIAL_NUMBER_ID, DIAL_TIER, LAST_ACTION_AT, FIRST_ACTION_AT, FIRST_QUEUED_AT, SCHEDULE_ENDED_AT, NEXT_ACTION_AT, LAST_CALL_AT, IS_LIVE, SCHEDULE_TRIGGER_TYPE, BLOCKED, DATA);

  private LeadColumn(String raw, Value value) {
    super(raw, value);
  }

  /** The value for a raw string: a documented constant, or an unknown value that keeps the string. */
  @JsonCreator
  public static LeadColumn of(String raw) {
    return LOOKUP.resolve(raw, r -> new LeadColumn(r, Value.UNKNOWN));
  }

  /** The documented values. */
  public static List<LeadColumn> knownValues() {
    return LOOKUP.known();
  }
}
