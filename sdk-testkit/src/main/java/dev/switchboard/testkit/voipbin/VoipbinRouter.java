package dev.switchboard.testkit.voipbin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.SandboxCredentials;
import dev.switchboard.testkit.SandboxExchange;
import dev.switchboard.testkit.SandboxState;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The HTTP side of the emulation: the route table (unknown routes 404 before auth, like gin's NoRoute), the token /
 * access key check, and get, hangup and delete of one groupcall; listing and creation are delegated.
 */
final class VoipbinRouter {

    private final SandboxState state;
    private final Clock clock;
    private final GroupcallListing listing;
    private final GroupcallCreate creator;

    VoipbinRouter(SandboxState state, Clock clock) {
        this.state = state;
        this.clock = clock;
        this.listing = new GroupcallListing(state, clock);
        this.creator = new GroupcallCreate(state, clock);
    }

    /** Routes (404 before auth), authenticates (401) and answers one request. */
    void route(SandboxExchange ex, String requestId) throws IOException {
        List<String> seg = ex.pathSegments();
        String method = ex.method();
        boolean known = !seg.isEmpty() && seg.get(0).equals("groupcalls") && switch (seg.size()) {
            case 1 -> method.equals("GET") || method.equals("POST");
            case 2 -> method.equals("GET") || method.equals("DELETE");
            case 3 -> seg.get(2).equals("hangup") && method.equals("POST");
            default -> false;
        };
        if (!known) {
            VoipbinErrors.respond(ex, 404, "NOT_FOUND", "ROUTE_NOT_FOUND",
                    "The requested route does not exist: " + method + " " + ex.fullPath(), requestId);
            return;
        }
        if (!authenticated(ex)) {
            VoipbinErrors.respond(ex, 401, "UNAUTHENTICATED", "AUTHENTICATION_REQUIRED",
                    "Authentication is required. Provide a valid token or accesskey.", requestId);
            return;
        }
        if (seg.size() == 1) {
            if (method.equals("GET")) {
                listing.list(ex, requestId);
            } else {
                creator.create(ex, requestId);
            }
            return;
        }
        String id = seg.get(1);
        if (!Groupcall.UUID_RE.matcher(id).matches()) {
            VoipbinErrors.respond(ex, 400, "INVALID_ARGUMENT", "INVALID_ID", "The id is not a valid UUID: " + id,
                    requestId);
            return;
        }
        String key = id.toLowerCase(Locale.ROOT);
        GroupcallStore s = GroupcallStore.of(state, clock);
        ObjectNode result;
        synchronized (s) {
            Groupcall g = s.byId.get(key);
            if (g == null || g.tmDelete != null) {
                result = null;
            } else {
                g.settle();
                if (seg.size() == 3) { // hangup
                    if (!g.status.equals("progressing")) {
                        VoipbinErrors.respond(ex, 409, "FAILED_PRECONDITION", "GROUPCALL_ALREADY_HANGUP",
                                "The groupcall is already hung up.", requestId);
                        return;
                    }
                    g.status = "hangingup";
                    g.hangupPending = true;
                    g.tmUpdate = s.stamp(clock);
                } else if (method.equals("DELETE")) {
                    Instant t = s.stamp(clock);
                    g.tmDelete = t;
                    g.tmUpdate = t;
                }
                result = g.toJson();
            }
        }
        if (result == null) {
            VoipbinErrors.respond(ex, 404, "NOT_FOUND", "GROUPCALL_NOT_FOUND", "The groupcall was not found: " + id,
                    requestId);
            return;
        }
        ex.respondJson(200, result);
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
}
