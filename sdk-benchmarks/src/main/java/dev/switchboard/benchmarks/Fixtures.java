package dev.switchboard.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

/**
 * Deterministic, realistic JSON test data, rendered as text (no SDK code): every value is a pure function of the
 * record index, so the SDK and its baseline decode exactly the same bytes and a page can be rendered on demand.
 */
public final class Fixtures {
  private static final String[] FIRST = {"Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Margaret", "Ken"};
  private static final String[] LAST = {"Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Hamilton"};
  private static final String[] STATES = {"CA", "NY", "TX", "FL", "WA", "IL", "OR"};
  private static final String[] ZONES = {"-08:00", "-05:00", "-06:00", "-07:00", "+00:00", "+01:00"};
  private static final String[] TZ_NAMES = {"Pacific Time (US & Canada)", "Eastern Time (US & Canada)",
      "Central Time (US & Canada)", "Mountain Time (US & Canada)", "UTC", "Paris"};
  private static final String[] DIAL = {"ANSWER", "BUSY", "CANCEL", "CHANUNAVAIL", "CONGESTION", "NOANSWER", "NODIAL"};
  private static final String[] HANGUP = {"CALLEE", "CALLER", "GATEWAY"};
  private static final String[] PRES = {"allowed_passed_screen", "prohib_passed_screen"};
  private static final String[] COUNTRIES = {"US", "FR", "GB", "DE", "ES"};
  private static final DateTimeFormatter CALLR_DATETIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final long EPOCH = 1_717_200_000L; // 2024-06-01T00:00:00Z

  private Fixtures() {}

  /** Mixes an index into well-spread bits (SplitMix64 finaliser). */
  static long mix(long x) {
    long z = x * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static int pick(long seed, int n) {
    return (int) Math.floorMod(seed, (long) n);
  }

  private static String trackdriveTime(long epochSecond, int millis, String offset) {
    // Rails' as_json layout: 2024-06-01T07:12:45.123-05:00 (no String.format: the server renders 1M leads)
    OffsetDateTime t = Instant.ofEpochSecond(epochSecond).atOffset(ZoneOffset.of(offset));
    StringBuilder sb = new StringBuilder(29);
    pad(sb, t.getYear(), 4).append('-');
    pad(sb, t.getMonthValue(), 2).append('-');
    pad(sb, t.getDayOfMonth(), 2).append('T');
    pad(sb, t.getHour(), 2).append(':');
    pad(sb, t.getMinute(), 2).append(':');
    pad(sb, t.getSecond(), 2).append('.');
    return pad(sb, millis, 3).append(offset).toString();
  }

  /** Appends {@code value} left-padded with zeros to {@code width} digits. */
  static StringBuilder pad(StringBuilder sb, long value, int width) {
    String digits = Long.toString(value);
    for (int i = digits.length(); i < width; i++) {
      sb.append('0');
    }
    return sb.append(digits);
  }

  private static String pad(long value, int width) {
    return pad(new StringBuilder(width), value, width).toString();
  }

  /** One TrackDrive lead with every documented column filled. */
  public static void appendLead(StringBuilder sb, long index) {
    long h = mix(index + 1);
    String first = FIRST[pick(h, FIRST.length)];
    String last = LAST[pick(h >>> 8, LAST.length)];
    String offset = ZONES[pick(h >>> 16, ZONES.length)];
    String uuid = new UUID(mix(index * 31 + 7), mix(index * 17 + 3)).toString();
    long created = EPOCH + (index * 37) % 8_640_000;
    int ms = pick(h >>> 24, 1000);
    long id = 10_000_000L + index;
    String phone = "+1" + (200 + pick(h >>> 4, 700)) + pad(pick(h >>> 12, 10_000_000), 7);
    sb.append('{')
        .append("\"id\":").append(id)
        .append(",\"legacy_id\":").append(id - 5_000_000L)
        .append(",\"type\":\"Lead\"")
        .append(",\"uuid\":\"").append(uuid).append('"')
        .append(",\"created_at\":\"").append(trackdriveTime(created, ms, offset)).append('"')
        .append(",\"updated_at\":\"").append(trackdriveTime(created + 3600, ms, offset)).append('"')
        .append(",\"deleted_at\":\"").append(trackdriveTime(created + 86_400 * 30, ms, offset)).append('"')
        .append(",\"user_updated_at\":\"").append(trackdriveTime(created + 1800, ms, offset)).append('"')
        .append(",\"routes_show_path\":\"/leads/").append(uuid).append('"')
        .append(",\"routes_edit_path\":\"/leads/").append(uuid).append("/edit\"")
        .append(",\"external_record_id\":\"crm-").append(index).append('"')
        .append(",\"context_menu_name\":\"").append(first).append(' ').append(last).append(" (").append(phone)
        .append(")\"")
        .append(",\"name\":\"").append(first).append('"')
        .append(",\"caller_id\":\"").append(phone).append('"')
        .append(",\"email\":\"").append(first.toLowerCase(Locale.ROOT)).append('.')
        .append(last.toLowerCase(Locale.ROOT)).append(index).append("@example.com\"")
        .append(",\"full_name\":\"").append(first).append(' ').append(last).append('"')
        .append(",\"contact_field_type\":\"caller_id\"")
        .append(",\"expires_in\":").append(86_400 + pick(h, 3600))
        .append(",\"country\":\"US\"")
        .append(",\"state_province\":\"").append(STATES[pick(h >>> 20, STATES.length)]).append('"')
        .append(",\"zip_postal_code\":\"").append(pad(pick(h >>> 28, 99_999), 5))
        .append('"')
        .append(",\"time_zone\":\"").append(TZ_NAMES[pick(h >>> 16, ZONES.length)]).append('"')
        .append(",\"sub_id\":\"sub-").append(pick(h >>> 32, 50)).append('"')
        .append(",\"offer_id\":").append(4000 + pick(h >>> 36, 20))
        .append(",\"schedule_id\":").append(7000 + pick(h >>> 40, 10))
        .append(",\"status\":\"").append(index % 3 == 0 ? "completed" : "pending").append('"')
        .append(",\"human_status\":\"").append(index % 3 == 0 ? "Completed" : "Pending").append('"')
        .append(",\"css_status\":\"").append(index % 3 == 0 ? "success" : "warning").append('"')
        .append(",\"has_next_action\":").append(index % 3 != 0)
        .append(",\"opt_out\":").append(index % 11 == 0)
        .append(",\"revenue\":").append(pick(h >>> 3, 5000)).append('.').append(pick(h >>> 5, 90) + 10)
        .append(",\"payout\":\"").append(pick(h >>> 7, 3000)).append('.').append(pick(h >>> 9, 90) + 10).append('"')
        .append(",\"offer_converted\":").append(index % 4 == 0)
        .append(",\"buyer_converted\":").append(index % 5 == 0)
        .append(",\"traffic_source_id\":").append(100 + pick(h >>> 44, 30))
        .append(",\"buyer_id\":").append(200 + pick(h >>> 46, 30))
        .append(",\"lead_import_id\":").append(300 + index / 1000)
        .append(",\"remote_ip\":\"").append(10 + pick(h, 200)).append('.').append(pick(h >>> 8, 256)).append('.')
        .append(pick(h >>> 16, 256)).append('.').append(pick(h >>> 24, 256)).append('"')
        .append(",\"attempted_call_id\":").append(900_000_000L + index * 3)
        .append(",\"connected_call_id\":").append(900_000_001L + index * 3)
        .append(",\"scheduled_callback_id\":").append(500_000L + index)
        .append(",\"call_buyer_conversion_id\":").append(900_000_002L + index * 3)
        .append(",\"call_offer_conversion_id\":").append(900_000_001L + index * 3)
        .append(",\"sms_number_id\":").append(60_000 + pick(h >>> 50, 100))
        .append(",\"dial_number_id\":").append(61_000 + pick(h >>> 52, 100))
        .append(",\"dial_tier\":").append(1 + pick(h >>> 54, 3))
        .append(",\"last_action_at\":\"").append(trackdriveTime(created + 7200, ms, offset)).append('"')
        .append(",\"first_action_at\":\"").append(trackdriveTime(created + 60, ms, offset)).append('"')
        .append(",\"first_queued_at\":\"").append(trackdriveTime(created + 5, ms, offset)).append('"')
        .append(",\"schedule_ended_at\":\"").append(trackdriveTime(created + 86_400, ms, offset)).append('"')
        .append(",\"next_action_at\":\"").append(trackdriveTime(created + 10_800, ms, offset)).append('"')
        .append(",\"last_call_at\":\"").append(trackdriveTime(created + 7100, ms, offset)).append('"')
        .append(",\"is_live\":").append(index % 2 == 0)
        .append(",\"schedule_trigger_type\":\"lead_created\"")
        .append(",\"blocked\":false")
        .append(",\"data\":{\"first_name\":\"").append(first).append("\",\"last_name\":\"").append(last)
        .append("\",\"lead_source\":\"web\",\"loan_amount\":").append(1000 + pick(h >>> 11, 50_000))
        .append(",\"tcpa_consent\":true}")
        .append('}');
  }

  /** A TrackDrive {@code GET /api/v1/leads} page: leads {@code [from, from + count)}, as sent by the server. */
  public static String leadPage(long from, int count, int page, int perPage) {
    StringBuilder sb = new StringBuilder(count * 2300 + 128);
    sb.append("{\"leads\":[");
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        sb.append(',');
      }
      appendLead(sb, from + i);
    }
    sb.append("],\"metadata\":{\"page\":").append(page).append(",\"per_page\":").append(perPage)
        .append(",\"total_pages\":null}}");
    return sb.toString();
  }

  /** One CALLR {@code CDR.Out} with every documented field; record 0 has callid 18446744073709551615. */
  public static void appendCdrOut(StringBuilder sb, long index) {
    long h = mix(index + 11);
    long start = EPOCH + index * 13;
    int ring = 3 + pick(h, 25);
    int answered = index % 7 == 6 ? 0 : 5 + pick(h >>> 8, 600);
    String callid = index == 0 ? "18446744073709551615" : Long.toUnsignedString(mix(index) | Long.MIN_VALUE);
    String callidIn = index % 5 == 0 ? "18446744073709551615" : Long.toUnsignedString(mix(index + 1) >>> 1);
    int cents = answered * (2 + pick(h >>> 12, 9));
    String country = COUNTRIES[pick(h >>> 16, COUNTRIES.length)];
    sb.append('{')
        .append("\"answer\":\"").append(CALLR_DATETIME.format(Instant.ofEpochSecond(start + ring))).append('"')
        .append(",\"billing_customer_cost_label\":\"").append(country).append(" mobile\"")
        .append(",\"billing_customer_credit_eur\":\"0.00\"")
        .append(",\"billing_customer_debit_eur\":\"").append(cents).append('.').append(pick(h >>> 20, 90) + 10)
        .append('"')
        .append(",\"callid\":").append(callid)
        .append(",\"callid_in\":").append(callidIn)
        .append(",\"cli_name\":\"Switchboard ").append(pick(h >>> 24, 100)).append('"')
        .append(",\"cli_number\":\"+3317807").append(String.format(Locale.ROOT, "%04d", pick(h >>> 28, 10_000)))
        .append('"')
        .append(",\"cli_pres\":\"").append(PRES[pick(h >>> 30, 2)]).append('"')
        .append(",\"customer_field\":\"order").append(index).append('"')
        .append(",\"dialstatus\":\"").append(answered == 0 ? DIAL[1 + pick(h >>> 32, 6)] : "ANSWER").append('"')
        .append(",\"duration\":").append(ring + answered)
        .append(",\"duration_answered\":").append(answered)
        .append(",\"duration_billed\":").append(answered == 0 ? 0 : ((answered + 29) / 30) * 30)
        .append(",\"hangup\":\"").append(CALLR_DATETIME.format(Instant.ofEpochSecond(start + ring + answered)))
        .append('"')
        .append(",\"hangupcause\":").append(answered == 0 ? 17 : 16)
        .append(",\"hangupsource\":\"").append(HANGUP[pick(h >>> 36, 3)]).append('"')
        .append(",\"number\":\"+336").append(String.format(Locale.ROOT, "%08d", pick(h >>> 40, 100_000_000)))
        .append('"')
        .append(",\"number_country_code\":\"").append(country).append('"')
        .append(",\"number_type\":\"").append(index % 3 == 0 ? "landline" : "mobile").append('"')
        .append(",\"package_name\":\"Pay as you go\"")
        .append(",\"scenario_hash\":\"").append(String.format(Locale.ROOT, "%08X", (int) (h >>> 44))).append('"')
        .append(",\"scenario_name\":\"IVR ").append(pick(h >>> 48, 12)).append('"')
        .append(",\"start\":\"").append(CALLR_DATETIME.format(Instant.ofEpochSecond(start))).append('"')
        .append('}');
  }

  /** A JSON array of {@code count} CDR.Out records. */
  public static String cdrOutArray(int count) {
    StringBuilder sb = new StringBuilder(count * 900 + 16);
    sb.append('[');
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        sb.append(',');
      }
      appendCdrOut(sb, i);
    }
    return sb.append(']').toString();
  }

  /** A VoIPBin groupcall, as {@code GET /v1.0/groupcalls/{id}} returns it. */
  public static String groupcall(UUID id) {
    return "{\"id\":\"" + id + "\",\"customer_id\":\"5e4a0680-804e-11ec-8477-2fea5968d85b\","
        + "\"owner_type\":\"agent\",\"owner_id\":\"eb1ac5c0-ff63-47e2-bcdb-5da9c336eb4b\",\"status\":\"progressing\","
        + "\"flow_id\":\"00000000-0000-0000-0000-000000000000\","
        + "\"source\":{\"type\":\"tel\",\"target\":\"+15551234567\",\"target_name\":\"\",\"name\":\"Support\","
        + "\"detail\":\"\"},"
        + "\"destinations\":[{\"type\":\"tel\",\"target\":\"+15557654321\",\"target_name\":\"\",\"name\":\"\","
        + "\"detail\":\"\"},{\"type\":\"extension\",\"target\":\"2a6e1d46-1e3f-11ee-8b1e-6b5b0a1c2d3e\","
        + "\"target_name\":\"alice\",\"name\":\"Alice\",\"detail\":\"\"}],"
        + "\"master_call_id\":\"00000000-0000-0000-0000-000000000000\","
        + "\"master_groupcall_id\":\"00000000-0000-0000-0000-000000000000\",\"ring_method\":\"ring_all\","
        + "\"answer_method\":\"hangup_others\",\"answer_call_id\":\"00000000-0000-0000-0000-000000000000\","
        + "\"call_ids\":[\"0f2b1c1e-3d4a-4b5c-8d9e-0a1b2c3d4e5f\",\"1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d\"],"
        + "\"answer_groupcall_id\":\"00000000-0000-0000-0000-000000000000\",\"groupcall_ids\":[],"
        + "\"call_count\":2,\"groupcall_count\":0,\"dial_index\":0,"
        + "\"tm_create\":\"2026-01-15T09:30:00.123456Z\",\"tm_update\":\"2026-01-15T09:30:01.5Z\","
        + "\"tm_delete\":\"9999-01-01T00:00:00.000000Z\"}";
  }

  /** A CALLR JSON-RPC response to {@code sms.get}. */
  public static String smsGetResponse(String hash, long rpcId) {
    return "{\"jsonrpc\":\"2.0\",\"id\":" + rpcId + ",\"result\":{\"b_customer_debit\":\"0.0650\","
        + "\"b_customer_mode\":\"DEBIT\",\"date_creation\":\"2024-04-24 23:42:00\","
        + "\"date_received\":null,\"date_sent\":\"2024-04-24 23:42:01\",\"date_update\":\"2024-04-24 23:42:05\","
        + "\"encoding\":\"GSM\",\"from\":\"SMS\",\"hash\":\"" + hash + "\",\"nature\":\"ALERTING\","
        + "\"options\":{\"flash_message\":false,\"force_encoding\":null,\"nature\":\"ALERTING\","
        + "\"user_data\":\"42\",\"webhook\":{\"endpoint\":\"https://example.com/hook\"}},"
        + "\"parts\":1,\"status\":\"RECEIVED\",\"status_error\":null,\"text\":\"Your code is 123456\","
        + "\"to\":\"+33639980042\",\"type\":\"OUT\",\"user_data\":\"42\"}}";
  }

  /** UTF-8 bytes. */
  public static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
