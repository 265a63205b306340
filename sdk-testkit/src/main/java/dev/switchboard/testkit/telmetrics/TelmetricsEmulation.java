package dev.switchboard.testkit.telmetrics;

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
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;

/**
 * Emulates the Telmetrics v3 API <b>Groups</b> resource under {@link Sandbox#TELMETRICS_PREFIX}.
 *
 * <p><b>Unverified paths.</b> API-FACTS section 1: the Groups CRUD paths were not found in any public source; they are
 * inferred from the other v3 resources ({@code POST /groups}, {@code GET /groups}, {@code GET /groups/{id}},
 * {@code PUT /groups/{id}}). The field set is the seed's ("Groups Resource" field reference). The error body shape and
 * the create status code are undocumented too; the choices below are the sandbox's.
 *
 * <ul>
 *   <li><b>Auth</b>: header {@code x-organization-token: <}{@link SandboxCredentials#TELMETRICS_TOKEN}{@code >} (header
 *       names are case-insensitive); otherwise 401.</li>
 *   <li><b>Errors</b> (sandbox choice): {@code {"status": <http status>, "message": "...", "field": "<name>"}} where
 *       {@code field} is present for validation errors only. 400 validation, 401 auth, 404 unknown group or route
 *       (also for a non-numeric id), 409 duplicate name.</li>
 *   <li><b>Create</b> {@code POST /groups} (JSON): {@code name} required, unique (compared case-insensitively, trimmed) → 409
 *       on duplicate; {@code time_zone} required, one of Eastern/Central/Mountain/Pacific case-insensitively (stored in
 *       canonical capitalisation) else 400; {@code rich_data_type} Basic/Rich case-insensitively, default {@code Basic};
 *       {@code group_owner_id}, {@code billing_group_id}, {@code customer_id} integers (JSON numbers or digit strings);
 *       {@code email_notifications} a comma-delimited string of addresses each containing {@code @}. Answers
 *       <b>201</b> with the group (status {@code Active}).</li>
 *   <li><b>Group JSON</b>: {@code id} (integer, from {@link #FIRST_GROUP_ID}), {@code name}, {@code time_zone},
 *       {@code rich_data_type}, {@code billing_group_id}, {@code email_notifications}, {@code customer_id} (unset ones are
 *       {@code null}), {@code tracking_javascript}, {@code status} ({@code Active}/{@code Cancelled}),
 *       {@code created_datetime}, {@code modified_datetime} (UTC, ISO local date-time without zone, millisecond precision
 *       with trailing zeros trimmed, e.g. {@code 2019-11-15T14:10:03.25}). {@code group_owner_id} is accepted and stored
 *       but not returned (it is not in the seed's response table).</li>
 *   <li><b>List</b> {@code GET /groups}: {@code pagesize}/{@code pagenumber}, parameter names case-insensitive
 *       ({@code pageSize}, {@code PageNumber} ...). pagesize defaults to and is capped at {@link #MAX_PAGE_SIZE};
 *       pagenumber defaults to 1; a non-numeric or &lt;1 value → 400. A page past the end has empty {@code results}.
 *       Order: id ascending. Envelope {@code {"results":[...],"paging":{"pageNumber","pageSize","total"}}} where
 *       {@code pageSize} is the effective size.</li>
 *   <li><b>Update</b> {@code PUT /groups/{id}}: partial — only the fields present change (same validation;
 *       {@code status} may be set to Active/Cancelled; JSON {@code null} clears optional fields); bumps
 *       {@code modified_datetime}; answers 200 with the group.</li>
 * </ul>
 * <p>Seeds {@link #SEEDED_GROUPS} groups deterministically (names {@code "Group 001 ..."}; every tenth is Cancelled).
 */
public final class TelmetricsEmulation implements Emulation {

    /** Number of groups the emulation seeds. */
    public static final int SEEDED_GROUPS = 250;
    /** Id of the first seeded group (the others follow consecutively). */
    public static final long FIRST_GROUP_ID = 11_435_001L;
    /** Largest page size the emulation accepts. */
    public static final int MAX_PAGE_SIZE = 10_000;
    /** Time zone names the seeded groups cycle through. */
    public static final List<String> TIME_ZONES = List.of("Eastern", "Central", "Mountain", "Pacific");

    /** The created/modified timestamp layout: ISO local date-time, no zone, 0–3 fraction digits. */
    public static final DateTimeFormatter DATETIME = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String STORE_KEY = "telmetrics.groups";
    private static final String[] WORDS = {"Acme", "Northwind", "Contoso", "Globex", "Initech", "Umbrella", "Hooli",
        "Stark", "Wayne", "Wonka", "Tyrell", "Cyberdyne"};
    private static final String[] KINDS = {"Dental", "Plumbing", "Roofing", "HVAC", "Legal", "Auto", "Realty", "Clinic"};

    private final SandboxState state;
    private final Clock clock;

    /**
     * An emulation on the sandbox clock ({@link SandboxState#clock()}): the system clock unless the sandbox was built
     * with {@code Sandbox.Builder.clock(...)}, moved by {@code Sandbox.advanceClock(...)}.
     *
     * @param state the sandbox's shared state
     */
    public TelmetricsEmulation(SandboxState state) {
        this(state, state.clock());
    }

    /** Creates the Telmetrics emulation over the given shared sandbox state and clock. */
    public TelmetricsEmulation(SandboxState state, Clock clock) {
        this.state = Objects.requireNonNull(state, "state");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String prefix() {
        return Sandbox.TELMETRICS_PREFIX;
    }

    private static final class Group {
        long id;
        String name;
        String timeZone;
        String richDataType = "Basic";
        Long groupOwnerId;
        Long billingGroupId;
        String emailNotifications;
        Long customerId;
        String status = "Active";
        LocalDateTime created;
        LocalDateTime modified;

        ObjectNode toJson() {
            ObjectNode n = NODES.objectNode();
            n.put("id", id);
            n.put("name", name);
            n.put("time_zone", timeZone);
            n.put("rich_data_type", richDataType);
            n.put("billing_group_id", billingGroupId);
            n.put("email_notifications", emailNotifications);
            n.put("customer_id", customerId);
            n.put("tracking_javascript", "<script type=\"text/javascript\" src=\"https://js.telmetrics.com/tm.js?g="
                    + id + "\"></script>");
            n.put("status", status);
            n.put("created_datetime", DATETIME.format(created));
            n.put("modified_datetime", DATETIME.format(modified));
            return n;
        }
    }

    private static final class Store {
        final TreeMap<Long, Group> byId = new TreeMap<>();
        long nextId;
    }

    private Store store() {
        return state.get(STORE_KEY, this::seed);
    }

    private Store seed() {
        Store s = new Store();
        Random r = state.random("telmetrics");
        LocalDateTime now = now();
        for (int i = 1; i <= SEEDED_GROUPS; i++) {
            Group g = new Group();
            g.id = FIRST_GROUP_ID + i - 1;
            g.name = String.format(Locale.ROOT, "Group %03d %s %s", i, WORDS[r.nextInt(WORDS.length)],
                    KINDS[r.nextInt(KINDS.length)]);
            g.timeZone = TIME_ZONES.get(r.nextInt(TIME_ZONES.size()));
            g.richDataType = r.nextInt(4) == 0 ? "Rich" : "Basic";
            g.billingGroupId = r.nextBoolean() ? 5000L + r.nextInt(5) : null;
            g.customerId = r.nextInt(3) == 0 ? null : (long) (100 + r.nextInt(900));
            g.emailNotifications = r.nextInt(3) == 0 ? "alerts" + i + "@example.com,ops@example.com" : null;
            g.status = i % 10 == 0 ? "Cancelled" : "Active";
            g.created = now.minus((SEEDED_GROUPS - i + 1) * 86_400_000L + r.nextInt(86_400_000), ChronoUnit.MILLIS);
            g.modified = i % 10 == 0 ? g.created.plusDays(3) : g.created;
            s.byId.put(g.id, g);
        }
        s.nextId = FIRST_GROUP_ID + SEEDED_GROUPS;
        return s;
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }

    @Override
    public void handle(SandboxExchange ex) throws IOException {
        List<String> seg = ex.pathSegments();
        String method = ex.method();
        boolean known = !seg.isEmpty() && seg.get(0).equalsIgnoreCase("groups") && switch (seg.size()) {
            case 1 -> method.equals("GET") || method.equals("POST");
            case 2 -> method.equals("GET") || method.equals("PUT");
            default -> false;
        };
        if (!known) {
            error(ex, 404, "No HTTP resource was found that matches the request URI " + ex.fullPath() + ".", null);
            return;
        }
        if (!SandboxCredentials.TELMETRICS_TOKEN.equals(ex.header("x-organization-token"))) {
            error(ex, 401, "Authorization has been denied for this request.", null);
            return;
        }
        if (seg.size() == 1) {
            if (method.equals("GET")) {
                list(ex);
            } else {
                JsonNode body = jsonBody(ex);
                if (body != null) {
                    write(ex, null, body);
                }
            }
            return;
        }
        long id;
        try {
            id = Long.parseLong(seg.get(1));
        } catch (NumberFormatException e) {
            error(ex, 404, "Group not found: " + seg.get(1), null);
            return;
        }
        Store s = store();
        if (method.equals("GET")) {
            ObjectNode json;
            synchronized (s) {
                Group g = s.byId.get(id);
                json = g == null ? null : g.toJson();
            }
            if (json == null) {
                error(ex, 404, "Group not found: " + id, null);
            } else {
                ex.respondJson(200, json);
            }
            return;
        }
        JsonNode body = jsonBody(ex);
        if (body != null) {
            write(ex, id, body);
        }
    }

    private static JsonNode jsonBody(SandboxExchange ex) throws IOException {
        JsonNode body;
        try {
            body = ex.mapper().readTree(ex.body());
        } catch (IOException e) {
            body = null;
        }
        if (body == null || !body.isObject()) {
            error(ex, 400, "The request body must be a JSON object.", null);
            return null;
        }
        return body;
    }

    private static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;
        final String field;

        Invalid(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }
    }

    /** Creates ({@code id == null}) or partially updates a group. */
    private void write(SandboxExchange ex, Long id, JsonNode body) throws IOException {
        boolean create = id == null;
        // validate into locals first, so a failed update changes nothing
        String name;
        String tz;
        String rich;
        String status;
        Long owner;
        Long billing;
        Long customer;
        String emails;
        try {
            name = text(body, "name");
            if (name != null) {
                name = name.trim();
            }
            if (create && (name == null || name.isEmpty()) || !create && body.has("name") && (name == null || name.isEmpty())) {
                throw new Invalid("name", "name is required.");
            }
            tz = canonical(body, "time_zone", TIME_ZONES, create);
            rich = canonical(body, "rich_data_type", List.of("Basic", "Rich"), false);
            status = create ? null : canonical(body, "status", List.of("Active", "Cancelled"), false);
            owner = integer(body, "group_owner_id");
            billing = integer(body, "billing_group_id");
            customer = integer(body, "customer_id");
            emails = text(body, "email_notifications");
            if (emails != null) {
                for (String e : emails.split(",")) {
                    String t = e.trim();
                    if (t.isEmpty() || t.indexOf('@') <= 0 || t.indexOf('@') == t.length() - 1) {
                        throw new Invalid("email_notifications",
                                "email_notifications must be a comma delimited list of email addresses.");
                    }
                }
            }
        } catch (Invalid e) {
            error(ex, 400, e.getMessage(), e.field);
            return;
        }
        Store s = store();
        ObjectNode json;
        synchronized (s) {
            Group g;
            if (create) {
                g = new Group();
            } else {
                g = s.byId.get(id);
                if (g == null) {
                    error(ex, 404, "Group not found: " + id, null);
                    return;
                }
            }
            if (name != null) {
                for (Group other : s.byId.values()) {
                    if (other != g && other.name.equalsIgnoreCase(name)) {
                        error(ex, 409, "A group with the name '" + name + "' already exists.", "name");
                        return;
                    }
                }
                g.name = name;
            }
            if (tz != null) {
                g.timeZone = tz;
            }
            if (rich != null) {
                g.richDataType = rich;
            } else if (body.has("rich_data_type")) { // explicit null → back to the default
                g.richDataType = "Basic";
            }
            if (status != null) {
                g.status = status;
            }
            if (body.has("group_owner_id")) {
                g.groupOwnerId = owner;
            }
            if (body.has("billing_group_id")) {
                g.billingGroupId = billing;
            }
            if (body.has("customer_id")) {
                g.customerId = customer;
            }
            if (body.has("email_notifications")) {
                g.emailNotifications = emails == null ? null : emails.trim();
            }
            LocalDateTime now = now();
            if (create) {
                g.id = s.nextId++;
                g.created = now;
                s.byId.put(g.id, g);
            }
            g.modified = now;
            json = g.toJson();
        }
        if (create) {
            ex.responseHeader("Location", ex.emulationBaseUrl() + "/groups/" + json.get("id").asLong());
        }
        ex.respondJson(create ? 201 : 200, json);
    }

    private static String text(JsonNode body, String field) throws Invalid {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new Invalid(field, field + " must be a string.");
        }
        return v.asText();
    }

    private static String canonical(JsonNode body, String field, List<String> allowed, boolean required) throws Invalid {
        String v = text(body, field);
        if (v == null) {
            if (required) {
                throw new Invalid(field, field + " is required and must be one of " + String.join(", ", allowed) + ".");
            }
            if (body.has(field) && field.equals("time_zone")) {
                throw new Invalid(field, "time_zone cannot be cleared.");
            }
            return null;
        }
        for (String a : allowed) {
            if (a.equalsIgnoreCase(v.trim())) {
                return a;
            }
        }
        throw new Invalid(field, field + " must be one of " + String.join(", ", allowed) + ".");
    }

    private static Long integer(JsonNode body, String field) throws Invalid {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isIntegralNumber() && v.canConvertToLong()) {
            return v.asLong();
        }
        if (v.isTextual() && v.asText().trim().matches("-?\\d{1,18}")) {
            return Long.parseLong(v.asText().trim());
        }
        throw new Invalid(field, field + " must be an integer.");
    }

    private void list(SandboxExchange ex) throws IOException {
        Map<String, String> params = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        ex.queryParams().forEach((k, v) -> params.putIfAbsent(k, v.isEmpty() ? "" : v.get(0)));
        int size;
        int number;
        try {
            size = Math.min(positive(params.get("pagesize"), MAX_PAGE_SIZE, "pagesize"), MAX_PAGE_SIZE);
            number = positive(params.get("pagenumber"), 1, "pagenumber");
        } catch (Invalid e) {
            error(ex, 400, e.getMessage(), e.field);
            return;
        }
        Store s = store();
        ObjectNode root = NODES.objectNode();
        ArrayNode results = root.putArray("results");
        int total;
        synchronized (s) {
            List<Group> all = new ArrayList<>(s.byId.values());
            total = all.size();
            long from = (long) (number - 1) * size;
            for (long i = from; i < Math.min(total, from + size); i++) {
                results.add(all.get((int) i).toJson());
            }
        }
        ObjectNode paging = root.putObject("paging");
        paging.put("pageNumber", number);
        paging.put("pageSize", size);
        paging.put("total", total);
        ex.respondJson(200, root);
    }

    private static int positive(String raw, int dflt, String name) throws Invalid {
        if (raw == null || raw.isBlank()) {
            return dflt;
        }
        try {
            long v = Long.parseLong(raw.trim());
            if (v < 1) {
                throw new Invalid(name, name + " must be a positive integer.");
            }
            return (int) Math.min(v, Integer.MAX_VALUE);
        } catch (NumberFormatException e) {
            throw new Invalid(name, name + " must be a positive integer.");
        }
    }

    private static void error(SandboxExchange ex, int status, String message, String field) throws IOException {
        ObjectNode n = NODES.objectNode();
        n.put("status", status);
        n.put("message", message);
        if (field != null) {
            n.put("field", field);
        }
        ex.respondJson(status, n);
    }
}
