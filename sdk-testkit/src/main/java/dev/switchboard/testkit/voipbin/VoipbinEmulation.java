package dev.switchboard.testkit.voipbin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.Emulation;
import dev.switchboard.testkit.Fault;
import dev.switchboard.testkit.Sandbox;
import dev.switchboard.testkit.SandboxCredentials;
import dev.switchboard.testkit.SandboxExchange;
import dev.switchboard.testkit.SandboxState;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Emulates the VoIPBin REST API {@code /v1.0/groupcalls} resource (served under {@link Sandbox#VOIPBIN_PREFIX}).
 *
 * <h2>Wire behaviour (see API-FACTS section 2)</h2>
 * <ul>
 *   <li><b>Auth</b>: {@code Authorization: Bearer <}{@link SandboxCredentials#VOIPBIN_TOKEN}{@code >}, query
 *       {@code ?token=<VOIPBIN_TOKEN>}, query {@code ?accesskey=<}{@link SandboxCredentials#VOIPBIN_ACCESSKEY}{@code >}, or the
 *       cookies {@code token} / {@code accesskey} (like {@code authenticate.go}). The access key is <em>not</em> accepted
 *       in a header and the parameter names are not interchangeable. Anything else: 401
 *       {@code UNAUTHENTICATED / AUTHENTICATION_REQUIRED}.</li>
 *   <li><b>Errors</b>: always the envelope {@code {"error":{"status","reason","message","request_id"[,"details"]}}}
 *       with the canonical status matching the HTTP status. Unknown routes (checked before auth, like gin's NoRoute):
 *       404 {@code NOT_FOUND / ROUTE_NOT_FOUND}.</li>
 *   <li><b>List</b> {@code GET /groupcalls?page_size&page_token}: newest first (by {@code tm_create} descending, like the
 *       real server's {@code ORDER BY tm_create DESC}); {@code page_size} defaults to 100, values ≤0, >100 or
 *       non-numeric become 100; {@code page_token} is a {@code tm_create} in layout {@code 2006-01-02T15:04:05.000000Z}
 *       and selects items created strictly before it (an unparsable token → 400 {@code INVALID_ARGUMENT}).
 *       {@code next_page_token} is the last returned item's {@code tm_create} in that layout whenever the page has items
 *       — exactly like {@code GenerateListResponse}, so a short last page still carries a token and the following
 *       request returns {@code {"result":[],"next_page_token":""}}. Deleted groupcalls are not listed.</li>
 *   <li><b>Create</b> {@code POST /groupcalls}: malformed JSON, a non-object body, or a field of the wrong JSON type →
 *       400 {@code INVALID_JSON_BODY}; missing {@code source}, missing/empty {@code destinations}, missing
 *       {@code ring_method}/{@code answer_method}, an unknown ring/answer method, a non-UUID {@code flow_id}, or neither a
 *       (non-nil) {@code flow_id} nor non-empty {@code actions} → 400 {@code INVALID_ARGUMENT}. Success is <b>200</b> with
 *       the groupcall: status {@code progressing}, one {@code call_ids} entry per destination, {@code call_count} = number of
 *       destinations, {@code flow_id} = the given flow or a fresh id (the temporary flow built from {@code actions}).</li>
 *   <li><b>Get</b> {@code GET /groupcalls/{id}}: non-UUID → 400 {@code INVALID_ID}; unknown or deleted → 404
 *       {@code NOT_FOUND / GROUPCALL_NOT_FOUND}.</li>
 *   <li><b>Hangup</b> {@code POST /groupcalls/{id}/hangup}: a {@code progressing} groupcall answers {@code hangingup};
 *       the hangup completes before the next request that looks at it (no timers), so the next GET shows
 *       {@code hangup}. Hanging up a call that is already {@code hangup} (or still {@code hangingup}, which completes
 *       first) → 409 {@code FAILED_PRECONDITION / GROUPCALL_ALREADY_HANGUP}.</li>
 *   <li><b>Delete</b> {@code DELETE /groupcalls/{id}}: any status; sets {@code tm_delete} (and {@code tm_update}),
 *       answers 200 with the deleted groupcall; afterwards GET/hangup/delete answer 404.</li>
 *   <li><b>Serialisation</b> mirrors Go's {@code groupcall.WebhookMessage} with {@code omitempty}: empty strings
 *       ({@code owner_type}, {@code ring_method}, {@code answer_method}, empty address fields), zero ints
 *       ({@code call_count}, {@code groupcall_count}, {@code dial_index}), empty arrays ({@code groupcall_ids}) and unset
 *       timestamps ({@code tm_delete}) are omitted; nil UUIDs are written as {@code 00000000-0000-0000-0000-000000000000};
 *       timestamps are RFC 3339 in UTC with nanosecond precision and trailing zeros trimmed
 *       ({@code 2026-01-15T09:30:00.1234Z}; no fraction at all when it is zero).</li>
 *   <li><b>Rate limiting</b>: {@link #rateLimitNext(int, int, String)} makes the next requests answer 429
 *       {@code RESOURCE_EXHAUSTED / RATE_LIMIT_EXCEEDED} with {@code Retry-After} and {@code details[0].limited_by};
 *       {@link #rateLimitFault(int, String)} builds the same response as a {@link Fault}.</li>
 * </ul>
 * <p>Seeds {@link #SEEDED_GROUPCALLS} groupcalls (deterministic from the sandbox seed; ids, destinations and
 * statuses — mostly {@code hangup}, every fifth {@code progressing}), created over the last days relative to the
 * clock. All groupcalls belong to {@link #CUSTOMER_ID}.
 */
public final class VoipbinEmulation implements Emulation {

    /** How many groupcalls exist at start (and after {@link Sandbox#reset()}). */
    public static final int SEEDED_GROUPCALLS = 30;
    /** The customer every groupcall belongs to. */
    public static final String CUSTOMER_ID = "5e4a0680-804e-11ec-8477-2fea5968d85b";
    /** The nil UUID (all zeros). */
    public static final String NIL_UUID = "00000000-0000-0000-0000-000000000000";
    /** The page-token layout (Go {@code 2006-01-02T15:04:05.000000Z}). */
    public static final DateTimeFormatter PAGE_TOKEN_FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final Pattern UUID_RE =
            Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    private static final String STORE_KEY = "voipbin.groupcalls";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final SandboxState state;
    private final Clock clock;
    private final AtomicLong requestIds = new AtomicLong();
    private final AtomicInteger rateLimitRemaining = new AtomicInteger();
    private volatile int rateLimitRetryAfter = 1;
    private volatile String rateLimitBy = "customer";

    /**
     * An emulation on the sandbox clock ({@link SandboxState#clock()}): the system clock unless the sandbox was built
     * with {@code Sandbox.Builder.clock(...)}, moved by {@code Sandbox.advanceClock(...)}.
     *
     * @param state the sandbox's shared state
     */
    public VoipbinEmulation(SandboxState state) {
        this(state, state.clock());
    }

    /** With a fixed or controllable clock for timestamps (seeded data is placed relative to it). */
    public VoipbinEmulation(SandboxState state, Clock clock) {
        this.state = Objects.requireNonNull(state, "state");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String prefix() {
        return Sandbox.VOIPBIN_PREFIX;
    }

    @Override
    public void reset() {
        rateLimitRemaining.set(0);
    }

    /**
     * Makes the next {@code times} authenticated-or-not requests answer 429 {@code RATE_LIMIT_EXCEEDED} with
     * {@code Retry-After: retryAfterSeconds} and {@code details[0].limited_by = limitedBy} ({@code "ip"} or
     * {@code "customer"}). Cleared by {@link Sandbox#reset()}.
     */
    public void rateLimitNext(int times, int retryAfterSeconds, String limitedBy) {
        this.rateLimitRetryAfter = retryAfterSeconds;
        this.rateLimitBy = Objects.requireNonNull(limitedBy, "limitedBy");
        this.rateLimitRemaining.set(times);
    }

    /** A 429 {@link Fault} with VoIPBin's envelope, {@code Retry-After} and {@code limited_by}, limited to VoIPBin paths. */
    public static Fault rateLimitFault(int retryAfterSeconds, String limitedBy) {
        return Fault.status(429).header("Retry-After", Integer.toString(retryAfterSeconds))
                .body(rateLimitBody(limitedBy, String.format(Locale.ROOT, "req_%016X", System.nanoTime())))
                .onPath(Sandbox.VOIPBIN_PREFIX);
    }

    /** An error envelope as the real API writes it; {@code details} may be {@code null}. */
    public static String errorBody(String status, String reason, String message, String requestId, ArrayNode details) {
        ObjectNode error = NODES.objectNode();
        error.put("status", status);
        error.put("reason", reason);
        error.put("message", message);
        error.put("request_id", requestId);
        if (details != null) {
            error.set("details", details);
        }
        ObjectNode root = NODES.objectNode();
        root.set("error", error);
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String rateLimitBody(String limitedBy, String requestId) {
        ArrayNode details = NODES.arrayNode();
        details.addObject().put("limited_by", limitedBy);
        return errorBody("RESOURCE_EXHAUSTED", "RATE_LIMIT_EXCEEDED", "Too many requests. Please retry later.",
                requestId, details);
    }

    /** Formats like Go's {@code time.Time} JSON marshalling of a UTC time: RFC 3339, nanoseconds, trailing zeros trimmed. */
    public static String rfc3339Nano(Instant t) {
        StringBuilder sb = new StringBuilder(SECONDS.format(t));
        int nanos = t.getNano();
        if (nanos != 0) {
            String f = String.format(Locale.ROOT, "%09d", nanos);
            int end = f.length();
            while (f.charAt(end - 1) == '0') {
                end--;
            }
            sb.append('.').append(f, 0, end);
        }
        return sb.append('Z').toString();
    }

    // ------------------------------------------------------------------ model

    private static final class Groupcall {
        String id;
        String ownerType = "";
        String ownerId = NIL_UUID;
        String status;
        boolean hangupPending;
        String flowId;
        ObjectNode source;
        ArrayNode destinations;
        String masterCallId = NIL_UUID;
        String masterGroupcallId = NIL_UUID;
        String ringMethod;
        String answerMethod;
        String answerCallId = NIL_UUID;
        List<String> callIds = new ArrayList<>();
        String answerGroupcallId = NIL_UUID;
        List<String> groupcallIds = new ArrayList<>();
        int callCount;
        int groupcallCount;
        int dialIndex;
        Instant tmCreate;
        Instant tmUpdate;
        Instant tmDelete;

        void settle() {
            if (hangupPending) {
                hangupPending = false;
                status = "hangup";
                callCount = 0;
            }
        }

        ObjectNode toJson() {
            ObjectNode n = NODES.objectNode();
            n.put("id", id);
            n.put("customer_id", CUSTOMER_ID);
            putString(n, "owner_type", ownerType);
            n.put("owner_id", ownerId);
            putString(n, "status", status);
            n.put("flow_id", flowId);
            if (source != null) {
                n.set("source", source.deepCopy());
            }
            if (destinations != null && !destinations.isEmpty()) {
                n.set("destinations", destinations.deepCopy());
            }
            n.put("master_call_id", masterCallId);
            n.put("master_groupcall_id", masterGroupcallId);
            putString(n, "ring_method", ringMethod);
            putString(n, "answer_method", answerMethod);
            n.put("answer_call_id", answerCallId);
            if (!callIds.isEmpty()) {
                callIds.forEach(n.putArray("call_ids")::add);
            }
            n.put("answer_groupcall_id", answerGroupcallId);
            if (!groupcallIds.isEmpty()) {
                groupcallIds.forEach(n.putArray("groupcall_ids")::add);
            }
            putInt(n, "call_count", callCount);
            putInt(n, "groupcall_count", groupcallCount);
            putInt(n, "dial_index", dialIndex);
            putTime(n, "tm_create", tmCreate);
            putTime(n, "tm_update", tmUpdate);
            putTime(n, "tm_delete", tmDelete);
            return n;
        }
    }

    private static void putString(ObjectNode n, String name, String v) {
        if (v != null && !v.isEmpty()) {
            n.put(name, v);
        }
    }

    private static void putInt(ObjectNode n, String name, int v) {
        if (v != 0) {
            n.put(name, v);
        }
    }

    private static void putTime(ObjectNode n, String name, Instant t) {
        if (t != null) {
            n.put(name, rfc3339Nano(t));
        }
    }

    /** The groupcalls plus a strictly increasing microsecond clock (so page tokens never tie). */
    private static final class Store {
        final Map<String, Groupcall> byId = new LinkedHashMap<>();
        Instant lastStamp = Instant.EPOCH;
    }

    private Store store() {
        return state.get(STORE_KEY, this::seed);
    }

    private Store seed() {
        Store s = new Store();
        Random r = state.random("voipbin");
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String[] types = {"tel", "sip", "agent", "extension"};
        for (int i = SEEDED_GROUPCALLS; i >= 1; i--) { // oldest first
            Groupcall g = new Groupcall();
            g.id = uuid(r).toString();
            g.flowId = uuid(r).toString();
            // minutes to hours apart, with a microsecond fraction (sometimes with trailing zeros)
            long micros = i * 3_600_000_000L + r.nextInt(1_800_000_000) + (i % 3 == 0 ? 0 : r.nextInt(1_000_000));
            g.tmCreate = now.minus(micros, ChronoUnit.MICROS);
            g.source = address("tel", String.format(Locale.ROOT, "+1555%07d", r.nextInt(10_000_000)), "");
            g.destinations = NODES.arrayNode();
            int n = 1 + r.nextInt(3);
            for (int d = 0; d < n; d++) {
                String type = types[r.nextInt(types.length)];
                String target = switch (type) {
                    case "tel" -> String.format(Locale.ROOT, "+1555%07d", r.nextInt(10_000_000));
                    case "sip" -> "user" + r.nextInt(1000) + "@sip.example.com";
                    case "extension" -> Integer.toString(1000 + r.nextInt(9000));
                    default -> uuid(r).toString();
                };
                g.destinations.add(address(type, target, type.equals("agent") ? "Agent " + (d + 1) : ""));
                g.callIds.add(uuid(r).toString());
            }
            g.ringMethod = i % 4 == 0 ? "" : (i % 2 == 0 ? "linear" : "ring_all");
            g.answerMethod = i % 3 == 0 ? "" : "hangup_others";
            if (i % 5 == 0) {
                g.status = "progressing";
                g.callCount = n;
                g.dialIndex = g.ringMethod.equals("linear") ? 0 : 0;
                g.tmUpdate = g.tmCreate;
            } else {
                g.status = "hangup";
                g.answerCallId = i % 2 == 0 ? g.callIds.get(0) : NIL_UUID;
                g.tmUpdate = g.tmCreate.plus(30 + r.nextInt(600), ChronoUnit.SECONDS);
            }
            if (i % 7 == 0) {
                g.ownerType = "agent";
                g.ownerId = uuid(r).toString();
            }
            s.byId.put(g.id, g);
            if (g.tmCreate.isAfter(s.lastStamp)) {
                s.lastStamp = g.tmCreate;
            }
        }
        return s;
    }

    private static UUID uuid(Random r) {
        return new UUID(r.nextLong() & 0xffffffffffff0fffL | 0x0000000000004000L,
                r.nextLong() & 0x3fffffffffffffffL | 0x8000000000000000L);
    }

    private static ObjectNode address(String type, String target, String targetName) {
        ObjectNode a = NODES.objectNode();
        putString(a, "type", type);
        putString(a, "target", target);
        putString(a, "target_name", targetName);
        return a;
    }

    /** Now, at microsecond precision (like the DB), strictly after every earlier stamp. Caller holds the store lock. */
    private Instant stamp(Store s) {
        Instant t = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (!t.isAfter(s.lastStamp)) {
            t = s.lastStamp.plus(1, ChronoUnit.MICROS);
        }
        s.lastStamp = t;
        return t;
    }

    // ------------------------------------------------------------------ handling

    @Override
    public void handle(SandboxExchange ex) throws IOException {
        String requestId = nextRequestId();
        if (rateLimitRemaining.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
            ex.responseHeader("Retry-After", Integer.toString(rateLimitRetryAfter));
            ex.respond(429, "application/json; charset=utf-8",
                    rateLimitBody(rateLimitBy, requestId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        List<String> seg = ex.pathSegments();
        String method = ex.method();
        boolean known = !seg.isEmpty() && seg.get(0).equals("groupcalls") && switch (seg.size()) {
            case 1 -> method.equals("GET") || method.equals("POST");
            case 2 -> method.equals("GET") || method.equals("DELETE");
            case 3 -> seg.get(2).equals("hangup") && method.equals("POST");
            default -> false;
        };
        if (!known) {
            error(ex, 404, "NOT_FOUND", "ROUTE_NOT_FOUND", "The requested route does not exist: " + method + " "
                    + ex.fullPath(), requestId);
            return;
        }
        if (!authenticated(ex)) {
            error(ex, 401, "UNAUTHENTICATED", "AUTHENTICATION_REQUIRED",
                    "Authentication is required. Provide a valid token or accesskey.", requestId);
            return;
        }
        if (seg.size() == 1) {
            if (method.equals("GET")) {
                list(ex, requestId);
            } else {
                create(ex, requestId);
            }
            return;
        }
        String id = seg.get(1);
        if (!UUID_RE.matcher(id).matches()) {
            error(ex, 400, "INVALID_ARGUMENT", "INVALID_ID", "The id is not a valid UUID: " + id, requestId);
            return;
        }
        String key = id.toLowerCase(Locale.ROOT);
        Store s = store();
        ObjectNode result;
        synchronized (s) {
            Groupcall g = s.byId.get(key);
            if (g == null || g.tmDelete != null) {
                result = null;
            } else {
                g.settle();
                if (seg.size() == 3) { // hangup
                    if (!g.status.equals("progressing")) {
                        error(ex, 409, "FAILED_PRECONDITION", "GROUPCALL_ALREADY_HANGUP",
                                "The groupcall is already hung up.", requestId);
                        return;
                    }
                    g.status = "hangingup";
                    g.hangupPending = true;
                    g.tmUpdate = stamp(s);
                } else if (method.equals("DELETE")) {
                    Instant t = stamp(s);
                    g.tmDelete = t;
                    g.tmUpdate = t;
                }
                result = g.toJson();
            }
        }
        if (result == null) {
            error(ex, 404, "NOT_FOUND", "GROUPCALL_NOT_FOUND", "The groupcall was not found: " + id, requestId);
            return;
        }
        ex.respondJson(200, result);
    }

    private String nextRequestId() {
        return String.format(Locale.ROOT, "req_%016X", state.seed() * 1_000_003L + requestIds.incrementAndGet());
    }

    private static boolean authenticated(SandboxExchange ex) {
        String auth = ex.header("Authorization");
        if (auth != null && auth.startsWith("Bearer ")
                && auth.substring("Bearer ".length()).trim().equals(SandboxCredentials.VOIPBIN_TOKEN)) {
            return true;
        }
        if (SandboxCredentials.VOIPBIN_TOKEN.equals(ex.queryParam("token"))
                || SandboxCredentials.VOIPBIN_ACCESSKEY.equals(ex.queryParam("accesskey"))) {
            return true;
        }
        String cookies = ex.header("Cookie");
        if (cookies != null) {
            for (String c : cookies.split(";")) {
                String[] kv = c.trim().split("=", 2);
                if (kv.length == 2 && ((kv[0].equals("token") && kv[1].equals(SandboxCredentials.VOIPBIN_TOKEN))
                        || (kv[0].equals("accesskey") && kv[1].equals(SandboxCredentials.VOIPBIN_ACCESSKEY)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void error(SandboxExchange ex, int http, String status, String reason, String message,
                              String requestId) throws IOException {
        ex.respond(http, "application/json; charset=utf-8",
                errorBody(status, reason, message, requestId, null).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private void list(SandboxExchange ex, String requestId) throws IOException {
        int pageSize = 100;
        String ps = ex.queryParam("page_size");
        if (ps != null) {
            try {
                int v = Integer.parseInt(ps.trim());
                pageSize = v <= 0 || v > 100 ? 100 : v;
            } catch (NumberFormatException e) {
                pageSize = 100;
            }
        }
        Instant before = null;
        String token = ex.queryParam("page_token");
        if (token != null && !token.isEmpty()) {
            try {
                before = Instant.from(PAGE_TOKEN_FORMAT.parse(token));
            } catch (RuntimeException e) {
                try {
                    before = Instant.parse(token);
                } catch (RuntimeException e2) {
                    error(ex, 400, "INVALID_ARGUMENT", "INVALID_ARGUMENT", "Invalid page_token: " + token, requestId);
                    return;
                }
            }
        }
        Store s = store();
        ObjectNode root = NODES.objectNode();
        ArrayNode result = root.putArray("result");
        String next = "";
        synchronized (s) {
            List<Groupcall> all = new ArrayList<>();
            for (Groupcall g : s.byId.values()) {
                if (g.tmDelete == null && (before == null || g.tmCreate.isBefore(before))) {
                    all.add(g);
                }
            }
            all.sort(Comparator.comparing((Groupcall g) -> g.tmCreate).reversed());
            List<Groupcall> page = all.subList(0, Math.min(pageSize, all.size()));
            for (Groupcall g : page) {
                g.settle();
                result.add(g.toJson());
            }
            if (!page.isEmpty()) {
                next = PAGE_TOKEN_FORMAT.format(page.get(page.size() - 1).tmCreate);
            }
        }
        root.put("next_page_token", next);
        ex.respondJson(200, root);
    }

    private void create(SandboxExchange ex, String requestId) throws IOException {
        JsonNode body;
        try {
            body = ex.mapper().readTree(ex.body());
        } catch (IOException e) {
            body = null;
        }
        if (body == null || !body.isObject()) {
            error(ex, 400, "INVALID_ARGUMENT", "INVALID_JSON_BODY", "The request body is not valid JSON.", requestId);
            return;
        }
        // type checks first (Go's json.Unmarshal fails on them → INVALID_JSON_BODY)
        JsonNode source = body.get("source");
        JsonNode dests = body.get("destinations");
        JsonNode flow = body.get("flow_id");
        JsonNode actions = body.get("actions");
        JsonNode ring = body.get("ring_method");
        JsonNode answer = body.get("answer_method");
        String typeError = null;
        if (present(source) && !isAddress(source)) {
            typeError = "source";
        } else if (present(dests) && (!dests.isArray() || !allAddresses(dests))) {
            typeError = "destinations";
        } else if (present(flow) && !flow.isTextual()) {
            typeError = "flow_id";
        } else if (present(actions) && (!actions.isArray() || !allObjects(actions))) {
            typeError = "actions";
        } else if (present(ring) && !ring.isTextual()) {
            typeError = "ring_method";
        } else if (present(answer) && !answer.isTextual()) {
            typeError = "answer_method";
        }
        if (typeError != null) {
            error(ex, 400, "INVALID_ARGUMENT", "INVALID_JSON_BODY",
                    "The request body could not be parsed: wrong type for field " + typeError + ".", requestId);
            return;
        }
        String problem = null;
        if (!present(source)) {
            problem = "source is required.";
        } else if (!present(dests) || dests.isEmpty()) {
            problem = "destinations is required and must contain at least one address.";
        } else if (ring == null) {
            problem = "ring_method is required.";
        } else if (answer == null) {
            problem = "answer_method is required.";
        } else if (!List.of("", "ring_all", "linear").contains(ring.asText())) {
            problem = "ring_method must be one of \"\", \"ring_all\", \"linear\".";
        } else if (!List.of("", "hangup_others").contains(answer.asText())) {
            problem = "answer_method must be one of \"\", \"hangup_others\".";
        } else if (present(flow) && !flow.asText().isEmpty() && !UUID_RE.matcher(flow.asText()).matches()) {
            problem = "flow_id must be a UUID.";
        } else if ((!present(flow) || flow.asText().isEmpty() || flow.asText().equals(NIL_UUID))
                && (!present(actions) || actions.isEmpty())) {
            problem = "Either flow_id or actions must be provided.";
        }
        if (problem != null) {
            error(ex, 400, "INVALID_ARGUMENT", "INVALID_ARGUMENT", problem, requestId);
            return;
        }
        Store s = store();
        ObjectNode json;
        synchronized (s) {
            Groupcall g = new Groupcall();
            g.id = state.nextUuid().toString();
            boolean hasFlow = present(flow) && !flow.asText().isEmpty() && !flow.asText().equals(NIL_UUID);
            g.flowId = hasFlow ? flow.asText().toLowerCase(Locale.ROOT) : state.nextUuid().toString();
            g.source = normalizeAddress(source);
            g.destinations = NODES.arrayNode();
            for (JsonNode d : dests) {
                g.destinations.add(normalizeAddress(d));
                g.callIds.add(state.nextUuid().toString());
            }
            g.ringMethod = ring.asText();
            g.answerMethod = answer.asText();
            g.status = "progressing";
            g.callCount = g.callIds.size();
            g.tmCreate = stamp(s);
            g.tmUpdate = g.tmCreate;
            s.byId.put(g.id, g);
            json = g.toJson();
        }
        ex.respondJson(200, json);
    }

    private static boolean present(JsonNode n) {
        return n != null && !n.isNull();
    }

    private static boolean isAddress(JsonNode n) {
        if (!n.isObject()) {
            return false;
        }
        for (String f : List.of("type", "target", "target_name", "name", "detail")) {
            JsonNode v = n.get(f);
            if (v != null && !v.isNull() && !v.isTextual()) {
                return false;
            }
        }
        return true;
    }

    private static boolean allAddresses(JsonNode arr) {
        for (JsonNode n : arr) {
            if (!isAddress(n)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allObjects(JsonNode arr) {
        for (JsonNode n : arr) {
            if (!n.isObject()) {
                return false;
            }
        }
        return true;
    }

    /** Keeps only the known address fields, dropping empty ones (Go omitempty); unknown types are kept as-is. */
    private static ObjectNode normalizeAddress(JsonNode n) {
        ObjectNode a = NODES.objectNode();
        for (String f : List.of("type", "target", "target_name", "name", "detail")) {
            JsonNode v = n.get(f);
            if (v != null && v.isTextual()) {
                putString(a, f, v.asText());
            }
        }
        return a;
    }
}
