package dev.switchboard.testkit.callr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.Emulation;
import dev.switchboard.testkit.Sandbox;
import dev.switchboard.testkit.SandboxCredentials;
import dev.switchboard.testkit.SandboxExchange;
import dev.switchboard.testkit.SandboxState;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Emulates the CALLR JSON-RPC v1.1 API ({@code POST /callr/json-rpc/v1.1/}); the method table it follows is
 * {@code docs/CALLR-METHODS.md}.
 *
 * <p>State (SMS, DIDs, apps, media, webhooks, sessions, …) lives in the sandbox's {@link SandboxState} and is
 * rebuilt identically for a given seed after {@link #reset()}. Time is the sandbox clock ({@link SandboxState#clock()}):
 * the system clock by default, so "the last hour" of {@code sms.get_list} holds an SMS just sent and
 * {@code session.refresh} gives a later {@code valid_until} as time passes; build the sandbox with a fixed clock
 * ({@code Sandbox.builder().clock(Clock.fixed(...))}) for fully deterministic dates, and move it with
 * {@link #advanceClock(Duration)}. The seeded history (120 SMS over 120 hours, CDRs over 8 days, recordings) lies
 * before the moment the account was built (start or last reset).
 *
 * <p>The result shape of every method it answers is listed in {@code docs/CALLR-METHODS.md}; shapes follow the CALLR
 * objects reference ({@code spec/callr-objects.json}) where it documents one.
 *
 * <p>Test hooks: {@link #simulateInboundSms}, {@link #completePendingSms()}, {@link #advanceClock},
 * {@link #deliveries()}, {@link #whenIdle()}, {@link #whenDeliveries(int)}, {@link #loginAsLog()},
 * {@link #prepaidCredit()}, {@link #sms(String)}, {@link #dids()}.
 */
public final class CallrEmulation implements Emulation {

    static final String STORE_KEY = "callr.data";
    static final ObjectMapper MAPPER = new ObjectMapper();

    /** One request that carried {@code CALLR-Login-As}: the RPC method, {@code user.login}/{@code account.hash}, the target. */
    public record LoginAs(String method, String kind, String target) {
    }

    /**
     * One webhook push attempt: {@code attempt} is the {@code try} value sent (0 first); {@code status} is the HTTP
     * status received, or -1 on an I/O error (then {@code error} says why); {@code body} is the exact body sent.
     */
    public record Delivery(String eventId, String type, String hookHash, String endpoint, int attempt, int status,
                           String error, String body) {
        /** Returns whether this attempt got a 2xx answer. */
        public boolean succeeded() {
            return status >= 200 && status <= 299;
        }
    }

    /** A JSON-RPC method implementation. */
    interface RpcMethod {
        JsonNode call(Call c) throws RpcException;
    }

    /** What one method invocation sees. */
    static final class Call {
        final String method;
        final Params p;
        final CallrData d;
        final CallrEmulation emu;
        final String authScheme; // BASIC, API_KEY, SESSION
        final String sessionToken;

        Call(String method, Params p, CallrData d, CallrEmulation emu, String authScheme, String sessionToken) {
            this.method = method;
            this.p = p;
            this.d = d;
            this.emu = emu;
            this.authScheme = authScheme;
            this.sessionToken = sessionToken;
        }
    }

    private final SandboxState state;
    private final Map<String, RpcMethod> methods = new HashMap<>();
    final WebhookPusher pusher = new WebhookPusher();

    /** Creates the CALLR emulation over the given shared sandbox state. */
    public CallrEmulation(SandboxState state) {
        this.state = state;
        SmsMethods.register(methods);
        NumberMethods.register(methods);
        MediaMethods.register(methods);
        AccountMethods.register(methods);
        CallMethods.register(methods);
        WebhookMethods.register(methods);
    }

    @Override
    public String prefix() {
        return Sandbox.CALLR_PREFIX;
    }

    /** The JSON-RPC method names this emulation answers. */
    public java.util.Set<String> methodNames() {
        return new java.util.TreeSet<>(methods.keySet());
    }

    CallrData data() {
        return state.get(STORE_KEY, () -> new CallrData(state.seed(), state.clock()));
    }

    @Override
    public void reset() {
        pusher.clear();
    }

    @Override
    public void close() {
        pusher.close();
    }

    // ------------------------------------------------------------------ transport

    @Override
    public void handle(SandboxExchange ex) throws IOException {
        JsonNode id = null;
        try {
            if (!"POST".equals(ex.method())) {
                ex.responseHeader("Allow", "POST");
                throw new RpcException(RpcException.HTTP_METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED",
                        Json.obj().put("http_method", ex.method()), 405);
            }
            JsonNode req;
            try {
                req = ex.mapper().readTree(ex.body());
            } catch (IOException e) {
                throw new RpcException(RpcException.PARSE_ERROR, "Parse error", Json.F.textNode(e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : String.valueOf(e.getMessage())));
            }
            if (req == null || !req.isObject()) {
                throw new RpcException(RpcException.INVALID_REQUEST, "Invalid Request",
                        Json.F.textNode("the body must be a JSON-RPC 2.0 request object (no batches)"));
            }
            JsonNode idNode = req.get("id");
            if (idNode != null && (idNode.isTextual() || idNode.isNumber() || idNode.isNull())) {
                id = idNode;
            }
            if (!"2.0".equals(Json.text(req, "jsonrpc"))) {
                throw new RpcException(RpcException.INVALID_REQUEST, "Invalid Request", Json.F.textNode("jsonrpc must be \"2.0\""));
            }
            if (idNode == null || idNode.isNull() || !(idNode.isTextual() || idNode.isNumber())) {
                throw new RpcException(RpcException.INVALID_REQUEST, "Invalid Request",
                        Json.F.textNode("an id (number or string) is required: notifications are not handled"));
            }
            JsonNode m = req.get("method");
            if (m == null || !m.isTextual() || m.textValue().isEmpty()) {
                throw new RpcException(RpcException.INVALID_REQUEST, "Invalid Request", Json.F.textNode("method must be a string"));
            }
            JsonNode params = req.get("params");
            if (params == null || params.isNull()) {
                params = Json.arr();
            }
            if (!params.isArray()) {
                throw new RpcException(RpcException.INVALID_PARAMS, "Invalid params",
                        Json.obj().put("param", "params").put("expected", "positional array (named params are not handled)"));
            }
            String method = m.textValue();
            JsonNode result = invoke(ex, method, (ArrayNode) params);
            ObjectNode resp = Json.obj().put("jsonrpc", "2.0");
            resp.set("id", id);
            resp.set("result", result == null ? Json.F.nullNode() : result);
            ex.respond(200, "application/json-rpc; charset=utf-8", MAPPER.writeValueAsBytes(resp));
        } catch (RpcException e) {
            ObjectNode err = Json.obj().put("code", e.code).put("message", e.getMessage());
            err.set("data", e.data == null ? Json.F.nullNode() : e.data);
            ObjectNode resp = Json.obj().put("jsonrpc", "2.0");
            resp.set("id", id == null ? Json.F.nullNode() : id);
            resp.set("error", err);
            ex.respond(e.httpStatus, "application/json-rpc; charset=utf-8", MAPPER.writeValueAsBytes(resp));
        }
    }

    private JsonNode invoke(SandboxExchange ex, String method, ArrayNode params) throws RpcException {
        CallrData d = data();
        synchronized (d) {
            String[] auth = authenticate(ex, d);
            LoginAs loginAs = parseLoginAs(ex, method);
            RpcMethod impl = methods.get(method);
            if (impl == null) {
                throw new RpcException(RpcException.METHOD_NOT_FOUND, "Method not found", Json.F.textNode(method));
            }
            if (loginAs != null) {
                d.loginAs.add(loginAs);
            }
            Call call = new Call(method, new Params(params), d, this, auth[0], auth[1]);
            JsonNode result = impl.call(call);
            if (loginAs != null && "sms.send".equals(method) && result != null && result.isTextual()) {
                d.smsLoginAs.put(result.textValue(), loginAs.kind() + " " + loginAs.target());
            }
            return result;
        }
    }

    /** Returns {scheme, session token or null}; throws a 401 error otherwise. */
    private static String[] authenticate(SandboxExchange ex, CallrData d) throws RpcException {
        String h = ex.header("Authorization");
        if (h == null || h.isBlank()) {
            throw unauthorized("missing Authorization header");
        }
        h = h.trim();
        int sp = h.indexOf(' ');
        String scheme = sp < 0 ? h : h.substring(0, sp);
        String value = sp < 0 ? "" : h.substring(sp + 1).trim();
        switch (scheme.toLowerCase(Locale.ROOT)) {
            case "basic" -> {
                String decoded;
                try {
                    decoded = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    throw unauthorized("malformed Basic credentials");
                }
                if (!decoded.equals(SandboxCredentials.CALLR_LOGIN + ":" + SandboxCredentials.CALLR_PASSWORD)) {
                    throw unauthorized("bad login or password");
                }
                return new String[] {"BASIC", null};
            }
            case "api-key" -> {
                if (value.equals(SandboxCredentials.CALLR_API_KEY)) {
                    return new String[] {"API_KEY", null};
                }
                for (CallrData.ApiKey k : d.apiKeys.values()) {
                    if (k.token.equals(value)) {
                        k.json.put("last_used_at", d.nowDatetime());
                        return new String[] {"API_KEY", null};
                    }
                }
                throw unauthorized("unknown or deleted api key");
            }
            case "session" -> {
                CallrData.Session s = d.sessions.get(value);
                if (s == null) {
                    throw unauthorized("unknown session token");
                }
                if (!s.state.equals("VALID") || !d.now().isBefore(s.validUntil)) {
                    String why = s.state.equals("DELETED") ? "session deleted"
                            : s.state.equals("REFRESHED") ? "session token replaced by session.refresh" : "session expired";
                    throw new RpcException(RpcException.SESSION_EXPIRED, "SESSION_EXPIRED",
                            Json.obj().put("reason", why), 401);
                }
                return new String[] {"SESSION", value};
            }
            default -> throw unauthorized("unsupported Authorization scheme (use Basic, Api-Key or Session)");
        }
    }

    private static RpcException unauthorized(String reason) {
        return new RpcException(RpcException.AUTHENTICATION_REQUIRED, "AUTHENTICATION_REQUIRED",
                Json.obj().put("reason", reason), 401);
    }

    private static LoginAs parseLoginAs(SandboxExchange ex, String method) throws RpcException {
        String h = ex.header("CALLR-Login-As");
        if (h == null) {
            return null;
        }
        String[] parts = h.trim().split("\\s+");
        String kind = parts.length == 2 ? parts[0].toLowerCase(Locale.ROOT) : "";
        if (parts.length != 2 || !(kind.equals("user.login") || kind.equals("account.hash"))) {
            throw new RpcException(RpcException.INVALID_LOGIN_AS, "INVALID_LOGIN_AS",
                    Json.obj().put("header", h).put("expected", "user.login <login> | account.hash <hash>"), 400);
        }
        return new LoginAs(method, kind, parts[1]);
    }

    // ------------------------------------------------------------------ webhooks (used by the method groups)

    /** Pushes {@code data} to every ENABLED subscription of {@code type} (and to {@code dynamicHook} if not null). */
    void emit(CallrData d, String type, JsonNode data, ObjectNode dynamicHook) {
        List<WebhookPusher.Target> targets = new ArrayList<>();
        for (ObjectNode w : d.webhooks.values()) {
            if (type.equals(w.get("type").asText()) && "ENABLED".equals(w.get("status").asText())) {
                String hash = w.get("hash").asText();
                targets.add(new WebhookPusher.Target(w.get("endpoint").asText(), hash,
                        Json.text(w.get("options"), "hmac_algo"), d.webhookSecrets.get(hash)));
            }
        }
        if (dynamicHook != null && Json.text(dynamicHook, "endpoint") != null) {
            JsonNode o = dynamicHook.get("options");
            targets.add(new WebhookPusher.Target(Json.text(dynamicHook, "endpoint"), null, Json.text(o, "hmac_algo"),
                    Json.text(o, "hmac_secret")));
        }
        for (WebhookPusher.Target t : targets) {
            pusher.push(t, type, d.hex(32), d.now(), data.deepCopy());
        }
    }

    // ------------------------------------------------------------------ test API

    /** Simulates an SMS received on one of the account's numbers: stores an IN SMS and pushes {@code sms.mo}. Returns its hash. */
    public String simulateInboundSms(String from, String to, String text) {
        CallrData d = data();
        synchronized (d) {
            ObjectNode s = SmsMethods.newSms(d, "IN", from, to, text, null, d.now());
            s.put("status", "RECEIVED").put("date_received", d.nowDatetime()).put("b_customer_debit", "0.00");
            d.sms.put(s.get("hash").asText(), s);
            emit(d, "sms.mo", s, null);
            return s.get("hash").asText();
        }
    }

    /** Moves every CREATED outbound SMS to SENT (pushing {@code sms.mt.status_update}), as the next read would. */
    public void completePendingSms() {
        CallrData d = data();
        synchronized (d) {
            SmsMethods.promote(d, this);
        }
    }

    /**
     * Moves the sandbox clock forward (session expiry, reservation expiry, dates of new objects); the same as
     * {@link Sandbox#advanceClock(Duration)}, so it moves the other emulations' clocks too.
     *
     * @param by a non-negative duration
     */
    public void advanceClock(Duration by) {
        state.advanceClock(by);
    }

    /**
     * The emulation's now: the sandbox clock ({@link SandboxState#now()}) to the millisecond.
     *
     * @return now, as CALLR methods see it
     */
    public Instant now() {
        return data().now();
    }

    /** The prepaid credit: 100.00 minus the cost of the SMS sent through the API. */
    public BigDecimal prepaidCredit() {
        CallrData d = data();
        synchronized (d) {
            return d.credit;
        }
    }

    /** A copy of an SMS as stored (without promoting it), or null. */
    public JsonNode sms(String hash) {
        CallrData d = data();
        synchronized (d) {
            ObjectNode s = d.sms.get(hash);
            return s == null ? null : s.deepCopy();
        }
    }

    /** The {@code CALLR-Login-As} target ({@code "user.login X"} / {@code "account.hash X"}) an SMS was sent as, or null. */
    public String smsSentAs(String hash) {
        CallrData d = data();
        synchronized (d) {
            return d.smsLoginAs.get(hash);
        }
    }

    /** Every request that carried a valid {@code CALLR-Login-As}, oldest first. */
    public List<LoginAs> loginAsLog() {
        CallrData d = data();
        synchronized (d) {
            return List.copyOf(d.loginAs);
        }
    }

    /** Copies of the account's DIDs (bought and seeded), oldest first. */
    public List<JsonNode> dids() {
        CallrData d = data();
        synchronized (d) {
            List<JsonNode> out = new ArrayList<>();
            d.dids.values().forEach(n -> out.add(n.deepCopy()));
            return out;
        }
    }

    /** Every push attempt so far, in completion order. */
    public List<Delivery> deliveries() {
        return pusher.deliveries();
    }

    /** The number of push attempts completed so far. */
    public int deliveryAttempts() {
        return pusher.deliveries().size();
    }

    /** Completes when no push is queued or in flight (at once if none is). */
    public CompletableFuture<Void> whenIdle() {
        return pusher.whenIdle();
    }

    /** Completes with the delivery log once at least {@code attempts} push attempts have completed. */
    public CompletableFuture<List<Delivery>> whenDeliveries(int attempts) {
        return pusher.whenDeliveries(attempts);
    }
}
