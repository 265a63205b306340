package dev.switchboard.testkit.voipbin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.SandboxExchange;
import dev.switchboard.testkit.SandboxState;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * {@code POST /groupcalls}: the body checks ({@code INVALID_JSON_BODY} for a wrong JSON type, {@code INVALID_ARGUMENT}
 * for a missing or invalid field), the address normalisation and the new {@code progressing} groupcall.
 */
final class GroupcallCreate {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final SandboxState state;
    private final Clock clock;

    GroupcallCreate(SandboxState state, Clock clock) {
        this.state = state;
        this.clock = clock;
    }

    /** Validates the body (type errors first, then the rules), creates the groupcall and answers it. */
    void create(SandboxExchange ex, String requestId) throws IOException {
        JsonNode body;
        try {
            body = ex.mapper().readTree(ex.body());
        } catch (IOException e) {
            body = null;
        }
        if (body == null || !body.isObject()) {
            VoipbinErrors.respond(ex, 400, "INVALID_ARGUMENT", "INVALID_JSON_BODY",
                    "The request body is not valid JSON.", requestId);
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
            VoipbinErrors.respond(ex, 400, "INVALID_ARGUMENT", "INVALID_JSON_BODY",
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
        } else if (present(flow) && !flow.asText().isEmpty() && !Groupcall.UUID_RE.matcher(flow.asText()).matches()) {
            problem = "flow_id must be a UUID.";
        } else if ((!present(flow) || flow.asText().isEmpty() || flow.asText().equals(VoipbinEmulation.NIL_UUID))
                && (!present(actions) || actions.isEmpty())) {
            problem = "Either flow_id or actions must be provided.";
        }
        if (problem != null) {
            VoipbinErrors.respond(ex, 400, "INVALID_ARGUMENT", "INVALID_ARGUMENT", problem, requestId);
            return;
        }
        GroupcallStore s = GroupcallStore.of(state, clock);
        ObjectNode json;
        synchronized (s) {
            Groupcall g = new Groupcall();
            g.id = state.nextUuid().toString();
            boolean hasFlow = present(flow) && !flow.asText().isEmpty() && !flow.asText().equals(VoipbinEmulation.NIL_UUID);
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
            g.tmCreate = s.stamp(clock);
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
                Groupcall.putString(a, f, v.asText());
            }
        }
        return a;
    }
}
