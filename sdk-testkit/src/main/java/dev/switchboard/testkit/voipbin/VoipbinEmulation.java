package dev.switchboard.testkit.voipbin;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

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
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final SandboxState state;
    private final VoipbinRouter router;
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
        this.router = new VoipbinRouter(state, Objects.requireNonNull(clock, "clock"));
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

    @Override
    public void handle(SandboxExchange ex) throws IOException {
        String requestId = nextRequestId();
        if (rateLimitRemaining.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
            ex.responseHeader("Retry-After", Integer.toString(rateLimitRetryAfter));
            ex.respond(429, "application/json; charset=utf-8",
                    rateLimitBody(rateLimitBy, requestId).getBytes(StandardCharsets.UTF_8));
            return;
        }
        router.route(ex, requestId);
    }

    private String nextRequestId() {
        return String.format(Locale.ROOT, "req_%016X", state.seed() * 1_000_003L + requestIds.incrementAndGet());
    }
}
