package dev.switchboard.testkit.callr.v2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.Emulation;
import dev.switchboard.testkit.Fault;
import dev.switchboard.testkit.Sandbox;
import dev.switchboard.testkit.SandboxCredentials;
import dev.switchboard.testkit.SandboxExchange;
import dev.switchboard.testkit.SandboxState;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Emulates the CALLR REST API v2 ({@code https://api.callr.com/v2.0}, preview) under {@link Sandbox#CALLR_V2_PREFIX};
 * point a client at {@link Sandbox#callrV2BaseUrl()}. The routes and shapes are listed in the
 * {@linkplain dev.switchboard.testkit.callr.v2 package documentation}, each marked confirmed [C] or the
 * sandbox's choice [I] as in {@code CALLR-V2-FACTS.md}.
 *
 * <p><b>Authentication</b> [C, §2.2], checked before routing: {@code x-api-key: }{@link SandboxCredentials#CALLR_API_KEY};
 * {@code Authorization: Basic base64(}{@link SandboxCredentials#CALLR_ACCOUNT_SID}{@code :}{@link SandboxCredentials#CALLR_API_KEY}{@code )};
 * or Basic with {@link SandboxCredentials#CALLR_SUBACCOUNT_SID} and the master account's key, which acts as the
 * sub-account (its own numbers, SMS, actions, ...). Anything else is {@code 401 {"code":"unauthorized"}}.
 *
 * <p><b>Errors</b>: the v2 envelope {@code {"code": string, "message": string}} [C]; the code strings are our
 * choice [I]: 400 {@code invalid_parameter} / {@code invalid_body}, 401 {@code unauthorized}, 403 {@code forbidden}
 * (build mode), 404 {@code not_found} (unknown object or route), 405 {@code method_not_allowed} (with {@code Allow}),
 * 409 {@code conflict}, 422 {@code unprocessable}, 500 {@code internal_error}; 429 and other transport faults come
 * from {@link Sandbox#faults()}, e.g. {@link #errorFault(int, String, String)}.
 *
 * <p><b>State</b> lives in the sandbox's {@link SandboxState}: ids are drawn from its seeded source, so the same
 * seed yields the same sids, and {@link Sandbox#reset()} restores the seeded data. The emulated clock is fixed at
 * {@code 2025-01-15T12:00:00Z} and moves only with {@link #advanceClock(Duration)}. Asynchronous objects advance
 * one step on the next read (as the v1 emulation's SMS do): an SMS {@code created} → {@code delivered}, a run
 * {@code started} → {@code completed}, an audio file {@code pending-conversion} → {@code ready}, a task
 * {@code pending} → {@code running} → {@code done}. No v2 webhook is pushed: the v2 envelope and signature are not
 * documented [gap, §5].
 *
 * <p>Thread-safe: every request runs under one monitor.
 */
public final class CallrV2Emulation implements Emulation {

    static final String STORE_KEY = "callr.v2.world";

    private final SandboxState state;

    /** The route table, built on first use (so that a sandbox that never calls v2 does not pay for it at start). */
    private static final class Routes {
        static final V2Router ROUTER = build();

        private static V2Router build() {
            V2Router router = new V2Router();
            V2AccountRoutes.register(router);
            V2ActionRoutes.register(router);
            V2SmsRoutes.register(router);
            V2NumberRoutes.register(router);
            V2StoreRoutes.register(router);
            V2AudioFileRoutes.register(router);
            return router;
        }
    }

    /** The emulation over the sandbox's shared state (the {@link Sandbox} registers one by default). */
    public CallrV2Emulation(SandboxState state) {
        this.state = state;
    }

    /** The v2 emulation registered in {@code sandbox}. */
    public static CallrV2Emulation of(Sandbox sandbox) {
        return sandbox.emulations().stream().filter(CallrV2Emulation.class::isInstance)
                .map(CallrV2Emulation.class::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException("no CALLR v2 emulation in " + sandbox));
    }

    /**
     * A fault answering {@code status} with the v2 error envelope on the v2 paths only, e.g.
     * {@code sandbox.faults().enqueue(CallrV2Emulation.errorFault(429, "rate_limited", "slow down").header("Retry-After", "1"))}.
     */
    public static Fault errorFault(int status, String code, String message) {
        ObjectNode env = V2Json.obj().put("code", code).put("message", message);
        return Fault.status(status).body(env.toString()).onPath(Sandbox.CALLR_V2_PREFIX);
    }

    @Override
    public String prefix() {
        return Sandbox.CALLR_V2_PREFIX;
    }

    /** Every route served, as {@code METHOD /pattern}, in matching order. */
    public List<String> routes() {
        return Routes.ROUTER.table();
    }

    V2World world() {
        return state.get(STORE_KEY, () -> new V2World(state));
    }

    @Override
    public void handle(SandboxExchange ex) throws IOException {
        V2World w = world();
        V2Router.Reply reply;
        synchronized (w) {
            try {
                V2Account account = authenticate(ex, w);
                Set<String> allowed = new LinkedHashSet<>();
                V2Router.Match m;
                try {
                    m = Routes.ROUTER.match(ex.method(), ex.path(), allowed);
                } catch (V2Error e) {
                    if (e.status == 405) {
                        ex.responseHeader("Allow", String.join(", ", allowed));
                    }
                    throw e;
                }
                reply = m.handler().handle(new V2Request(ex, m.params(), account, w));
            } catch (V2Error e) {
                reply = new V2Router.Reply(e.status, V2Json.obj().put("code", e.code).put("message", e.getMessage()),
                        null, null);
            } catch (RuntimeException e) {
                reply = new V2Router.Reply(500, V2Json.obj().put("code", "internal_error")
                        .put("message", "sandbox: " + e), null, null);
            }
        }
        if (reply.raw() != null) {
            ex.respond(reply.status(), reply.contentType(), reply.raw());
        } else if (reply.json() == null) {
            ex.respondEmpty(reply.status());
        } else {
            ex.respondJson(reply.status(), ex.mapper().writeValueAsBytes(reply.json()));
        }
    }

    private static V2Account authenticate(SandboxExchange ex, V2World w) throws V2Error {
        String apiKey = ex.header("x-api-key");
        if (apiKey != null) {
            if (!apiKey.trim().equals(SandboxCredentials.CALLR_API_KEY)) {
                throw V2Error.unauthorized("unknown API key");
            }
            return w.accounts.get(SandboxCredentials.CALLR_ACCOUNT_SID);
        }
        String h = ex.header("Authorization");
        if (h == null || h.isBlank()) {
            throw V2Error.unauthorized("authentication required: x-api-key header or Basic (account SID, API key)");
        }
        h = h.trim();
        int sp = h.indexOf(' ');
        if (sp < 0 || !h.substring(0, sp).toLowerCase(Locale.ROOT).equals("basic")) {
            throw V2Error.unauthorized("unsupported Authorization scheme: use x-api-key or Basic");
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(h.substring(sp + 1).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw V2Error.unauthorized("malformed Basic credentials");
        }
        int colon = decoded.indexOf(':');
        String user = colon < 0 ? decoded : decoded.substring(0, colon);
        String key = colon < 0 ? "" : decoded.substring(colon + 1);
        V2Account account = w.accounts.get(user);
        if (account == null || !key.equals(SandboxCredentials.CALLR_API_KEY)) {
            throw V2Error.unauthorized("bad account SID or API key");
        }
        return account;
    }

    // ------------------------------------------------------------------ test API

    private V2Account account(String accountSid) {
        V2Account a = world().accounts.get(accountSid);
        if (a == null) {
            throw new IllegalArgumentException("no such sandbox account: " + accountSid);
        }
        return a;
    }

    /**
     * Build Mode on or off (default off; {@link Sandbox#reset()} turns it off): while on, {@code POST /sms} to a
     * number other than {@link #TESTING_NUMBER} and buying numbers answer {@code 403 forbidden} [C: Build Mode rules].
     */
    public void buildMode(boolean on) {
        V2World w = world();
        synchronized (w) {
            w.buildMode = on;
        }
    }

    /** The one verified Testing Number a Build Mode account may send SMS to. */
    public static final String TESTING_NUMBER = "+33612345678";

    /** Moves the emulated clock forward (reservation expiry, dates of new objects). */
    public void advanceClock(Duration by) {
        V2World w = world();
        synchronized (w) {
            w.now = w.now.plus(by);
        }
    }

    /** The emulated clock (starts at 2025-01-15T12:00:00Z). */
    public Instant now() {
        V2World w = world();
        synchronized (w) {
            return w.now;
        }
    }

    /** Stores an inbound SMS received on {@code to} by the main account and returns its sid. */
    public String simulateInboundSms(String from, String to, String text) {
        V2World w = world();
        synchronized (w) {
            return V2SmsRoutes.receive(account(SandboxCredentials.CALLR_ACCOUNT_SID), w, from, to, text);
        }
    }

    /** A copy of an SMS of the main account as stored (without advancing it), or null. */
    public JsonNode sms(String sid) {
        return sms(SandboxCredentials.CALLR_ACCOUNT_SID, sid);
    }

    /** A copy of an SMS of the given account as stored, or null. */
    public JsonNode sms(String accountSid, String sid) {
        V2World w = world();
        synchronized (w) {
            ObjectNode s = account(accountSid).sms.get(sid);
            return s == null ? null : s.deepCopy();
        }
    }

    /** The prepaid credit of the main account: 100.00 minus the SMS sent. */
    public BigDecimal credit() {
        V2World w = world();
        synchronized (w) {
            return account(SandboxCredentials.CALLR_ACCOUNT_SID).credit;
        }
    }

    /** The E.164 numbers the given account owns, oldest first. */
    public List<String> numbers(String accountSid) {
        V2World w = world();
        synchronized (w) {
            return List.copyOf(account(accountSid).numbers.keySet());
        }
    }

    /** The content uploaded for an audio file of the main account, or null. */
    public byte[] audioContent(String sid) {
        V2World w = world();
        synchronized (w) {
            byte[] b = account(SandboxCredentials.CALLR_ACCOUNT_SID).audioContent.get(sid);
            return b == null ? null : b.clone();
        }
    }

    /** How many runs the given action of the main account has had. */
    public int runCount(String actionSid) {
        V2World w = world();
        synchronized (w) {
            List<ObjectNode> runs = account(SandboxCredentials.CALLR_ACCOUNT_SID).runs.get(actionSid);
            return runs == null ? 0 : runs.size();
        }
    }

    static Map<String, String> sorts(String... pairs) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
