package dev.switchboard.testkit.callr.v2;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.callr.v2.V2Router.Reply;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code /sms}. The SMS object has the fields of facts §4.5 [C] plus {@code trafficType} [I]; outbound SMS are
 * stored {@code created} and become {@code delivered} (with {@code sentAt}, {@code deliveredAt}) on the next read.
 */
final class V2SmsRoutes {

    static final Set<String> TRAFFIC_TYPES = Set.of("marketing", "alerting");
    static final Set<String> ENCODINGS = Set.of("gsm", "unicode");
    static final Set<String> STATUSES = Set.of("created", "error", "expired", "failed", "pending", "delivered",
            "remote-queued", "sent");
    static final Map<String, String> SORTS = CallrV2Emulation.sorts("created", "createdAt", "updated", "updatedAt");
    static final BigDecimal PART_PRICE = new BigDecimal("0.05");
    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENDED = "^{}\\[~]|€\f";

    private V2SmsRoutes() {
    }

    static void register(V2Router r) {
        r.add("POST", "/sms", V2SmsRoutes::send);
        r.add("GET", "/sms", V2SmsRoutes::search);
        r.add("GET", "/sms/{sid}", q -> {
            String sid = V2Json.sid("sid", q.path("sid"));
            promote(q.account, q.world);
            return Reply.ok(V2Json.found(q.account.sms, "sms", sid).deepCopy());
        });
    }

    /**
     * [C] {@code POST /sms?to=<E.164>&from=<0..11>&encoding=gsm|unicode&trafficType=marketing|alerting} with body
     * {@code {"text": "1..3200 chars"}} → [I] 201 SMS, status {@code created}; 0.05 per part is debited.
     */
    private static Reply send(V2Request q) throws V2Error {
        String to = V2Json.e164("to", q.query("to"));
        String from = q.query("from");
        if (from != null && from.length() > 11) {
            throw V2Error.invalid("from", "length must be between 0 and 11, got " + from.length());
        }
        if (from != null && !from.isEmpty() && !from.startsWith("+") && !from.matches("(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}")) {
            throw V2Error.invalid("from", "an E.164 number or an alphanumeric sender with at least one letter");
        }
        String encoding = V2Json.oneOf("encoding", q.query("encoding"), ENCODINGS);
        String trafficType = V2Json.oneOf("trafficType", q.query("trafficType"), TRAFFIC_TYPES);
        String text = q.bodyString(q.bodyOrEmpty(), "text", true, 1, 3200);
        if (q.world.buildMode && !to.equals(CallrV2Emulation.TESTING_NUMBER)) {
            throw V2Error.forbidden("accounts in Build Mode can only send to verified Testing Numbers");
        }
        String sender = from == null || from.isEmpty()
                ? q.account.numbers.keySet().stream().findFirst().orElse("+33199001020") : from;
        ObjectNode s = newSms(q.account, q.world, "outbound", sender, to, text, encoding);
        s.put("trafficType", trafficType == null ? "marketing" : trafficType);
        BigDecimal debit = PART_PRICE.multiply(BigDecimal.valueOf(s.get("parts").asInt()));
        s.put("billingDebit", debit.setScale(2).toPlainString());
        q.account.credit = q.account.credit.subtract(debit);
        return Reply.created(s.deepCopy());
    }

    /** Stores an inbound SMS (status {@code delivered}, no debit) and returns its sid. */
    static String receive(V2Account a, V2World w, String from, String to, String text) {
        ObjectNode s = newSms(a, w, "inbound", from, to, text, null);
        s.put("status", "delivered").put("billingDebit", "0.00").put("sentAt", w.nowText()).put("deliveredAt", w.nowText());
        return s.get("sid").asText();
    }

    private static ObjectNode newSms(V2Account a, V2World w, String direction, String from, String to, String text,
                                     String forcedEncoding) {
        String encoding = forcedEncoding != null ? forcedEncoding : isGsm(text) ? "gsm" : "unicode";
        String sid = a.newSid();
        ObjectNode s = V2Json.obj().put("sid", sid).put("direction", direction);
        party(s, "from", from);
        party(s, "to", to);
        s.put("status", "created").put("encoding", encoding).put("bodyText", text).put("parts", parts(text, encoding))
                .put("billingDebit", "0.00").put("billingPaymentType", "prepaid").put("network", "");
        s.putNull("deliveredAt");
        s.put("createdAt", w.nowText()).put("updatedAt", w.nowText());
        s.putNull("sentAt");
        a.sms.put(sid, s);
        return s;
    }

    /** {@code <side>Number/Type/Country/Location} for a number (libphonenumber-style upper-case type) or a sender name. */
    private static void party(ObjectNode s, String side, String number) {
        String country = "";
        String location = "";
        String type = "UNKNOWN";
        if (number.startsWith("+33")) {
            country = "FR";
            location = "France";
            type = number.startsWith("+336") || number.startsWith("+337") ? "MOBILE" : number.startsWith("+338")
                    ? "TOLL_FREE" : "FIXED_LINE";
        } else if (number.startsWith("+44")) {
            country = "GB";
            location = "United Kingdom";
            type = number.startsWith("+447") ? "MOBILE" : "FIXED_LINE";
        } else if (number.startsWith("+1")) {
            country = "US";
            location = "United States";
            type = number.startsWith("+1800") ? "TOLL_FREE" : "FIXED_LINE_OR_MOBILE";
        }
        s.put(side + "Number", number).put(side + "Type", type).put(side + "Country", country)
                .put(side + "Location", location);
    }

    static boolean isGsm(String text) {
        return text.chars().allMatch(c -> GSM_BASIC.indexOf(c) >= 0 || GSM_EXTENDED.indexOf(c) >= 0);
    }

    /** GSM: 160 septets in one part, else 153 per part (extension characters count 2); UNICODE: 70, else 67. */
    static int parts(String text, String encoding) {
        if (encoding.equals("gsm")) {
            int septets = 0;
            for (char c : text.toCharArray()) {
                septets += GSM_EXTENDED.indexOf(c) >= 0 ? 2 : 1;
            }
            return septets <= 160 ? 1 : (septets + 152) / 153;
        }
        int units = text.length();
        return units <= 70 ? 1 : (units + 66) / 67;
    }

    /** Moves every outbound {@code created} SMS to {@code delivered}. */
    static void promote(V2Account a, V2World w) {
        for (ObjectNode s : a.sms.values()) {
            if (s.get("status").asText().equals("created")) {
                s.put("status", "delivered").put("sentAt", w.nowText()).put("deliveredAt", w.nowText())
                        .put("updatedAt", w.nowText());
            }
        }
    }

    /**
     * [C semantics, I names] filters {@code direction}, {@code sid} (8 chars), {@code from} (0..11), {@code to},
     * {@code text} (contains, ≤ 64), {@code trafficType}, {@code status}, {@code createdAtFrom} /
     * {@code createdAtTo} (RFC 3339, inclusive); {@code sort} created|updated (default created), paging.
     */
    private static Reply search(V2Request q) throws V2Error {
        String direction = V2Json.oneOf("direction", q.query("direction"), V2AccountRoutes.DIRECTIONS);
        String sid = q.query("sid") == null ? null : V2Json.sid("sid", q.query("sid"));
        String from = q.query("from");
        if (from != null && from.length() > 11) {
            throw V2Error.invalid("from", "length must be between 0 and 11, got " + from.length());
        }
        String to = q.query("to");
        String text = q.query("text");
        if (text != null && text.length() > 64) {
            throw V2Error.invalid("text", "at most 64 characters");
        }
        String trafficType = V2Json.oneOf("trafficType", q.query("trafficType"), TRAFFIC_TYPES);
        String status = V2Json.oneOf("status", q.query("status"), STATUSES);
        Instant after = q.query("createdAtFrom") == null ? null : V2Json.parseTime("createdAtFrom", q.query("createdAtFrom"));
        Instant before = q.query("createdAtTo") == null ? null : V2Json.parseTime("createdAtTo", q.query("createdAtTo"));
        promote(q.account, q.world);
        List<ObjectNode> all = new ArrayList<>();
        for (ObjectNode s : q.account.sms.values()) {
            Instant created = V2Json.timeOf(s, "createdAt");
            if ((direction == null || direction.equals(s.get("direction").asText()))
                    && (sid == null || sid.equals(s.get("sid").asText()))
                    && (from == null || from.isEmpty() || from.equals(s.get("fromNumber").asText()))
                    && (to == null || to.equals(s.get("toNumber").asText()))
                    && (text == null || s.get("bodyText").asText().toLowerCase(Locale.ROOT)
                            .contains(text.toLowerCase(Locale.ROOT)))
                    && (trafficType == null || trafficType.equals(V2Json.text(s, "trafficType")))
                    && (status == null || status.equals(s.get("status").asText()))
                    && (after == null || !created.isBefore(after)) && (before == null || !created.isAfter(before))) {
                all.add(s);
            }
        }
        return Reply.ok(V2Json.page(all, q, "created", SORTS));
    }
}
