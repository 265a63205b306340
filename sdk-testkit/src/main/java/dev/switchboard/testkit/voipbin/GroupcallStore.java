package dev.switchboard.testkit.voipbin;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.SandboxState;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The groupcalls plus a strictly increasing microsecond clock (so page tokens never tie), kept in the
 * {@link SandboxState} and seeded deterministically on first use. Callers synchronise on the store.
 */
final class GroupcallStore {

    private static final String STORE_KEY = "voipbin.groupcalls";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    final Map<String, Groupcall> byId = new LinkedHashMap<>();
    Instant lastStamp = Instant.EPOCH;

    private GroupcallStore() {
    }

    /** The sandbox's store, seeded from the sandbox seed and {@code clock} on the first call. */
    static GroupcallStore of(SandboxState state, Clock clock) {
        return state.get(STORE_KEY, () -> seed(state, clock));
    }

    private static GroupcallStore seed(SandboxState state, Clock clock) {
        GroupcallStore s = new GroupcallStore();
        Random r = state.random("voipbin");
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String[] types = {"tel", "sip", "agent", "extension"};
        for (int i = VoipbinEmulation.SEEDED_GROUPCALLS; i >= 1; i--) { // oldest first
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
                g.answerCallId = i % 2 == 0 ? g.callIds.get(0) : VoipbinEmulation.NIL_UUID;
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
        Groupcall.putString(a, "type", type);
        Groupcall.putString(a, "target", target);
        Groupcall.putString(a, "target_name", targetName);
        return a;
    }

    /** Now, at microsecond precision (like the DB), strictly after every earlier stamp. Caller holds the store lock. */
    Instant stamp(Clock clock) {
        Instant t = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (!t.isAfter(lastStamp)) {
            t = lastStamp.plus(1, ChronoUnit.MICROS);
        }
        lastStamp = t;
        return t;
    }
}
