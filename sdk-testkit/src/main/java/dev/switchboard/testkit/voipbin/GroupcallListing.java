package dev.switchboard.testkit.voipbin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.SandboxExchange;
import dev.switchboard.testkit.SandboxState;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code GET /groupcalls?page_size&page_token}: the page size rules, the {@code tm_create} page tokens and the
 * {@code {"result":[...],"next_page_token":...}} answer.
 */
final class GroupcallListing {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final SandboxState state;
    private final Clock clock;

    GroupcallListing(SandboxState state, Clock clock) {
        this.state = state;
        this.clock = clock;
    }

    /** Answers one page, newest first, before the {@code page_token}'s instant. */
    void list(SandboxExchange ex, String requestId) throws IOException {
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
                before = Instant.from(VoipbinEmulation.PAGE_TOKEN_FORMAT.parse(token));
            } catch (RuntimeException e) {
                try {
                    before = Instant.parse(token);
                } catch (RuntimeException e2) {
                    VoipbinErrors.respond(ex, 400, "INVALID_ARGUMENT", "INVALID_ARGUMENT",
                            "Invalid page_token: " + token, requestId);
                    return;
                }
            }
        }
        GroupcallStore s = GroupcallStore.of(state, clock);
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
                next = VoipbinEmulation.PAGE_TOKEN_FORMAT.format(page.get(page.size() - 1).tmCreate);
            }
        }
        root.put("next_page_token", next);
        ex.respondJson(200, root);
    }
}
