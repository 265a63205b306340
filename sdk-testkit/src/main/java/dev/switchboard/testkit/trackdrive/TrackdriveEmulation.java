package dev.switchboard.testkit.trackdrive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.Emulation;
import dev.switchboard.testkit.Sandbox;
import dev.switchboard.testkit.SandboxCredentials;
import dev.switchboard.testkit.SandboxExchange;
import dev.switchboard.testkit.SandboxState;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final DateTimeFormatter OUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX", Locale.ROOT);
    private static final Pattern FILTER_DATE = Pattern.compile(
            "^(\\d{4}-\\d{2}-\\d{2})[ T](\\d{2}:\\d{2}:\\d{2})(?:\\.\\d+)?\\s*(Z|[+-]\\d{2}:?\\d{2}|\\d{4})?$");
    private static final Map<String, String> RAILS_ZONES = Map.of(
            "eastern time (us & canada)", "America/New_York",
            "central time (us & canada)", "America/Chicago",
            "mountain time (us & canada)", "America/Denver",
            "pacific time (us & canada)", "America/Los_Angeles",
            "arizona", "America/Phoenix",
            "utc", "UTC");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String STORE_KEY = "trackdrive.leads";
    private static final String[] FIRST = {"James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael",
        "Linda", "David", "Elizabeth", "William", "Barbara", "Maria", "Wei", "Aisha", "Carlos"};
    private static final String[] LAST = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller",
        "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Nguyen", "Kim", "Patel", "Okafor"};
    private static final String[][] STATES = {{"NY", "America/New_York"}, {"TX", "America/Chicago"},
        {"CA", "America/Los_Angeles"}, {"FL", "America/New_York"}, {"IL", "America/Chicago"},
        {"CO", "America/Denver"}, {"AZ", "America/Phoenix"}, {"WA", "America/Los_Angeles"}};
    private static final String[] OTHER_STATUSES = {"contacted", "completed", "expired"};

    private final SandboxState state;
    private final Clock clock;

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
        this.state = Objects.requireNonNull(state, "state");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String prefix() {
        return Sandbox.TRACKDRIVE_PREFIX;
    }

    // ------------------------------------------------------------------ model

    private static final class Lead {
        long id;
        String uuid;
        Instant createdAt;
        Instant updatedAt;
        Instant userUpdatedAt;
        String externalRecordId;
        String fullName;
        String callerId;
        String email;
        String contactFieldType = "phone";
        Integer expiresIn;
        String country = "US";
        String stateProvince;
        String zip;
        String timeZone;
        String subId;
        Long offerId;
        Long scheduleId;
        String status;
        boolean optOut;
        BigDecimal revenue = BigDecimal.ZERO;
        BigDecimal payout = BigDecimal.ZERO;
        boolean offerConverted;
        boolean buyerConverted;
        Long trafficSourceId;
        Long buyerId;
        Long leadImportId;
        String remoteIp;
        Long attemptedCallId;
        Long connectedCallId;
        Long scheduledCallbackId;
        Long callBuyerConversionId;
        Long callOfferConversionId;
        Long smsNumberId;
        Long dialNumberId;
        Integer dialTier;
        Instant lastActionAt;
        Instant firstActionAt;
        Instant firstQueuedAt;
        Instant scheduleEndedAt;
        Instant nextActionAt;
        Instant lastCallAt;
        boolean isLive;
        String scheduleTriggerType;
        boolean blocked;
        ObjectNode data = NODES.objectNode();
        long contactId;
    }

    private static final class Store {
        final List<Lead> leads = new ArrayList<>(); // oldest first
        final Map<String, Lead> byUuid = new LinkedHashMap<>();
        long nextId;
    }

    private Store store() {
        return state.get(STORE_KEY, this::seed);
    }

    private Store seed() {
        Store s = new Store();
        Random r = state.random("trackdrive");
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Lead[] newestFirst = new Lead[SEEDED_LEADS];
        long age = 5 + r.nextInt(60);
        for (int i = 0; i < SEEDED_LEADS; i++) {
            if (i > 0) {
                age += i < 300 ? 30 + r.nextInt(300) : 600 + r.nextInt(24_000);
            }
            Lead l = new Lead();
            l.id = SEEDED_LEADS - i;
            l.uuid = new UUID(r.nextLong() & 0xffffffffffff0fffL | 0x4000L,
                    r.nextLong() & 0x3fffffffffffffffL | 0x8000000000000000L).toString();
            l.createdAt = now.minusSeconds(age).plusMillis(r.nextInt(1000));
            String first = FIRST[r.nextInt(FIRST.length)];
            String last = LAST[r.nextInt(LAST.length)];
            l.fullName = r.nextInt(10) == 0 ? null : first + " " + last;
            l.callerId = String.format(Locale.ROOT, "+1%03d555%04d", 201 + r.nextInt(780), r.nextInt(10_000));
            l.email = r.nextInt(3) == 0 ? null
                    : (first + "." + last + l.id + "@example.com").toLowerCase(Locale.ROOT);
            String[] st = STATES[r.nextInt(STATES.length)];
            l.stateProvince = st[0];
            l.timeZone = st[1];
            l.zip = String.format(Locale.ROOT, "%05d", 10_000 + r.nextInt(89_999));
            l.subId = r.nextInt(4) == 0 ? "sub-" + r.nextInt(50) : null;
            l.offerId = 1L + r.nextInt(20);
            l.scheduleId = r.nextInt(3) == 0 ? null : 1L + r.nextInt(10);
            l.trafficSourceId = r.nextInt(5) == 0 ? null : 100L + r.nextInt(15);
            l.contactId = 10_000L + r.nextInt(4000);
            l.remoteIp = r.nextBoolean() ? "198.51.100." + r.nextInt(255) : null;
            l.leadImportId = r.nextInt(10) == 0 ? 700L + r.nextInt(5) : null;
            l.externalRecordId = r.nextInt(8) == 0 ? "EXT-" + (100_000 + l.id) : null;
            l.optOut = r.nextInt(20) == 0;
            l.blocked = r.nextInt(50) == 0;
            l.buyerConverted = !l.optOut && r.nextInt(6) == 0;
            l.offerConverted = l.buyerConverted ? r.nextInt(4) != 0 : !l.optOut && r.nextInt(12) == 0;
            if (l.buyerConverted) {
                l.buyerId = 300L + r.nextInt(12);
                l.revenue = BigDecimal.valueOf(500 + r.nextInt(5000), 2);
                l.callBuyerConversionId = 900_000L + l.id;
            }
            if (l.offerConverted) {
                l.payout = BigDecimal.valueOf(100 + r.nextInt(2000), 2);
                l.callOfferConversionId = 800_000L + l.id;
            }
            if (!l.optOut && !l.buyerConverted && r.nextInt(10) < 3) {
                // next action between 2 days before and 5 days after creation; some are still ahead of "now"
                l.nextActionAt = l.createdAt.plusSeconds(-172_800 + r.nextInt(604_800)).truncatedTo(ChronoUnit.SECONDS);
                l.scheduleTriggerType = r.nextBoolean() ? "lead_created" : "callback";
                if ("callback".equals(l.scheduleTriggerType)) {
                    l.scheduledCallbackId = 600_000L + l.id;
                }
            }
            if (r.nextInt(3) != 0) {
                l.firstQueuedAt = l.createdAt.plusSeconds(1);
                l.firstActionAt = l.createdAt.plusSeconds(5 + r.nextInt(300));
                l.lastActionAt = l.firstActionAt.plusSeconds(r.nextInt(86_400));
                l.attemptedCallId = 1_000_000L + l.id;
                l.dialNumberId = 50L + r.nextInt(5);
                l.dialTier = 1 + r.nextInt(3);
                if (r.nextBoolean()) {
                    l.connectedCallId = l.attemptedCallId;
                    l.lastCallAt = l.lastActionAt;
                }
            }
            l.smsNumberId = r.nextInt(6) == 0 ? 40L + r.nextInt(3) : null;
            l.isLive = i < 3;
            l.status = l.optOut ? "opted_out" : l.buyerConverted ? "converted"
                    : l.nextActionAt != null ? "scheduled" : OTHER_STATUSES[r.nextInt(OTHER_STATUSES.length)];
            if ("expired".equals(l.status)) {
                l.scheduleEndedAt = l.createdAt.plusSeconds(86_400);
                l.expiresIn = 0;
            }
            l.data.put("source", new String[] {"web", "facebook", "google", "tv"}[r.nextInt(4)]);
            if (r.nextBoolean()) {
                l.data.put("campaign", "spring-" + r.nextInt(9));
            }
            l.updatedAt = l.lastActionAt != null ? l.lastActionAt : l.createdAt;
            newestFirst[i] = l;
        }
        for (int i = SEEDED_LEADS - 1; i >= 0; i--) {
            s.leads.add(newestFirst[i]);
            s.byUuid.put(newestFirst[i].uuid, newestFirst[i]);
        }
        s.nextId = SEEDED_LEADS + 1L;
        return s;
    }

    // ------------------------------------------------------------------ serialisation

    private static ObjectNode serialize(Lead l, List<String> columns, ZoneId zone) {
        ObjectNode n = NODES.objectNode();
        for (String c : columns) {
            putColumn(n, c, l, zone);
        }
        return n;
    }

    private static void putColumn(ObjectNode n, String c, Lead l, ZoneId zone) {
        switch (c) {
            case "id" -> n.put(c, l.id);
            case "legacy_id", "deleted_at" -> n.putNull(c);
            case "type" -> n.put(c, "Lead");
            case "uuid" -> n.put(c, l.uuid);
            case "created_at" -> time(n, c, l.createdAt, zone);
            case "updated_at" -> time(n, c, l.updatedAt, zone);
            case "user_updated_at" -> time(n, c, l.userUpdatedAt, zone);
            case "routes_show_path" -> n.put(c, "/leads/" + l.id);
            case "routes_edit_path" -> n.put(c, "/leads/" + l.id + "/edit");
            case "external_record_id" -> n.put(c, l.externalRecordId);
            case "context_menu_name" -> n.put(c, "Lead #" + l.id);
            case "name" -> n.put(c, l.fullName != null ? l.fullName : l.callerId);
            case "caller_id" -> n.put(c, l.callerId);
            case "email" -> n.put(c, l.email);
            case "full_name" -> n.put(c, l.fullName);
            case "contact_field_type" -> n.put(c, l.contactFieldType);
            case "expires_in" -> n.put(c, l.expiresIn);
            case "country" -> n.put(c, l.country);
            case "state_province" -> n.put(c, l.stateProvince);
            case "zip_postal_code" -> n.put(c, l.zip);
            case "time_zone" -> n.put(c, l.timeZone);
            case "sub_id" -> n.put(c, l.subId);
            case "offer_id" -> n.put(c, l.offerId);
            case "schedule_id" -> n.put(c, l.scheduleId);
            case "status" -> n.put(c, l.status);
            case "human_status" -> n.put(c, humanStatus(l.status));
            case "css_status" -> n.put(c, switch (l.status) {
                case "converted" -> "success";
                case "scheduled", "pending" -> "info";
                case "opted_out" -> "danger";
                case "expired" -> "warning";
                default -> "default";
            });
            case "has_next_action" -> n.put(c, l.nextActionAt != null);
            case "opt_out" -> n.put(c, l.optOut);
            case "revenue" -> n.put(c, money(l.revenue));
            case "payout" -> n.put(c, money(l.payout));
            case "offer_converted" -> n.put(c, l.offerConverted);
            case "buyer_converted" -> n.put(c, l.buyerConverted);
            case "traffic_source_id" -> n.put(c, l.trafficSourceId);
            case "buyer_id" -> n.put(c, l.buyerId);
            case "lead_import_id" -> n.put(c, l.leadImportId);
            case "remote_ip" -> n.put(c, l.remoteIp);
            case "attempted_call_id" -> n.put(c, l.attemptedCallId);
            case "connected_call_id" -> n.put(c, l.connectedCallId);
            case "scheduled_callback_id" -> n.put(c, l.scheduledCallbackId);
            case "call_buyer_conversion_id" -> n.put(c, l.callBuyerConversionId);
            case "call_offer_conversion_id" -> n.put(c, l.callOfferConversionId);
            case "sms_number_id" -> n.put(c, l.smsNumberId);
            case "dial_number_id" -> n.put(c, l.dialNumberId);
            case "dial_tier" -> n.put(c, l.dialTier);
            case "last_action_at" -> time(n, c, l.lastActionAt, zone);
            case "first_action_at" -> time(n, c, l.firstActionAt, zone);
            case "first_queued_at" -> time(n, c, l.firstQueuedAt, zone);
            case "schedule_ended_at" -> time(n, c, l.scheduleEndedAt, zone);
            case "next_action_at" -> time(n, c, l.nextActionAt, zone);
            case "last_call_at" -> time(n, c, l.lastCallAt, zone);
            case "is_live" -> n.put(c, l.isLive);
            case "schedule_trigger_type" -> n.put(c, l.scheduleTriggerType);
            case "blocked" -> n.put(c, l.blocked);
            case "data" -> n.set(c, l.data.deepCopy());
            case "contact_id" -> n.put(c, l.contactId);
            default -> throw new IllegalArgumentException("unknown column " + c);
        }
    }

    private static String humanStatus(String status) {
        String s = status.replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String money(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 1 ? s.setScale(1) : s).toPlainString();
    }

    private static void time(ObjectNode n, String name, Instant t, ZoneId zone) {
        if (t == null) {
            n.putNull(name);
        } else {
            n.put(name, OUT.format(t.atZone(zone)));
        }
    }

    // ------------------------------------------------------------------ handling

    /** A 422 (or other) answer raised while reading parameters. */
    private static final class Reject extends Exception {
        private static final long serialVersionUID = 1L;
        final int status;

        Reject(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    @Override
    public void handle(SandboxExchange ex) throws IOException {
        try {
            route(ex);
        } catch (Reject r) {
            errors(ex, r.status, r.getMessage());
        }
    }

    private void route(SandboxExchange ex) throws IOException, Reject {
        List<String> seg = ex.pathSegments();
        String method = ex.method();
        if (seg.isEmpty() || !seg.get(0).equals("leads") || seg.size() > 2) {
            throw new Reject(404, "Not found");
        }
        if (seg.size() == 1 && method.equals("POST")) {
            submit(ex);
            return;
        }
        boolean known = seg.size() == 1 ? method.equals("GET")
                : method.equals("GET") || method.equals("PUT") || method.equals("PATCH");
        if (!known) {
            throw new Reject(404, "Not found");
        }
        if (!authenticated(ex)) {
            ex.responseHeader("WWW-Authenticate", "Basic realm=\"Application\"");
            throw new Reject(401, "Unauthorized");
        }
        if (seg.size() == 1) {
            list(ex);
            return;
        }
        Store s = store();
        ZoneId zone = zone(ex.queryParam("time_zone"));
        List<String> cols = serializerColumns(ex.queryParam("serializer"));
        ObjectNode json;
        if (method.equals("GET")) {
            synchronized (s) {
                json = serialize(find(s, seg.get(1)), cols, zone);
            }
        } else {
            Map<String, JsonNode> params = params(ex);
            synchronized (s) {
                Lead l = find(s, seg.get(1));
                update(l, params);
                json = serialize(l, cols, zone);
            }
        }
        ex.respondJson(200, json);
    }

    private static boolean authenticated(SandboxExchange ex) {
        String auth = ex.header("Authorization");
        if (auth != null) {
            String a = auth.trim();
            if (a.regionMatches(true, 0, "Basic ", 0, 6)) {
                try {
                    String decoded = new String(Base64.getDecoder().decode(a.substring(6).trim()), StandardCharsets.UTF_8);
                    return decoded.equals(SandboxCredentials.TRACKDRIVE_PUBLIC_KEY + ":"
                            + SandboxCredentials.TRACKDRIVE_PRIVATE_KEY);
                } catch (IllegalArgumentException e) {
                    return false;
                }
            }
            if (a.regionMatches(true, 0, "Token ", 0, 6)) {
                String t = a.substring(6).trim();
                if (t.startsWith("token=")) {
                    t = t.substring(6).replace("\"", "").trim();
                }
                return t.equals(SandboxCredentials.TRACKDRIVE_PRIVATE_KEY);
            }
            return false;
        }
        return SandboxCredentials.TRACKDRIVE_PRIVATE_KEY.equals(ex.queryParam("auth_token"));
    }

    private static Lead find(Store s, String ref) throws Reject {
        Lead l = s.byUuid.get(ref.toLowerCase(Locale.ROOT));
        if (l == null && ref.matches("\\d{1,18}")) {
            long id = Long.parseLong(ref);
            if (id >= 1 && id <= s.leads.size()) {
                Lead candidate = s.leads.get((int) id - 1); // ids are dense and in list order
                if (candidate.id == id) {
                    l = candidate;
                }
            }
        }
        if (l == null) {
            throw new Reject(404, "Not found");
        }
        return l;
    }

    private static List<String> serializerColumns(String serializer) throws Reject {
        if (serializer == null || serializer.isBlank() || serializer.equals("lead")) {
            return LEAD_COLUMNS;
        }
        return switch (serializer) {
            case "lead_grid" -> GRID_COLUMNS;
            case "lead_external" -> EXTERNAL_COLUMNS;
            default -> throw new Reject(422, "serializer must be one of: lead, lead_grid, lead_external");
        };
    }

    // ------------------------------------------------------------------ list

    private void list(SandboxExchange ex) throws IOException, Reject {
        ZoneId zone = zone(ex.queryParam("time_zone"));
        List<String> cols = serializerColumns(ex.queryParam("serializer"));
        String columns = ex.queryParam("columns");
        if (columns != null && !columns.isBlank()) {
            LinkedHashSet<String> chosen = new LinkedHashSet<>();
            List<String> unknown = new ArrayList<>();
            for (String c : columns.split(",")) {
                String t = c.trim();
                if (t.isEmpty()) {
                    continue;
                }
                if (ALL_COLUMNS.contains(t)) {
                    chosen.add(t);
                } else {
                    unknown.add(t);
                }
            }
            if (!unknown.isEmpty()) {
                throw new Reject(422, "Unknown column(s): " + String.join(", ", unknown)
                        + ". columns must be any combination of: " + String.join(", ", ALL_COLUMNS));
            }
            cols = List.copyOf(chosen);
        }
        int page = Math.max(1, number(ex, "page", 1));
        int perPage = number(ex, "per_page", DEFAULT_PER_PAGE);
        perPage = perPage <= 0 ? DEFAULT_PER_PAGE : Math.min(perPage, MAX_PER_PAGE);
        Boolean root = bool(ex, "root");
        Predicate<Lead> filter = filter(ex, zone);

        Store s = store();
        List<ObjectNode> pageItems = new ArrayList<>();
        int total = 0;
        long from = (long) (page - 1) * perPage;
        synchronized (s) {
            for (int i = s.leads.size() - 1; i >= 0; i--) { // newest first
                Lead l = s.leads.get(i);
                if (filter.test(l)) {
                    if (total >= from && total < from + perPage) {
                        pageItems.add(serialize(l, cols, zone));
                    }
                    total++;
                }
            }
        }
        ArrayNode arr = NODES.arrayNode();
        pageItems.forEach(arr::add);
        if (Boolean.FALSE.equals(root)) {
            ex.respondJson(200, arr);
            return;
        }
        ObjectNode body = NODES.objectNode();
        body.set("leads", arr);
        ObjectNode meta = body.putObject("metadata");
        meta.put("page", page);
        meta.put("per_page", perPage);
        meta.put("total_count", total);
        meta.put("total_pages", (total + perPage - 1) / perPage);
        ex.respondJson(200, body);
    }

    private Predicate<Lead> filter(SandboxExchange ex, ZoneId zone) throws Reject {
        List<Predicate<Lead>> all = new ArrayList<>();
        Instant now = clock.instant();
        String label = ex.queryParam("created_at_label");
        if (label != null && !label.isBlank()) {
            Instant[] range = labelRange(label.trim(), now, zone);
            if (range != null) {
                Instant a = range[0];
                Instant b = range[1];
                all.add(l -> !l.createdAt.isBefore(a) && l.createdAt.isBefore(b));
            }
        }
        Instant caFrom = date(ex, "created_at_from", zone);
        Instant caTo = date(ex, "created_at_to", zone);
        if (caFrom != null) {
            all.add(l -> !l.createdAt.isBefore(caFrom));
        }
        if (caTo != null) {
            all.add(l -> !l.createdAt.isAfter(caTo));
        }
        Instant naFrom = date(ex, "next_action_at_from", zone);
        Instant naTo = date(ex, "next_action_at_to", zone);
        if (naFrom != null) {
            all.add(l -> l.nextActionAt != null && !l.nextActionAt.isBefore(naFrom));
        }
        if (naTo != null) {
            all.add(l -> l.nextActionAt != null && !l.nextActionAt.isAfter(naTo));
        }
        String fulltext = ex.queryParam("fulltext");
        if (fulltext != null && !fulltext.isBlank()) {
            String q = fulltext.trim().toLowerCase(Locale.ROOT);
            all.add(l -> matchesText(l, q));
        }
        String status = ex.queryParam("status");
        if (status != null && !status.isBlank()) {
            all.add(l -> l.status.equalsIgnoreCase(status.trim()));
        }
        String number = ex.queryParam("number");
        if (number != null && !number.isBlank()) {
            String digits = usDigits(number);
            all.add(l -> l.callerId != null && usDigits(l.callerId).equals(digits));
        }
        String email = ex.queryParam("email");
        if (email != null && !email.isBlank()) {
            all.add(l -> l.email != null && l.email.equalsIgnoreCase(email.trim()));
        }
        idFilter(ex, "offer_id", all, l -> l.offerId);
        idFilter(ex, "buyer_id", all, l -> l.buyerId);
        idFilter(ex, "schedule_id", all, l -> l.scheduleId);
        idFilter(ex, "traffic_source_id", all, l -> l.trafficSourceId);
        idFilter(ex, "contact_id", all, l -> l.contactId);
        boolFilter(ex, "has_next_action", all, l -> l.nextActionAt != null);
        boolFilter(ex, "buyer_converted", all, l -> l.buyerConverted);
        boolFilter(ex, "offer_converted", all, l -> l.offerConverted);
        boolFilter(ex, "either_converted", all, l -> l.buyerConverted || l.offerConverted);
        boolFilter(ex, "opt_out", all, l -> l.optOut);
        boolFilter(ex, "status_wait", all, l -> l.nextActionAt != null && l.nextActionAt.isAfter(now));
        return l -> {
            for (Predicate<Lead> p : all) {
                if (!p.test(l)) {
                    return false;
                }
            }
            return true;
        };
    }

    private static boolean matchesText(Lead l, String q) {
        if (Long.toString(l.id).equals(q) || l.uuid.contains(q)) {
            return true;
        }
        for (String v : new String[] {l.fullName, l.callerId, l.email, l.subId, l.zip, l.stateProvince}) {
            if (v != null && v.toLowerCase(Locale.ROOT).contains(q)) {
                return true;
            }
        }
        for (Iterator<JsonNode> it = l.data.elements(); it.hasNext(); ) {
            JsonNode v = it.next();
            String t = v.isTextual() ? v.asText() : v.toString();
            if (t.toLowerCase(Locale.ROOT).contains(q)) {
                return true;
            }
        }
        return false;
    }

    /** Digits without a leading US country code 1 (for 11-digit numbers). */
    static String usDigits(String number) {
        String d = number.replaceAll("\\D", "");
        return d.length() == 11 && d.startsWith("1") ? d.substring(1) : d;
    }

    private interface LongGetter {
        Long get(Lead l);
    }

    private static void idFilter(SandboxExchange ex, String name, List<Predicate<Lead>> all, LongGetter getter)
            throws Reject {
        String v = ex.queryParam(name);
        if (v == null || v.isBlank()) {
            return;
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (String p : v.split(",")) {
            try {
                ids.add(Long.parseLong(p.trim()));
            } catch (NumberFormatException e) {
                throw new Reject(422, name + " must be an integer id (or a comma separated list of ids)");
            }
        }
        all.add(l -> {
            Long x = getter.get(l);
            return x != null && ids.contains(x);
        });
    }

    private static void boolFilter(SandboxExchange ex, String name, List<Predicate<Lead>> all, Predicate<Lead> p)
            throws Reject {
        Boolean b = bool(ex, name);
        if (b != null) {
            all.add(b ? p : p.negate());
        }
    }

    /** Parses the seed's boolean spellings; {@code null} when absent or blank. */
    static Boolean parseBool(String name, String v) throws Reject {
        if (v == null || v.isBlank()) {
            return null;
        }
        return switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "1", "true", "yes", "on" -> Boolean.TRUE;
            case "0", "false", "no", "off" -> Boolean.FALSE;
            default -> throw new Reject(422, name + " must be a boolean value: 1, true, yes, on, 0, false, no, off");
        };
    }

    private static Boolean bool(SandboxExchange ex, String name) throws Reject {
        return parseBool(name, ex.queryParam(name));
    }

    private static int number(SandboxExchange ex, String name, int dflt) throws Reject {
        String v = ex.queryParam(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, Long.parseLong(v.trim())));
        } catch (NumberFormatException e) {
            throw new Reject(422, name + " must be a number");
        }
    }

    static ZoneId zone(String tz) throws Reject {
        if (tz == null || tz.isBlank()) {
            return ZoneOffset.UTC;
        }
        String mapped = RAILS_ZONES.get(tz.trim().toLowerCase(Locale.ROOT));
        try {
            return ZoneId.of(mapped != null ? mapped : tz.trim());
        } catch (RuntimeException e) {
            throw new Reject(422, "time_zone is not a known time zone: " + tz);
        }
    }

    private static Instant date(SandboxExchange ex, String name, ZoneId zone) throws Reject {
        String v = ex.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        Instant t = parseDate(v, zone);
        if (t == null) {
            throw new Reject(422, name + " must be a date formatted like 2016-01-01 12:25:15 -0500");
        }
        return t;
    }

    /** {@code 2016-01-01 12:25:15 -0500} (offset optional → {@code zone}; {@code T} and ISO offsets accepted), else null. */
    static Instant parseDate(String raw, ZoneId zone) {
        Matcher m = FILTER_DATE.matcher(raw.trim());
        if (!m.matches()) {
            return null;
        }
        try {
            LocalDateTime local = LocalDateTime.parse(m.group(1) + "T" + m.group(2));
            String off = m.group(3);
            if (off == null) {
                return local.atZone(zone).toInstant();
            }
            if (off.equals("Z")) {
                return local.toInstant(ZoneOffset.UTC);
            }
            if (Character.isDigit(off.charAt(0))) { // "+0500" whose '+' was URL-decoded to a space
                off = "+" + off;
            }
            off = off.replace(":", "");
            return local.toInstant(ZoneOffset.of(off.substring(0, 3) + ":" + off.substring(3)));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** [from, to) of a label, or null for Lifetime / Custom Range. */
    static Instant[] labelRange(String label, Instant now, ZoneId zone) throws Reject {
        String canonical = null;
        for (String l : CREATED_AT_LABELS) {
            if (l.equalsIgnoreCase(label)) {
                canonical = l;
            }
        }
        if (canonical == null) {
            throw new Reject(422, "created_at_label must be one of: " + String.join(", ", CREATED_AT_LABELS));
        }
        ZonedDateTime z = now.atZone(zone);
        LocalDate today = z.toLocalDate();
        Instant end = now.plusNanos(1); // "ends now", inclusive
        Duration d = switch (canonical) {
            case "Last 5 Min" -> Duration.ofMinutes(5);
            case "Last 15 Min" -> Duration.ofMinutes(15);
            case "Last 30 Min" -> Duration.ofMinutes(30);
            case "Last Hour" -> Duration.ofHours(1);
            case "Last 4 Hours" -> Duration.ofHours(4);
            case "Last 6 Hours" -> Duration.ofHours(6);
            case "Last 12 Hours" -> Duration.ofHours(12);
            case "Last Day" -> Duration.ofDays(1);
            case "Last 2 Days" -> Duration.ofDays(2);
            default -> null;
        };
        if (d != null) {
            return new Instant[] {now.minus(d), end};
        }
        LocalDate weekStart = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate monthStart = today.withDayOfMonth(1);
        LocalDate quarterStart = today.withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1).withDayOfMonth(1);
        LocalDate yearStart = today.withDayOfYear(1);
        return switch (canonical) {
            case "Today" -> new Instant[] {start(today, zone), start(today.plusDays(1), zone)};
            case "Yesterday" -> new Instant[] {start(today.minusDays(1), zone), start(today, zone)};
            case "This Week" -> new Instant[] {start(weekStart, zone), end};
            case "Last Week" -> new Instant[] {start(weekStart.minusWeeks(1), zone), start(weekStart, zone)};
            case "This Month" -> new Instant[] {start(monthStart, zone), end};
            case "Last Month" -> new Instant[] {start(monthStart.minusMonths(1), zone), start(monthStart, zone)};
            case "This Quarter" -> new Instant[] {start(quarterStart, zone), end};
            case "Last Quarter" -> new Instant[] {start(quarterStart.minusMonths(3), zone), start(quarterStart, zone)};
            case "Last 6 Months" -> new Instant[] {z.minusMonths(6).toInstant(), end};
            case "This Year" -> new Instant[] {start(yearStart, zone), end};
            case "Last Year" -> new Instant[] {start(yearStart.minusYears(1), zone), start(yearStart, zone)};
            default -> null; // Lifetime, Custom Range
        };
    }

    private static Instant start(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }

    // ------------------------------------------------------------------ create / update

    /** Query parameters, then the body (JSON object or form), later values winning; JSON keeps its types. */
    private static Map<String, JsonNode> params(SandboxExchange ex) throws Reject {
        Map<String, JsonNode> p = new LinkedHashMap<>();
        ex.queryParams().forEach((k, v) -> p.put(k, NODES.textNode(v.isEmpty() ? "" : v.get(v.size() - 1))));
        String body = ex.bodyString().trim();
        if (body.isEmpty()) {
            return p;
        }
        String ct = ex.header("Content-Type");
        boolean json = body.startsWith("{") || (ct != null && ct.toLowerCase(Locale.ROOT).contains("json"));
        if (json) {
            JsonNode n;
            try {
                n = ex.mapper().readTree(body);
            } catch (IOException e) {
                throw new Reject(422, "The request body is not valid JSON");
            }
            if (n == null || !n.isObject()) {
                throw new Reject(422, "The request body must be a JSON object");
            }
            n.properties().forEach(e -> p.put(e.getKey(), e.getValue()));
        } else {
            ex.formParams().forEach((k, v) -> {
                String key = k;
                if (k.startsWith("data[") && k.endsWith("]")) { // data[foo]=bar
                    JsonNode d = p.get("data");
                    ObjectNode obj = d instanceof ObjectNode o ? o : NODES.objectNode();
                    obj.put(k.substring(5, k.length() - 1), v.isEmpty() ? "" : v.get(v.size() - 1));
                    p.put("data", obj);
                    return;
                }
                p.put(key, NODES.textNode(v.isEmpty() ? "" : v.get(v.size() - 1)));
            });
        }
        return p;
    }

    private static String str(JsonNode n) {
        return n == null || n.isNull() ? null : n.isTextual() ? n.asText() : n.toString();
    }

    private static Boolean boolParam(String name, JsonNode n) throws Reject {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isBoolean()) {
            return n.asBoolean();
        }
        if (n.isIntegralNumber()) {
            return n.asLong() != 0;
        }
        return parseBool(name, n.asText());
    }

    private static Long longParam(String name, JsonNode n) throws Reject {
        if (n == null || n.isNull() || (n.isTextual() && n.asText().isBlank())) {
            return null;
        }
        if (n.isIntegralNumber()) {
            return n.asLong();
        }
        try {
            return Long.parseLong(n.asText().trim());
        } catch (NumberFormatException e) {
            throw new Reject(422, name + " must be a number");
        }
    }

    private static Instant dateParam(String name, JsonNode n) throws Reject {
        if (n == null || n.isNull() || (n.isTextual() && n.asText().isBlank())) {
            return null;
        }
        Instant t = parseDate(n.asText(), ZoneOffset.UTC);
        if (t == null) {
            try {
                t = java.time.OffsetDateTime.parse(n.asText().trim()).toInstant();
            } catch (RuntimeException e) {
                throw new Reject(422, name + " must be a date formatted like 2016-01-01 12:25:15 -0500");
            }
        }
        return t;
    }

    /** E.164 for US numbers; other numbers keep their digits with a {@code +}. */
    static String normalizeCallerId(String raw) throws Reject {
        String d = raw.replaceAll("\\D", "");
        if (d.length() < 10) {
            throw new Reject(422, "caller_id is invalid");
        }
        if (d.length() == 10) {
            return "+1" + d;
        }
        return "+" + d;
    }

    private void submit(SandboxExchange ex) throws IOException, Reject {
        Map<String, JsonNode> p = params(ex);
        String token = str(p.get("lead_token"));
        if (token == null) {
            token = str(p.get("offer_lead_token"));
        }
        if (token == null) {
            token = str(p.get("schedule_lead_token"));
        }
        if (!LEAD_TOKEN.equals(token)) {
            throw new Reject(401, "Invalid lead_token");
        }
        String caller = str(p.get("caller_id"));
        if (caller == null || caller.isBlank()) {
            throw new Reject(422, "caller_id can't be blank");
        }
        Lead l = new Lead();
        l.callerId = normalizeCallerId(caller);
        l.email = blankToNull(str(p.get("email")));
        String cft = blankToNull(str(p.get("contact_field_type")));
        if (cft != null) {
            l.contactFieldType = cft;
        }
        Boolean blocked = boolParam("blocked", p.get("blocked"));
        l.blocked = blocked != null && blocked;
        Long expires = longParam("expires_in", p.get("expires_in"));
        l.expiresIn = expires == null ? null : expires.intValue();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Instant next = dateParam("next_action_at", p.get("next_action_at"));
        Instant callback = dateParam("schedule_callback_at", p.get("schedule_callback_at"));
        Long callbackIn = longParam("schedule_callback_in_seconds", p.get("schedule_callback_in_seconds"));
        if (callback == null && callbackIn != null) {
            callback = now.plusSeconds(callbackIn);
        }
        JsonNode data = p.get("data");
        if (data != null && !data.isNull() && !data.isObject()) {
            throw new Reject(422, "data must be an object");
        }
        if (data != null && data.isObject()) {
            l.data.setAll((ObjectNode) data.deepCopy());
        }
        for (Map.Entry<String, JsonNode> e : p.entrySet()) {
            if (!RESERVED_SUBMISSION_KEYS.contains(e.getKey())) {
                l.data.set(e.getKey(), e.getValue().deepCopy());
            }
        }
        String first = str(l.data.get("first_name"));
        String last = str(l.data.get("last_name"));
        if (first != null || last != null) {
            l.fullName = ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim();
        }
        l.offerId = LEAD_TOKEN_OFFER_ID;
        l.scheduleId = LEAD_TOKEN_SCHEDULE_ID;
        l.remoteIp = ex.unwrap().getRemoteAddress().getAddress().getHostAddress();
        l.createdAt = now;
        l.updatedAt = now;
        l.contactId = 20_000L + Math.abs(usDigits(l.callerId).hashCode() % 10_000);
        if (callback != null) {
            l.nextActionAt = callback;
            l.scheduleTriggerType = "callback";
        } else if (next != null) {
            l.nextActionAt = next;
            l.scheduleTriggerType = "lead_created";
        }
        l.status = l.nextActionAt != null ? "scheduled" : "pending";
        Store s = store();
        ObjectNode json;
        ZoneId zone = zone(ex.queryParam("time_zone"));
        List<String> cols = serializerColumns(ex.queryParam("serializer"));
        synchronized (s) {
            l.id = s.nextId++;
            l.uuid = state.nextUuid().toString();
            if (l.scheduleTriggerType != null && l.scheduleTriggerType.equals("callback")) {
                l.scheduledCallbackId = 600_000L + l.id;
            }
            s.leads.add(l);
            s.byUuid.put(l.uuid, l);
            json = serialize(l, cols, zone);
        }
        ex.respondJson(200, json);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Applies a PUT; validates everything before changing anything. Caller holds the store lock. */
    private void update(Lead l, Map<String, JsonNode> p) throws Reject {
        Boolean optOut = boolParam("opt_out", p.get("opt_out"));
        Boolean blocked = boolParam("blocked", p.get("blocked"));
        Long ts = longParam("traffic_source_id", p.get("traffic_source_id"));
        Instant next = dateParam("next_action_at", p.get("next_action_at"));
        Instant callback = dateParam("schedule_callback_at", p.get("schedule_callback_at"));
        Long expires = longParam("expires_in", p.get("expires_in"));
        String caller = null;
        if (p.containsKey("caller_id")) {
            String c = blankToNull(str(p.get("caller_id")));
            caller = c == null ? null : normalizeCallerId(c);
        }
        JsonNode data = p.get("data");
        if (data != null && !data.isNull() && !data.isObject()) {
            throw new Reject(422, "data must be an object");
        }
        if (p.containsKey("opt_out")) {
            l.optOut = optOut != null && optOut;
            if (l.optOut) {
                l.status = "opted_out";
            }
        }
        if (p.containsKey("blocked")) {
            l.blocked = blocked != null && blocked;
        }
        if (p.containsKey("email")) {
            l.email = blankToNull(str(p.get("email")));
        }
        if (p.containsKey("caller_id")) {
            l.callerId = caller;
        }
        if (p.containsKey("traffic_source_id")) {
            l.trafficSourceId = ts;
        }
        if (p.containsKey("expires_in")) {
            l.expiresIn = expires == null ? null : expires.intValue();
        }
        if (p.containsKey("contact_field_type")) {
            String cft = blankToNull(str(p.get("contact_field_type")));
            l.contactFieldType = cft == null ? "phone" : cft;
        }
        if (p.containsKey("next_action_at")) {
            l.nextActionAt = next;
        }
        if (p.containsKey("schedule_callback_at")) {
            if (callback == null) {
                l.scheduledCallbackId = null;
                if ("callback".equals(l.scheduleTriggerType)) {
                    l.nextActionAt = null;
                    l.scheduleTriggerType = null;
                }
            } else {
                l.nextActionAt = callback;
                l.scheduleTriggerType = "callback";
                l.scheduledCallbackId = 600_000L + l.id;
            }
        }
        if (data != null && data.isObject()) {
            data.properties().forEach(e -> {
                if (e.getValue().isNull()) {
                    l.data.remove(e.getKey());
                } else {
                    l.data.set(e.getKey(), e.getValue().deepCopy());
                }
            });
        }
        if (!l.optOut && "scheduled".equals(l.status) && l.nextActionAt == null) {
            l.status = "pending";
        } else if (!l.optOut && l.nextActionAt != null && !"converted".equals(l.status)) {
            l.status = "scheduled";
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        l.updatedAt = now;
        l.userUpdatedAt = now;
    }

    private static void errors(SandboxExchange ex, int status, String... messages) throws IOException {
        ObjectNode n = NODES.objectNode();
        ArrayNode a = n.putArray("errors");
        for (String m : messages) {
            a.add(m);
        }
        ex.respondJson(status, n);
    }
}
