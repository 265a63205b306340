package dev.switchboard.testkit.trackdrive;

import dev.switchboard.testkit.Emulation;
import dev.switchboard.testkit.Sandbox;
import dev.switchboard.testkit.SandboxCredentials;
import dev.switchboard.testkit.SandboxExchange;
import dev.switchboard.testkit.SandboxState;

import java.io.IOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Emulates the TrackDrive leads API under {@link Sandbox#TRACKDRIVE_PREFIX} (API-FACTS section 4, seed 003).
 *
 * <h2>Auth</h2>
 * {@code Authorization: Basic base64(}{@link SandboxCredentials#TRACKDRIVE_PUBLIC_KEY}{@code :}{@link
 * SandboxCredentials#TRACKDRIVE_PRIVATE_KEY}{@code )}, or {@code Authorization: Token <private key>} (also
 * {@code Token token="<private key>"}), or the legacy {@code ?auth_token=<private key>}. Otherwise 401
 * {@code {"errors":["Unauthorized"]}} with {@code WWW-Authenticate: Basic realm="Application"}. Lead submission
 * ({@code POST /leads}) authenticates with {@code lead_token} (also {@code offer_lead_token} /
 * {@code schedule_lead_token}), as query parameter, JSON field or form field; the only valid one is
 * {@link #LEAD_TOKEN} (offer {@link #LEAD_TOKEN_OFFER_ID}, schedule {@link #LEAD_TOKEN_SCHEDULE_ID}). A missing or
 * unknown lead token → 401 {@code {"errors":["Invalid lead_token"]}}.
 *
 * <h2>Errors (sandbox choice — TrackDrive's error body is undocumented)</h2>
 * Always {@code {"errors":["message", ...]}}: 401 auth, 404 unknown lead/route ({@code "Not found"}), 422 for every
 * invalid parameter (unknown column, bad serializer, bad date, bad boolean spelling, non-numeric page/ids, unknown
 * {@code created_at_label} or {@code time_zone}, blank {@code caller_id}, ...).
 *
 * <h2>GET /leads</h2>
 * <ul>
 *   <li>Order: newest first ({@code created_at} desc, then {@code id} desc). Seeded lead ids 1..{@link #SEEDED_LEADS}
 *       grow with {@code created_at}; created leads continue from there.</li>
 *   <li>{@code page} 1-based (&lt;1 → 1), {@code per_page} default 25, ≤0 → 25, capped at {@link #MAX_PER_PAGE}.</li>
 *   <li>Envelope {@code {"leads":[...],"metadata":{"page","per_page","total_count","total_pages"}}} (metadata keys are
 *       undocumented: sandbox choice; {@code per_page} is the effective one). {@code root=false} → bare array.</li>
 *   <li>{@code serializer}: {@code lead} (default, also for blank) = every seed column except the foreign-key ids and
 *       the grid UI fields; {@code lead_grid} = every seed column (adds {@code offer_id, schedule_id,
 *       traffic_source_id, buyer_id, lead_import_id, attempted_call_id, connected_call_id, scheduled_callback_id,
 *       call_buyer_conversion_id, call_offer_conversion_id, sms_number_id, dial_number_id} and {@code routes_show_path,
 *       routes_edit_path, context_menu_name, css_status}) plus {@code contact_id}; {@code lead_external} = the reduced
 *       {@link #EXTERNAL_COLUMNS}. See {@link #LEAD_COLUMNS}, {@link #GRID_COLUMNS}.</li>
 *   <li>{@code columns=a,b,c}: exactly those keys, in the requested order, from any of the seed's column list
 *       ({@link #ALL_COLUMNS}), whatever the serializer; an unknown column → 422.</li>
 *   <li>Dates: {@code created_at_from/to}, {@code next_action_at_from/to} formatted {@code 2016-01-01 12:25:15 -0500}
 *       (also accepted: no offset → {@code time_zone}; ISO 8601; a {@code +} decoded to a space); both bounds inclusive;
 *       anything else → 422. {@code next_action_at_*} excludes leads without a next action.</li>
 *   <li>{@code created_at_label}: Last 5/15/30 Min, Last Hour, Last 4/6/12 Hours, Last Day (24 h), Last 2 Days (48 h):
 *       {@code [now - d, now]}; Today/Yesterday, This/Last Week (weeks start Monday), This/Last Month, This/Last Quarter,
 *       This/Last Year: calendar periods in {@code time_zone} ("This ..." ends now); Last 6 Months {@code [now - 6
 *       months, now]}; Lifetime, blank and Custom Range apply no label range (Custom Range uses the
 *       {@code created_at_from/to} params, which are otherwise ANDed with the label range). Matching is case-insensitive.</li>
 *   <li>{@code time_zone}: an IANA id, an offset, or a Rails name such as {@code Eastern Time (US & Canada)}; default UTC.
 *       It also sets the offset of the timestamps in the response (Rails {@code Time.use_zone}).</li>
 *   <li>{@code fulltext}: case-insensitive substring of id, uuid, name, caller_id, email, sub_id, zip, state or any
 *       {@code data} value. {@code status}: case-insensitive equality. {@code number}: digits compared after dropping a
 *       leading US country code 1 ({@code 5551234567}, {@code +15551234567} and {@code 1-555-123-4567} are the same).
 *       {@code email}: case-insensitive equality. {@code offer_id, buyer_id, schedule_id, traffic_source_id,
 *       contact_id}: integer or comma list of integers.</li>
 *   <li>Booleans ({@code root, has_next_action, buyer_converted, offer_converted, either_converted, opt_out,
 *       status_wait}) accept 1/true/yes/on/0/false/no/off (case-insensitive). {@code status_wait=true} selects leads
 *       waiting on a future {@code next_action_at}, {@code false} the others (sandbox interpretation).</li>
 * </ul>
 *
 * <h2>Lead JSON</h2>
 * Timestamps are ISO 8601 with milliseconds and offset ({@code 2026-03-18T15:30:00.000Z}); {@code revenue} and
 * {@code payout} are decimal <em>strings</em> ({@code "12.5"}, like Rails' BigDecimal); ids are integers;
 * {@code data} is an object of lead tokens.
 *
 * <h2>Other endpoints</h2>
 * <ul>
 *   <li>{@code POST /leads} (JSON or form body, plus query parameters): {@code caller_id} required (normalised to E.164,
 *       fewer than 10 digits → 422); the documented reserved keys are applied; {@code data} (object) and every other
 *       key become lead tokens in {@code data}; {@code first_name}/{@code last_name} tokens also fill
 *       {@code full_name}. Always creates a new lead; answers 200 with the bare serialised lead ({@code serializer}
 *       query parameter honoured).</li>
 *   <li>{@code PUT /leads/{uuid or id}} (Basic/Token auth; JSON/form body and/or query): {@code opt_out, email, caller_id,
 *       blocked, traffic_source_id, next_action_at, schedule_callback_at, contact_field_type, expires_in, data} (data is
 *       merged; a {@code null} token value removes it). An explicit JSON {@code null} clears a field (booleans become
 *       false). {@code schedule_callback_at} also sets {@code next_action_at} and a {@code scheduled_callback_id}.
 *       Answers 200 with the bare lead.</li>
 *   <li>{@code GET /leads/{id or uuid}}: the bare lead. <b>Unverified</b> on the real API (API-FACTS: inferred from the
 *       apipie resource pattern).</li>
 * </ul>
 * <p>Seeds {@link #SEEDED_LEADS} leads deterministically from the sandbox seed and the clock; they are generated on the
 * first request, not at sandbox start.
 */
public final class TrackdriveEmulation implements Emulation {

    /** The lead token the emulation accepts (the sandbox credential {@code TRACKDRIVE_LEAD_TOKEN}). */
    public static final String LEAD_TOKEN = SandboxCredentials.TRACKDRIVE_LEAD_TOKEN;
    /** Offer id the sandbox lead token belongs to. */
    public static final long LEAD_TOKEN_OFFER_ID = 1;
    /** Schedule id the sandbox lead token belongs to. */
    public static final long LEAD_TOKEN_SCHEDULE_ID = 1;
    /** Number of leads the emulation seeds. */
    public static final int SEEDED_LEADS = 5000;
    /** Page size used when a request gives none. */
    public static final int DEFAULT_PER_PAGE = 25;
    /** Largest page size the emulation accepts. */
    public static final int MAX_PER_PAGE = 100;

    /** The seed's column pick list, in its order. */
    public static final List<String> ALL_COLUMNS = List.of("id", "legacy_id", "type", "uuid", "created_at",
            "updated_at", "deleted_at", "user_updated_at", "routes_show_path", "routes_edit_path", "external_record_id",
            "context_menu_name", "name", "caller_id", "email", "full_name", "contact_field_type", "expires_in", "country",
            "state_province", "zip_postal_code", "time_zone", "sub_id", "offer_id", "schedule_id", "status",
            "human_status", "css_status", "has_next_action", "opt_out", "revenue", "payout", "offer_converted",
            "buyer_converted", "traffic_source_id", "buyer_id", "lead_import_id", "remote_ip", "attempted_call_id",
            "connected_call_id", "scheduled_callback_id", "call_buyer_conversion_id", "call_offer_conversion_id",
            "sms_number_id", "dial_number_id", "dial_tier", "last_action_at", "first_action_at", "first_queued_at",
            "schedule_ended_at", "next_action_at", "last_call_at", "is_live", "schedule_trigger_type", "blocked", "data");

    /** Columns only the {@code lead_grid} serializer adds (foreign keys and grid UI fields). */
    public static final List<String> GRID_ONLY_COLUMNS = List.of("routes_show_path", "routes_edit_path",
            "context_menu_name", "offer_id", "schedule_id", "css_status", "traffic_source_id", "buyer_id",
            "lead_import_id", "attempted_call_id", "connected_call_id", "scheduled_callback_id",
            "call_buyer_conversion_id", "call_offer_conversion_id", "sms_number_id", "dial_number_id");

    /** The keys of the default {@code lead} serializer. */
    public static final List<String> LEAD_COLUMNS =
            ALL_COLUMNS.stream().filter(c -> !GRID_ONLY_COLUMNS.contains(c)).toList();

    /** The keys of the {@code lead_grid} serializer: every column plus {@code contact_id}. */
    public static final List<String> GRID_COLUMNS;

    /** The keys of the {@code lead_external} serializer. */
    public static final List<String> EXTERNAL_COLUMNS = List.of("id", "uuid", "caller_id", "email", "status",
            "created_at", "updated_at", "next_action_at", "opt_out", "blocked", "data");

    static {
        List<String> g = new ArrayList<>(ALL_COLUMNS);
        g.add("contact_id");
        GRID_COLUMNS = List.copyOf(g);
    }

    /** Lead-submission keys that are not lead tokens. */
    public static final Set<String> RESERVED_SUBMISSION_KEYS = Set.of("lead_token", "schedule_lead_token",
            "offer_lead_token", "caller_id", "email", "contact_field_type", "schedule_callback_at",
            "schedule_callback_in_seconds", "update_all_matching_leads", "apply_to", "unblock_contact", "blocked",
            "assign_trackdrive_number", "assign_sms_number", "expire_existing", "delete_existing", "update_only",
            "lead_priority", "restart_schedule", "auto_format_nested_fields", "next_action_at", "hours_to_expire",
            "max_contact_attempts", "expires_in", "data");

    /** The {@code created_at_label} values of the seed. */
    public static final List<String> CREATED_AT_LABELS = List.of("Last 5 Min", "Last 15 Min", "Last 30 Min",
            "Last Hour", "Last 4 Hours", "Last 6 Hours", "Last 12 Hours", "Last Day", "Last 2 Days", "Today",
            "Yesterday", "This Week", "Last Week", "This Month", "Last Month", "This Quarter", "Last Quarter",
            "Last 6 Months", "This Year", "Last Year", "Lifetime", "Custom Range");

    /** {@code 2016-01-01 12:25:15 -0500}. */
    public static final DateTimeFormatter FILTER_DATE_FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z", Locale.ROOT);

    private final TrackdriveRouter router;

    /**
     * An emulation on the sandbox clock ({@link SandboxState#clock()}): the system clock unless the sandbox was built
     * with {@code Sandbox.Builder.clock(...)}, moved by {@code Sandbox.advanceClock(...)}.
     *
     * @param state the sandbox's shared state
     */
    public TrackdriveEmulation(SandboxState state) {
        this(state, state.clock());
    }

    /** With a fixed or controllable clock: seeded leads are placed relative to it and date labels use it as "now". */
    public TrackdriveEmulation(SandboxState state, Clock clock) {
        this.router = new TrackdriveRouter(Objects.requireNonNull(state, "state"),
                Objects.requireNonNull(clock, "clock"));
    }

    @Override
    public String prefix() {
        return Sandbox.TRACKDRIVE_PREFIX;
    }

    @Override
    public void handle(SandboxExchange ex) throws IOException {
        try {
            router.route(ex);
        } catch (Reject r) {
            r.respond(ex);
        }
    }
}
