package dev.switchboard.testkit.callr.v2;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The data of one CALLR account as the v2 emulation sees it, seeded deterministically from the sandbox seed and
 * the account SID. All maps keep creation order. Guarded by the {@link V2World} monitor.
 */
final class V2Account {

    static final BigDecimal INITIAL_CREDIT = new BigDecimal("100.00");
    /** Seeded numbers every account owns (the first is the facts' example number). */
    static final List<String> SEEDED_NUMBERS = List.of("+33199001020", "+33199001234");
    private static final String SID_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final String TOKEN_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /** An entry of the number store: where numbers can be bought (country, type, prefix, area). */
    record StoreEntry(String country, String countryName, String type, String prefix, String area, String name,
                      int length) {
    }

    static final List<StoreEntry> STORE = List.of(
            new StoreEntry("FR", "France", "geographic", "+331", "paris", "Paris", 12),
            new StoreEntry("FR", "France", "geographic", "+334", "lyon", "Lyon", 12),
            new StoreEntry("FR", "France", "national", "+339", null, "France (national)", 12),
            new StoreEntry("FR", "France", "tollfree", "+33800", null, "France (toll-free)", 12),
            new StoreEntry("GB", "United Kingdom", "geographic", "+4420", "london", "London", 13),
            new StoreEntry("GB", "United Kingdom", "mobile", "+447", null, "United Kingdom (mobile)", 13),
            new StoreEntry("US", "United States", "geographic", "+1212", "new-york", "New York", 12),
            new StoreEntry("US", "United States", "tollfree", "+1800", null, "United States (toll-free)", 12));

    /** A reservation made with {@code POST /numbers/store}: its JSON and the store numbers it holds. */
    static final class Order {
        final ObjectNode json;
        final List<ObjectNode> held;
        final Instant expires;

        Order(ObjectNode json, List<ObjectNode> held, Instant expires) {
            this.json = json;
            this.held = held;
            this.expires = expires;
        }

        String status() {
            return json.get("status").asText();
        }
    }

    final String sid;
    private final Random rnd;
    private final Set<String> used = new HashSet<>();
    BigDecimal credit = INITIAL_CREDIT;

    final Map<String, ObjectNode> actions = new LinkedHashMap<>();
    final Map<String, List<ObjectNode>> runs = new LinkedHashMap<>(); // action sid -> runs, oldest first
    final Map<String, ObjectNode> sms = new LinkedHashMap<>();
    final Map<String, ObjectNode> numbers = new LinkedHashMap<>(); // e164 -> Number
    final List<ObjectNode> stock = new ArrayList<>(); // store numbers not reserved nor bought
    final Map<String, Order> orders = new LinkedHashMap<>();
    final Map<String, ObjectNode> audioFiles = new LinkedHashMap<>();
    final Map<String, byte[]> audioContent = new LinkedHashMap<>();
    final Map<String, ObjectNode> tasks = new LinkedHashMap<>();
    final List<ObjectNode> cdrs = new ArrayList<>();
    long nextRunId = 424_242;
    long nextCallid = 242_359_184_129L;

    V2Account(String sid, Random rnd, Instant start) {
        this.sid = sid;
        this.rnd = rnd;
        seed(start);
    }

    /** A fresh 8-character lower-case sid, never handed out twice in this account. */
    String newSid() {
        return unique(8, SID_CHARS);
    }

    /** A fresh 40-character opaque token (like v1's reservation tokens). */
    String newToken() {
        return unique(40, TOKEN_CHARS);
    }

    private String unique(int n, String alphabet) {
        while (true) {
            StringBuilder sb = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            if (used.add(s)) {
                return s;
            }
        }
    }

    /** The Action as sent on the wire: the stored fields plus {@code numbers} (the ActionNumbers assigned to it). */
    ObjectNode renderAction(ObjectNode stored) {
        ObjectNode a = stored.deepCopy();
        ArrayNode nums = V2Json.arr();
        for (ObjectNode n : numbers.values()) {
            if (stored.get("sid").asText().equals(V2Json.text(n, "scenario"))) {
                ObjectNode an = V2Json.obj();
                an.put("e164", n.get("e164").asText()).put("class", n.get("class").asText())
                        .put("type", n.get("type").asText()).put("assigned", V2Json.text(n, "assigned"))
                        .put("country", n.get("country").asText());
                nums.add(an);
            }
        }
        a.set("numbers", nums);
        return a;
    }

    static ObjectNode number(String e164, String country, String type, String cls) {
        ObjectNode n = V2Json.obj();
        n.put("e164", e164).put("country", country).put("type", type).put("class", cls);
        return n;
    }

    private void seed(Instant start) {
        String created = V2Json.time(start.minus(Duration.ofDays(30)));
        for (String e164 : SEEDED_NUMBERS) {
            ObjectNode n = number(e164, "FR", "geographic", "classic");
            n.putNull("scenario").putNull("assigned").put("created", created);
            numbers.put(e164, n);
        }
        for (StoreEntry e : STORE) {
            for (int i = 0; i < 6; i++) {
                StringBuilder digits = new StringBuilder(e.prefix());
                while (digits.length() < e.length()) {
                    digits.append(rnd.nextInt(10));
                }
                ObjectNode n = number(digits.toString(), e.country(), e.type(), i < 4 ? "classic" : "gold");
                n.put("prefix", e.prefix());
                if (e.area() != null) {
                    n.put("area", e.area());
                }
                stock.add(n);
            }
        }
        String[][] calls = {{"inbound", "+33612345678", "+33199001020"}, {"outbound", "+33199001020", "+33698765432"},
            {"inbound", "+447700900123", "+33199001234"}, {"outbound", "+33199001234", "+12125550123"}};
        for (int i = 0; i < calls.length; i++) {
            Instant started = start.minus(Duration.ofHours(2L * (calls.length - i)));
            cdrs.add(cdr(calls[i][0], calls[i][1], calls[i][2], started, 30 + 15 * i));
        }
    }

    private ObjectNode cdr(String direction, String caller, String callee, Instant started, int answered) {
        ObjectNode c = V2Json.obj();
        c.put("billingCredit", "0.0000").put("billingDebit", direction.equals("outbound") ? "0.0150" : "0.0000")
                .put("billingDestinationLabel", "FR-GEOGRAPHIC-CLASSIC").put("billingPaymentType", "prepaid")
                .put("callee", callee).put("callerName", "").put("callerNumber", caller).put("callerRestricted", false)
                .put("callid", nextCallid++).put("direction", direction).put("durationAnswered", answered)
                .put("durationBilled", answered).put("durationTotal", answered + 5)
                .put("started", V2Json.time(started)).put("answered", V2Json.time(started.plusSeconds(5)))
                .put("ended", V2Json.time(started.plusSeconds(answered + 5L))).put("hangupCause", 16)
                .put("hangupSource", "caller");
        return c;
    }
}
