package dev.switchboard.testkit.trackdrive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.SandboxCredentials;
import dev.switchboard.testkit.SandboxExchange;
import dev.switchboard.testkit.SandboxState;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The HTTP side of the emulation: the route table ({@code /leads}, {@code /leads/{id}}; anything else 404), the
 * Basic / Token / {@code auth_token} check (401), and the dispatch to listing, submission, lookup and update.
 */
final class TrackdriveRouter {

    private final SandboxState state;
    private final Clock clock;
    private final LeadListing listing;
    private final LeadWrites writes;

    TrackdriveRouter(SandboxState state, Clock clock) {
        this.state = state;
        this.clock = clock;
        this.listing = new LeadListing(state, clock);
        this.writes = new LeadWrites(state, clock);
    }

    /** Routes, authenticates and answers one request; an error answer is thrown as a {@link Reject}. */
    void route(SandboxExchange ex) throws IOException, Reject {
        List<String> seg = ex.pathSegments();
        String method = ex.method();
        if (seg.isEmpty() || !seg.get(0).equals("leads") || seg.size() > 2) {
            throw new Reject(404, "Not found");
        }
        if (seg.size() == 1 && method.equals("POST")) {
            writes.submit(ex);
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
            listing.list(ex);
            return;
        }
        LeadStore s = LeadStore.of(state, clock);
        ZoneId zone = LeadDates.zone(ex.queryParam("time_zone"));
        List<String> cols = LeadJson.serializerColumns(ex.queryParam("serializer"));
        ObjectNode json;
        if (method.equals("GET")) {
            synchronized (s) {
                json = LeadJson.serialize(s.find(seg.get(1)), cols, zone);
            }
        } else {
            Map<String, JsonNode> params = LeadParams.params(ex);
            synchronized (s) {
                Lead l = s.find(seg.get(1));
                writes.update(l, params);
                json = LeadJson.serialize(l, cols, zone);
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
}
