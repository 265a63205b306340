package dev.switchboard.reliability;

/**
 * A valid response body of each operation, as its provider documents it (shapes from the SDK's models and the
 * sandbox), with the server-sent secrets of {@link Secrets} planted where the APIs send them. List bodies always
 * promise another page (a next token, {@code has_more}, a total beyond this page) while the deterministic server
 * answers the same page again: the pager must stop on its own.
 */
final class ValidBodies {
  private ValidBodies() {}

  static String rpc(String result) {
    return "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":" + result + "}";
  }

  static final String SMS = """
      {"hash":"SMSHASH0001","from":"SMS","to":"+33612345678","body":"Hello from Switchboard","status":"SENT",\
      "direction":"OUTBOUND","date_creation":"2024-01-01 10:00:00","date_update":"2024-01-01 10:00:01",\
      "date_sent":"2024-01-01 10:00:01","parts":1,"encoding":"GSM","cost":"0.0550","nature":"ALERTING",\
      "b_customer_debit":"0.0550","b_customer_mode":"PREPAID","options":{"flash_message":false,"nature":"ALERTING"}}""";

  static final String SMS_SEARCH = "{\"has_more\":true,\"offset\":0,\"total\":40,\"hits\":[" + SMS + "," + SMS + "]}";

  static final String SMS_QUOTE = """
      {"amount":"0.0550","count":1,"currency":"EUR","encoding":"GSM","length":22}""";

  static final String APP = """
      {"hash":"APPH0001","name":"rt","package":"REALTIME10","did":null,\
      "p":{"url":"https://example.com/rt","login":"rtuser","password":"%s","data_format":"JSON"},\
      "date_creation":"2024-01-01 10:00:00","date_update":"2024-01-01 10:00:00"}""".formatted(
      Secrets.SERVER_APP_PASSWORD);

  static final String WEBHOOK = """
      {"hash":"WH0001","type":"sms.mt.status_update","endpoint":"https://example.com/hook","status":"active",\
      "options":{"hmac_algo":"SHA256","hmac_secret":{"current":"%s"}},\
      "created_at":"2024-01-01 10:00:00","updated_at":"2024-01-01 10:00:00"}""".formatted(Secrets.SERVER_HMAC_SECRET);

  static final String API_KEY = """
      {"id":7,"name":"ci","token":"%s","created_at":"2024-01-01 10:00:00","updated_at":"2024-01-01 10:00:00",\
      "last_used_at":null}""".formatted(Secrets.SERVER_API_KEY_TOKEN);

  static final String SESSION = """
      {"token":"%s","refresh_token":"%s","valid_until":"2024-01-01 11:00:00",\
      "refreshable_until":"2024-01-02 10:00:00","created_at":"2024-01-01 10:00:00"}""".formatted(
      Secrets.SERVER_SESSION_TOKEN, Secrets.SERVER_REFRESH_TOKEN);

  static final String RESERVATION = """
      {"token":"RSV0001","expire":"2024-01-01 10:10:00","cost":{"amount":"1.00","currency":"EUR"},\
      "items":[{"number":"+33100000000","did_class":"CLASSIC","area_code_id":101}],"contract":null}""";

  static final String JOB = """
      {"hash":"JOB0001","status":"DONE","result":{"count":1},"error":null,"date_creation":"2024-01-01 10:00:00",\
      "date_update":"2024-01-01 10:00:05"}""";

  static final String MEDIA_LIST = """
      [{"id":1,"name":"greeting","type":"TTS","status":"READY","date_creation":"2024-01-01 10:00:00"},null]""";

  static final String GROUPCALL = """
      {"id":"0e7a5b1e-3f2a-4c1d-9b8e-7a6f5e4d3c2b","customer_id":"5e4a0b1c-2d3e-4f50-8a9b-0c1d2e3f4a5b",\
      "source":{"type":"tel","target":"+14155550100"},\
      "destinations":[{"type":"tel","target":"+14155550101"},{"type":"sip","target":"bob@example.com"}],\
      "flow_id":"c1d2e3f4-a5b6-7890-cdef-1234567890ab","status":"progressing","ring_method":"ring_all",\
      "answer_method":"hangup_others","call_ids":["6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"],\
      "tm_create":"2024-01-01 10:00:00.000000","tm_update":"2024-01-01T10:00:01.123456Z",\
      "tm_delete":"9999-01-01 00:00:00.000000"}""";

  static final String GROUPCALL_LIST = "{\"result\":[" + GROUPCALL + "," + GROUPCALL
      + "],\"next_page_token\":\"2024-01-01 10:00:00.000000\"}";

  static final String LEAD = """
      {"id":42,"uuid":"e36e2da0-0d68-4c1d-9b8e-7a6f5e4d3c2b","caller_id":"+15551234567",\
      "created_at":"2016-01-01 12:25:15 -0500","updated_at":"2016-01-02 12:25:15 -0500","revenue":"12.50",\
      "payout":3,"opt_out":false,"first_name":"Jane","email":"jane@example.com","lead_token":"%s",\
      "data":{"source":"web"}}""".formatted(Secrets.SERVER_LEAD_TOKEN);

  /** One lead for per_page 5: a short page, the last (TrackDrive documents no total). */
  static final String LEAD_LIST = "{\"leads\":[" + LEAD + "],\"metadata\":{\"page\":1,\"per_page\":5}}";

  static final String GROUP = """
      {"id":12,"name":"Spring","time_zone":"Eastern","rich_data_type":"Rich","billing_group_id":3,\
      "email_notifications":"a@x.com,b@x.com","customer_id":77,"tracking_javascript":"<script></script>",\
      "status":"active","created_datetime":"2024-03-01T10:00:00","modified_datetime":"2024-03-02T11:30:00.123Z"}""";

  static final String GROUP_LIST = "{\"results\":[" + GROUP + "," + GROUP
      + "],\"paging\":{\"pageNumber\":1,\"pageSize\":2,\"total\":40}}";
}
