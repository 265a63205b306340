package dev.switchboard.testkit.trackdrive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.SandboxExchange;
import dev.switchboard.testkit.SandboxState;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The writes of the emulation: lead submission ({@code POST /leads}, by lead token) and the changes a
 * {@code PUT /leads/{id}} makes to a lead.
 */
final class LeadWrites {

    private final SandboxState state;
    private final Clock clock;

    LeadWrites(SandboxState state, Clock clock) {
        this.state = state;
        this.clock = clock;
    }

    /** E.164 for US numbers; other numbers keep their digits with a {@code +}. */
    static String normalizeCallerId(String raw) throws Reject {
        String d = raw.replaceAll("\\D", "");
        if (d.length() < 10) {
            throw new Reject(422, "caller_id is invalid");
        }
        if (d.length() == 10) {
            return "+1" + d;
        }
        return "+" + d;
    }

    /** {@code POST /leads}: authenticates by lead token, creates a new lead and answers it. */
    void submit(SandboxExchange ex) throws IOException, Reject {
        Map<String, JsonNode> p = LeadParams.params(ex);
        String token = LeadParams.str(p.get("lead_token"));
        if (token == null) {
            token = LeadParams.str(p.get("offer_lead_token"));
        }
        if (token == null) {
            token = LeadParams.str(p.get("schedule_lead_token"));
        }
        if (!TrackdriveEmulation.LEAD_TOKEN.equals(token)) {
            throw new Reject(401, "Invalid lead_token");
        }
        String caller = LeadParams.str(p.get("caller_id"));
        if (caller == null || caller.isBlank()) {
            throw new Reject(422, "caller_id can't be blank");
        }
        Lead l = new Lead();
        l.callerId = normalizeCallerId(caller);
        l.email = LeadParams.blankToNull(LeadParams.str(p.get("email")));
        String cft = LeadParams.blankToNull(LeadParams.str(p.get("contact_field_type")));
        if (cft != null) {
            l.contactFieldType = cft;
        }
        Boolean blocked = LeadParams.boolParam("blocked", p.get("blocked"));
        l.blocked = blocked != null && blocked;
        Long expires = LeadParams.longParam("expires_in", p.get("expires_in"));
        l.expiresIn = expires == null ? null : expires.intValue();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Instant next = LeadParams.dateParam("next_action_at", p.get("next_action_at"));
        Instant callback = LeadParams.dateParam("schedule_callback_at", p.get("schedule_callback_at"));
        Long callbackIn = LeadParams.longParam("schedule_callback_in_seconds", p.get("schedule_callback_in_seconds"));
        if (callback == null && callbackIn != null) {
            callback = now.plusSeconds(callbackIn);
        }
        JsonNode data = p.get("data");
        if (data != null && !data.isNull() && !data.isObject()) {
            throw new Reject(422, "data must be an object");
        }
        if (data != null && data.isObject()) {
            l.data.setAll((ObjectNode) data.deepCopy());
        }
        for (Map.Entry<String, JsonNode> e : p.entrySet()) {
            if (!TrackdriveEmulation.RESERVED_SUBMISSION_KEYS.contains(e.getKey())) {
                l.data.set(e.getKey(), e.getValue().deepCopy());
            }
        }
        String first = LeadParams.str(l.data.get("first_name"));
        String last = LeadParams.str(l.data.get("last_name"));
        if (first != null || last != null) {
            l.fullName = ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim();
        }
        l.offerId = TrackdriveEmulation.LEAD_TOKEN_OFFER_ID;
        l.scheduleId = TrackdriveEmulation.LEAD_TOKEN_SCHEDULE_ID;
        l.remoteIp = ex.unwrap().getRemoteAddress().getAddress().getHostAddress();
        l.createdAt = now;
        l.updatedAt = now;
        l.contactId = 20_000L + Math.abs(LeadFilter.usDigits(l.callerId).hashCode() % 10_000);
        if (callback != null) {
            l.nextActionAt = callback;
            l.scheduleTriggerType = "callback";
        } else if (next != null) {
            l.nextActionAt = next;
            l.scheduleTriggerType = "lead_created";
        }
        l.status = l.nextActionAt != null ? "scheduled" : "pending";
        LeadStore s = LeadStore.of(state, clock);
        ObjectNode json;
        ZoneId zone = LeadDates.zone(ex.queryParam("time_zone"));
        List<String> cols = LeadJson.serializerColumns(ex.queryParam("serializer"));
        synchronized (s) {
            l.id = s.nextId++;
            l.uuid = state.nextUuid().toString();
            if (l.scheduleTriggerType != null && l.scheduleTriggerType.equals("callback")) {
                l.scheduledCallbackId = 600_000L + l.id;
            }
            s.leads.add(l);
            s.byUuid.put(l.uuid, l);
            json = LeadJson.serialize(l, cols, zone);
        }
        ex.respondJson(200, json);
    }

    /** Applies a PUT; validates everything before changing anything. Caller holds the store lock. */
    void update(Lead l, Map<String, JsonNode> p) throws Reject {
        Boolean optOut = LeadParams.boolParam("opt_out", p.get("opt_out"));
        Boolean blocked = LeadParams.boolParam("blocked", p.get("blocked"));
        Long ts = LeadParams.longParam("traffic_source_id", p.get("traffic_source_id"));
        Instant next = LeadParams.dateParam("next_action_at", p.get("next_action_at"));
        Instant callback = LeadParams.dateParam("schedule_callback_at", p.get("schedule_callback_at"));
        Long expires = LeadParams.longParam("expires_in", p.get("expires_in"));
        String caller = null;
        if (p.containsKey("caller_id")) {
            String c = LeadParams.blankToNull(LeadParams.str(p.get("caller_id")));
            caller = c == null ? null : normalizeCallerId(c);
        }
        JsonNode data = p.get("data");
        if (data != null && !data.isNull() && !data.isObject()) {
            throw new Reject(422, "data must be an object");
        }
        if (p.containsKey("opt_out")) {
            l.optOut = optOut != null && optOut;
            if (l.optOut) {
                l.status = "opted_out";
            }
        }
        if (p.containsKey("blocked")) {
            l.blocked = blocked != null && blocked;
        }
        if (p.containsKey("email")) {
            l.email = LeadParams.blankToNull(LeadParams.str(p.get("email")));
        }
        if (p.containsKey("caller_id")) {
            l.callerId = caller;
        }
        if (p.containsKey("traffic_source_id")) {
            l.trafficSourceId = ts;
        }
        if (p.containsKey("expires_in")) {
            l.expiresIn = expires == null ? null : expires.intValue();
        }
        if (p.containsKey("contact_field_type")) {
            String cft = LeadParams.blankToNull(LeadParams.str(p.get("contact_field_type")));
            l.contactFieldType = cft == null ? "phone" : cft;
        }
        if (p.containsKey("next_action_at")) {
            l.nextActionAt = next;
        }
        if (p.containsKey("schedule_callback_at")) {
            if (callback == null) {
                l.scheduledCallbackId = null;
                if ("callback".equals(l.scheduleTriggerType)) {
                    l.nextActionAt = null;
                    l.scheduleTriggerType = null;
                }
            } else {
                l.nextActionAt = callback;
                l.scheduleTriggerType = "callback";
                l.scheduledCallbackId = 600_000L + l.id;
            }
        }
        if (data != null && data.isObject()) {
            data.properties().forEach(e -> {
                if (e.getValue().isNull()) {
                    l.data.remove(e.getKey());
                } else {
                    l.data.set(e.getKey(), e.getValue().deepCopy());
                }
            });
        }
        if (!l.optOut && "scheduled".equals(l.status) && l.nextActionAt == null) {
            l.status = "pending";
        } else if (!l.optOut && l.nextActionAt != null && !"converted".equals(l.status)) {
            l.status = "scheduled";
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        l.updatedAt = now;
        l.userUpdatedAt = now;
    }
}
