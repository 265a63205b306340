package dev.switchboard.callr.v2;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Every CALLR REST API v2 operation this SDK sends, with its method, path, retry safety and the evidence for it: the
 * one place where the client's knowledge of v2 is written down (the models' Javadoc marks confirmed and inferred
 * fields the same way). Source: CALLR's v2 reference (static-docs, preview.26), its migration guide's v1 → v2 table
 * ("Rosetta Stone") and guides, as collected in the SDK's v2 facts; {@link Evidence} grades each entry.
 *
 * <p>Retry safety: {@link #idempotent()} operations are retried after 5xx, timeouts and dropped connections; the
 * others ({@link #SMS_SEND}, {@link #ACTIONS_RUN}, {@link #STORE_RESERVE}, {@link #STORE_BUY}, the creates and the
 * export) never are once the request may have reached the server, unless the caller sets an idempotency key.
 */
public enum V2Endpoint {
  /** {@code GET /ping}: health check, returns {@code {pong, time}}. */
  PING("ping", "GET", "/ping", true, Evidence.CONFIRMED, "path, response"),

  /** {@code GET /actions}: search Callr Actions scenarios (replaces {@code apps.search}). */
  ACTIONS_SEARCH("actions.search", "GET", "/actions", true, Evidence.CONFIRMED, "path, query, response"),
  /** {@code POST /actions}: create a scenario (replaces {@code apps.create}); the response is inferred. */
  ACTIONS_CREATE("actions.create", "POST", "/actions", false, Evidence.CONFIRMED, "path, body; response [I]"),
  /** {@code GET /actions/{sid}}: get a scenario; not in the captured table, standard REST pattern. */
  ACTIONS_GET("actions.get", "GET", "/actions/{sid}", true, Evidence.INFERRED, "path [I]"),
  /** {@code PATCH /actions/{sid}}: update a scenario (replaces {@code apps.edit}); body fields inferred. */
  ACTIONS_UPDATE("actions.update", "PATCH", "/actions/{sid}", true, Evidence.CONFIRMED, "path; body [I]"),
  /** {@code DELETE /actions/{sid}}: delete a scenario (replaces {@code apps.delete}). */
  ACTIONS_DELETE("actions.delete", "DELETE", "/actions/{sid}", true, Evidence.CONFIRMED, "path"),
  /** {@code POST /actions/{sid}/runs}: start a run (replaces {@code actions.start}); body and response unknown. */
  ACTIONS_RUN("actions.run", "POST", "/actions/{sid}/runs", false, Evidence.CONFIRMED, "path; body/response [gap]"),
  /** {@code PUT /actions/{sid}/numbers/{number}}: assign a number (replaces {@code apps.assign_did}). */
  ACTIONS_ASSIGN_NUMBER("actions.assignNumber", "PUT", "/actions/{sid}/numbers/{number}", true,
      Evidence.CONFIRMED, "path"),
  /** {@code DELETE /actions/{sid}/numbers/{number}}: unassign a number (replaces {@code apps.remove_did}). */
  ACTIONS_UNASSIGN_NUMBER("actions.unassignNumber", "DELETE", "/actions/{sid}/numbers/{number}", true,
      Evidence.CONFIRMED, "path"),

  /** {@code GET /numbers}: search the account's numbers (replaces {@code did.search}); params inferred. */
  NUMBERS_SEARCH("numbers.search", "GET", "/numbers", true, Evidence.CONFIRMED, "path; query/response [I]"),
  /** {@code GET /numbers/{number}}: get one number. */
  NUMBERS_GET("numbers.get", "GET", "/numbers/{number}", true, Evidence.INFERRED, "path [I]"),
  /** {@code PATCH /numbers/{number}}: update a number; body unknown. */
  NUMBERS_UPDATE("numbers.update", "PATCH", "/numbers/{number}", true, Evidence.CONFIRMED, "path; body [gap]"),
  /**
   * {@code DELETE /numbers/{number}}: cancel the subscription (replaces {@code did/store.cancel_subscription}); one
   * capture prints {@code /numbers/{sid}}, {@code {number}} is the consistent reading.
   */
  NUMBERS_CANCEL("numbers.cancel", "DELETE", "/numbers/{number}", true, Evidence.CONFLICT, "path {number} vs {sid}"),
  /** {@code PUT /numbers/{number}/scenario/{sid}}: assign a scenario from the number's side. */
  NUMBERS_ASSIGN_SCENARIO("numbers.assignScenario", "PUT", "/numbers/{number}/scenario/{sid}", true,
      Evidence.CONFIRMED, "path"),
  /** {@code DELETE /numbers/{number}/scenario/{sid}}: unassign a scenario from the number's side. */
  NUMBERS_UNASSIGN_SCENARIO("numbers.unassignScenario", "DELETE", "/numbers/{number}/scenario/{sid}", true,
      Evidence.CONFIRMED, "path"),

  /** {@code GET /numbers/store/countries} (replaces {@code did/areacode.countries}); response unknown. */
  STORE_COUNTRIES("numbers.store.countries", "GET", "/numbers/store/countries", true, Evidence.CONFIRMED,
      "path; response [gap]"),
  /** {@code GET /numbers/store/types} (replaces {@code did/areacode.types}); params and response inferred. */
  STORE_TYPES("numbers.store.types", "GET", "/numbers/store/types", true, Evidence.CONFIRMED,
      "path; query [I]; response [gap]"),
  /** {@code GET /numbers/store/prefixes} (replaces {@code did/areacode.get_list}); params and response inferred. */
  STORE_PREFIXES("numbers.store.prefixes", "GET", "/numbers/store/prefixes", true, Evidence.CONFIRMED,
      "path; query [I]; response [gap]"),
  /**
   * {@code POST /numbers/store}: reserve numbers (replaces {@code did/store.reserve}); {@code prefix}/{@code area}
   * named as query parameters by the migration guide, their use here inferred.
   */
  STORE_RESERVE("numbers.store.reserve", "POST", "/numbers/store", false, Evidence.CONFIRMED,
      "path; query prefix/area [C names, I endpoint]; response token [I]"),
  /** {@code POST /numbers/store/{token}}: buy a reservation (replaces {@code did/store.buy_order}). */
  STORE_BUY("numbers.store.buy", "POST", "/numbers/store/{token}", false, Evidence.CONFIRMED,
      "path; response [gap]"),
  /** {@code DELETE /numbers/store/{token}}: cancel a reservation (replaces {@code did/store.cancel_order}). */
  STORE_CANCEL_ORDER("numbers.store.cancelOrder", "DELETE", "/numbers/store/{token}", true, Evidence.CONFIRMED,
      "path"),

  /**
   * {@code POST /sms?to=...&from=...&encoding=...&trafficType=...} with body {@code {"text": "..."}}: send an SMS
   * (replaces {@code sms.send}); the response (the created SMS) is inferred.
   */
  SMS_SEND("sms.send", "POST", "/sms", false, Evidence.CONFIRMED, "query, body; response [I]"),
  /** {@code GET /sms}: search SMS; the reference page is confirmed, its path and parameter names inferred. */
  SMS_SEARCH("sms.search", "GET", "/sms", true, Evidence.INFERRED, "path [I]; query names [I]"),
  /** {@code GET /sms/{sid}}: get one SMS. */
  SMS_GET("sms.get", "GET", "/sms/{sid}", true, Evidence.INFERRED, "path [I]"),

  /**
   * {@code POST /calls/export?direction=...&from=...&to=...}: export CDRs asynchronously (replaces
   * {@code cdr.export_async}); the response (a task) is inferred.
   */
  CALLS_EXPORT("calls.export", "POST", "/calls/export", false, Evidence.CONFIRMED,
      "path, query names; types/response [I]"),

  /** {@code GET /tasks/{taskid}}: a task's status (replaces {@code jobs.get}); the table prints POST. */
  TASKS_GET("tasks.get", "GET", "/tasks/{taskid}", true, Evidence.CONFLICT, "path; verb GET [I] vs POST printed"),
  /** {@code DELETE /tasks/{taskid}}: cancel a task (replaces {@code jobs.cancel}). */
  TASKS_CANCEL("tasks.cancel", "DELETE", "/tasks/{taskid}", true, Evidence.CONFIRMED, "path"),

  /** {@code GET /audio-files}: search audio files (replaces {@code media/library.search}). */
  AUDIO_FILES_SEARCH("audioFiles.search", "GET", "/audio-files", true, Evidence.CONFIRMED, "path; query [I]"),
  /** {@code POST /audio-files} with a JSON {@code name}: create without content (status {@code pending-content}). */
  AUDIO_FILES_CREATE("audioFiles.create", "POST", "/audio-files", false, Evidence.CONFIRMED, "path, body"),
  /** {@code POST /audio-files} as {@code multipart/form-data}: create with content; part names inferred. */
  AUDIO_FILES_UPLOAD("audioFiles.upload", "POST", "/audio-files", false, Evidence.CONFIRMED,
      "path, multipart; part names [I]"),
  /** {@code GET /audio-files/{sid}} (replaces {@code media/library.get}). */
  AUDIO_FILES_GET("audioFiles.get", "GET", "/audio-files/{sid}", true, Evidence.CONFIRMED, "path"),
  /** {@code PATCH /audio-files/{sid}}: rename (probably replaces {@code media/library.set_name}). */
  AUDIO_FILES_UPDATE("audioFiles.update", "PATCH", "/audio-files/{sid}", true, Evidence.INFERRED, "path [I]; body name [I]"),
  /** {@code DELETE /audio-files/{sid}} (replaces {@code media/library.delete}). */
  AUDIO_FILES_DELETE("audioFiles.delete", "DELETE", "/audio-files/{sid}", true, Evidence.CONFIRMED, "path"),
  /** {@code PUT /audio-files/{sid}/phone-id}: a DTMF code to record by phone; response unknown. */
  AUDIO_FILES_PHONE_ID("audioFiles.phoneId", "PUT", "/audio-files/{sid}/phone-id", true, Evidence.CONFIRMED,
      "path; response [gap]"),
  /**
   * {@code POST /audio-files/{sid}/file}: upload the content (replaces {@code media/library.set_content_from_file});
   * the upload page prints POST, the migration table PUT: POST is used, from the endpoint's own page.
   */
  AUDIO_FILES_CONTENT("audioFiles.content", "POST", "/audio-files/{sid}/file", false, Evidence.CONFLICT,
      "verb POST (upload page) vs PUT (table); multipart [I]"),

  /** {@code GET /billing/credit}: prepaid credit (replaces {@code billing.get_prepaid_credit}); fields unknown. */
  BILLING_CREDIT("billing.credit", "GET", "/billing/credit", true, Evidence.CONFIRMED, "path; response [gap]"),
  /** {@code GET /billing/destinations}: destinations and prices (replaces {@code list.destinations}). */
  BILLING_DESTINATIONS("billing.destinations", "GET", "/billing/destinations", true, Evidence.CONFIRMED,
      "path; response [gap]");

  /** How well an endpoint is known. */
  public enum Evidence {
    /** Method and path seen in CALLR's documentation (details may still be inferred, see {@link #details()}). */
    CONFIRMED,
    /** Not seen: deduced from naming patterns or the v1 equivalent. */
    INFERRED,
    /** Two CALLR sources disagree; the SDK uses the reading given in the Javadoc. */
    CONFLICT
  }

  private final String operation;
  private final String method;
  private final String path;
  private final boolean idempotent;
  private final Evidence evidence;
  private final String details;
  private final List<String> template;

  V2Endpoint(String operation, String method, String path, boolean idempotent, Evidence evidence, String details) {
    this.operation = operation;
    this.method = method;
    this.path = path;
    this.idempotent = idempotent;
    this.evidence = evidence;
    this.details = details;
    this.template = List.of(path.substring(1).split("/"));
  }

  /** Operation name in logs and exception messages, e.g. {@code sms.send}. */
  public String operation() {
    return operation;
  }

  /** HTTP method. */
  public String method() {
    return method;
  }

  /** Path template below the base URL, e.g. {@code /actions/{sid}/runs}. */
  public String path() {
    return path;
  }

  /** Whether the operation may be retried after an ambiguous failure. */
  public boolean idempotent() {
    return idempotent;
  }

  /** How well the method and path are known. */
  public Evidence evidence() {
    return evidence;
  }

  /** What is confirmed and what inferred about the request and response, in short. */
  public String details() {
    return details;
  }

  /** The path segments with the {@code {placeholders}} replaced by {@code values}, in order (unencoded). */
  List<String> segments(String... values) {
    List<String> out = new ArrayList<>(template.size());
    int next = 0;
    for (String segment : template) {
      if (segment.startsWith("{")) {
        if (next >= values.length) {
          throw new IllegalStateException(operation + ": missing path value for " + segment);
        }
        out.add(Objects.requireNonNull(values[next++], segment));
      } else {
        out.add(segment);
      }
    }
    if (next != values.length) {
      throw new IllegalStateException(operation + ": too many path values");
    }
    return out;
  }
}
