package dev.switchboard.testkit.callr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** sms.* */
final class SmsMethods {

    static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    static final String GSM_EXTENDED = "^{}\\[~]|€\f";
    static final List<String> NATURES = List.of("ALERTING", "MARKETING");

    private SmsMethods() {
    }

    static void register(Map<String, CallrEmulation.RpcMethod> m) {
        m.put("sms.send", SmsMethods::send);
        m.put("sms.get", c -> {
            c.p.count(1, "hash");
            String hash = c.p.string(0, "hash");
            promote(c.d, c.emu);
            ObjectNode s = c.d.sms.get(hash);
            if (s == null) {
                throw RpcException.notFound("SMS", hash);
            }
            return s.deepCopy();
        });
        m.put("sms.search", SmsMethods::search);
        m.put("sms.get_list", c -> {
            c.p.count(3, "type", "from", "to");
            String type = type(c.p.string(0, "type"), 0);
            Instant from = c.p.datetime(1, "from");
            Instant to = c.p.datetime(2, "to");
            promote(c.d, c.emu);
            ArrayNode out = Json.arr();
            for (ObjectNode s : c.d.sms.values()) {
                Instant t = Json.parseDatetime(s.get("date_creation").asText());
                if (s.get("type").asText().equals(type) && !t.isBefore(from) && !t.isAfter(to)) {
                    out.add(s.deepCopy());
                }
            }
            return out;
        });
        m.put("sms.get_quote", c -> {
            c.p.count(3, "from", "to", "body", "options");
            c.p.string(0, "from");
            c.p.string(1, "to");
            String body = c.p.string(2, "body");
            ObjectNode options = c.p.objectOrNull(3, "options");
            String enc = encoding(body, options);
            int parts = parts(body, enc);
            ObjectNode q = Json.obj();
            q.put("amount", Json.amount(CallrData.SMS_PART_PRICE.multiply(BigDecimal.valueOf(parts))));
            q.put("count", parts).put("currency", "EUR").put("encoding", enc).put("length", length(body, enc));
            return q;
        });
        m.put("sms.get_count_for_body", c -> {
            c.p.count(1, "body");
            String body = c.p.string(0, "body");
            return Json.F.numberNode(parts(body, encoding(body, null)));
        });
        m.put("sms.get_gsm_charset_mapping", c -> {
            c.p.count(0);
            ObjectNode map = Json.obj();
            String[][] pairs = {{"á", "a"}, {"í", "i"}, {"ó", "o"}, {"ú", "u"}, {"â", "a"}, {"ê", "e"}, {"î", "i"},
                {"ô", "o"}, {"û", "u"}, {"ë", "e"}, {"ï", "i"}, {"ç", "Ç"}, {"À", "A"}, {"È", "E"}, {"“", "\""},
                {"”", "\""}, {"‘", "'"}, {"’", "'"}, {"–", "-"}, {"—", "-"}, {"…", "..."}, {"\u00a0", " "}};
            for (String[] p : pairs) {
                map.put(p[0], p[1]);
            }
            return map;
        });
        m.put("sms.export_async", c -> {
            c.p.count(0, "filters", "webhook");
            ObjectNode filters = c.p.objectOrNull(0, "filters");
            ObjectNode webhook = c.p.objectOrNull(1, "webhook");
            promote(c.d, c.emu);
            int count = filter(c.d, filters).size();
            ObjectNode result = Json.obj().put("count", count)
                    .put("url", "https://exports.sandbox.callr.invalid/sms/" + c.d.hex(16) + ".csv");
            return Json.F.textNode(AccountMethods.newJob(c, result, webhook));
        });
        m.put("sms.get_settings", c -> {
            c.p.count(0);
            return c.d.smsSettings.deepCopy();
        });
        m.put("sms.set_settings", c -> {
            c.p.count(1, "settings");
            ObjectNode s = c.p.object(0, "settings");
            for (String f : new String[] {"push_dlr_enabled", "push_mo_enabled"}) {
                if (s.has(f) && !s.get(f).isBoolean()) {
                    throw RpcException.invalidParams("settings." + f, 0, "bool");
                }
            }
            s.fieldNames().forEachRemaining(f -> {
                if (c.d.smsSettings.has(f)) {
                    c.d.smsSettings.set(f, s.get(f));
                }
            });
            return c.d.smsSettings.deepCopy();
        });
    }

    private static JsonNode send(CallrEmulation.Call c) throws RpcException {
        c.p.count(3, "from", "to", "body", "options");
        String from = c.p.string(0, "from");
        String to = c.p.string(1, "to");
        String body = c.p.string(2, "body");
        ObjectNode options = c.p.objectOrNull(3, "options");
        if (!to.matches("\\+[1-9][0-9]{6,14}")) {
            throw RpcException.invalidValue("to", "must be an E.164 phone number (+CCNSN)");
        }
        if (body.isEmpty()) {
            throw RpcException.invalidValue("body", "must not be empty");
        }
        if (options != null) {
            String nature = Json.text(options, "nature");
            if (nature != null && !NATURES.contains(nature)) {
                throw RpcException.invalidValue("options.nature", "must be ALERTING or MARKETING");
            }
            String fe = Json.text(options, "force_encoding");
            if (fe != null && !fe.equals("GSM") && !fe.equals("UNICODE")) {
                throw RpcException.invalidValue("options.force_encoding", "must be GSM, UNICODE or null");
            }
            String ud = Json.text(options, "user_data");
            if (ud != null && ud.length() > 32) {
                throw RpcException.invalidValue("options.user_data", "32 characters maximum");
            }
        }
        ObjectNode s = newSms(c.d, "OUT", from, to, body, options, c.d.now());
        BigDecimal cost = new BigDecimal(s.get("b_customer_debit").asText());
        if (c.d.credit.compareTo(cost) < 0) {
            throw new RpcException(RpcException.INSUFFICIENT_CREDIT, "INSUFFICIENT_CREDIT",
                    Json.obj().put("credit", Json.amount(c.d.credit)).put("cost", Json.amount(cost)));
        }
        c.d.credit = c.d.credit.subtract(cost);
        String hash = s.get("hash").asText();
        c.d.sms.put(hash, s);
        if (options != null && options.get("webhook") instanceof ObjectNode wh) {
            c.d.smsDynamicWebhook.put(hash, wh.deepCopy());
        }
        return Json.F.textNode(hash);
    }

    private static JsonNode search(CallrEmulation.Call c) throws RpcException {
        c.p.count(0, "filters", "options");
        ObjectNode filters = c.p.objectOrNull(0, "filters");
        int[] opts = c.p.searchOptions(1, "options");
        promote(c.d, c.emu);
        List<ObjectNode> all = filter(c.d, filters);
        java.util.Collections.reverse(all); // newest first
        return Params.searchResults(all, opts);
    }

    private static List<ObjectNode> filter(CallrData d, ObjectNode f) throws RpcException {
        Instant fromT = null;
        Instant toT = null;
        if (f != null) {
            String a = Json.text(f, "created_at_from");
            String b = Json.text(f, "created_at_to");
            if (a != null && (fromT = Json.parseDatetime(a)) == null) {
                throw RpcException.invalidParams("filters.created_at_from", 0, "datetime");
            }
            if (b != null && (toT = Json.parseDatetime(b)) == null) {
                throw RpcException.invalidParams("filters.created_at_to", 0, "datetime");
            }
        }
        List<ObjectNode> out = new ArrayList<>();
        for (ObjectNode s : d.sms.values()) {
            if (f != null) {
                if (!eq(f, s, "type") || !eq(f, s, "status") || !eq(f, s, "from") || !eq(f, s, "to")
                        || !eq(f, s, "hash") || !eq(f, s, "nature") || !eq(f, s, "user_data")) {
                    continue;
                }
                String text = Json.text(f, "text");
                if (text != null && !s.get("text").asText().contains(text)) {
                    continue;
                }
                Instant t = Json.parseDatetime(s.get("date_creation").asText());
                if ((fromT != null && t.isBefore(fromT)) || (toT != null && t.isAfter(toT))) {
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }

    private static boolean eq(ObjectNode filter, ObjectNode s, String field) {
        String want = Json.text(filter, field);
        return want == null || want.isEmpty() || want.equals(Json.text(s, field));
    }

    private static String type(String t, int index) throws RpcException {
        if (!t.equals("IN") && !t.equals("OUT")) {
            throw RpcException.invalidParams("type", index, "\"IN\" | \"OUT\"");
        }
        return t;
    }

    /** CREATED → SENT for every outbound SMS, pushing sms.mt.status_update for each. */
    static void promote(CallrData d, CallrEmulation emu) {
        for (ObjectNode s : d.sms.values()) {
            if ("CREATED".equals(s.get("status").asText())) {
                s.put("status", "SENT").put("date_sent", d.nowDatetime()).put("date_update", d.nowDatetime());
                String hash = s.get("hash").asText();
                emu.emit(d, "sms.mt.status_update", s, d.smsDynamicWebhook.get(hash));
            }
        }
    }

    static ObjectNode newSms(CallrData d, String type, String from, String to, String text, ObjectNode options,
                             Instant created) {
        String enc = encoding(text, options);
        int parts = parts(text, enc);
        ObjectNode s = Json.obj();
        s.put("b_customer_debit", Json.amount(CallrData.SMS_PART_PRICE.multiply(BigDecimal.valueOf(parts))));
        s.put("b_customer_mode", "PREPAID");
        s.put("date_creation", Json.datetime(created));
        s.putNull("date_received");
        s.putNull("date_sent");
        s.put("date_update", Json.datetime(created));
        s.put("encoding", enc);
        s.put("from", from);
        s.put("hash", d.hash());
        String nature = Json.text(options, "nature");
        s.put("nature", nature == null ? "ALERTING" : nature);
        ObjectNode o = Json.obj();
        o.put("flash_message", options != null && options.path("flash_message").asBoolean(false));
        if (Json.text(options, "force_encoding") == null) {
            o.putNull("force_encoding");
        } else {
            o.put("force_encoding", Json.text(options, "force_encoding"));
        }
        o.put("nature", s.get("nature").asText());
        String ud = Json.text(options, "user_data");
        if (ud == null) {
            o.putNull("user_data");
        } else {
            o.put("user_data", ud);
        }
        s.set("options", o);
        s.put("parts", parts);
        s.put("status", "CREATED");
        s.putNull("status_error");
        s.put("text", text);
        s.put("to", to);
        s.put("type", type);
        if (ud == null) {
            s.putNull("user_data");
        } else {
            s.put("user_data", ud);
        }
        return s;
    }

    static boolean isGsm(String text) {
        return text.codePoints().allMatch(cp -> GSM_BASIC.indexOf(cp) >= 0 || GSM_EXTENDED.indexOf(cp) >= 0);
    }

    static String encoding(String text, ObjectNode options) {
        String forced = Json.text(options, "force_encoding");
        if (forced != null) {
            return forced;
        }
        return isGsm(text) ? "GSM" : "UNICODE";
    }

    /** Length in encoding units: GSM septets (extension chars count 2), or UTF-16 code units. */
    static int length(String text, String encoding) {
        if (encoding.equals("UNICODE")) {
            return text.length();
        }
        int n = 0;
        for (int cp : text.codePoints().toArray()) {
            n += GSM_EXTENDED.indexOf(cp) >= 0 ? 2 : 1;
        }
        return n;
    }

    /** GSM: 160 single / 153 per part; UNICODE: 70 single / 67 per part. */
    static int parts(String text, String encoding) {
        int len = length(text, encoding);
        int single = encoding.equals("GSM") ? 160 : 70;
        int multi = encoding.equals("GSM") ? 153 : 67;
        if (len <= single) {
            return 1;
        }
        return (len + multi - 1) / multi;
    }
}
