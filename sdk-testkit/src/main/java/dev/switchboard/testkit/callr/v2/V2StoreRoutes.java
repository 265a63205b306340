package dev.switchboard.testkit.callr.v2;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.callr.v2.V2Account.StoreEntry;
import dev.switchboard.testkit.callr.v2.V2Router.Reply;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /numbers/store}: buying numbers. Paths [C]; every parameter and shape here is our choice [I] except
 * {@code prefix}/{@code area}, which the migration guide names [C].
 */
final class V2StoreRoutes {

    static final Set<String> CLASSES = Set.of("classic", "gold");
    static final Set<String> TYPES = Set.of("geographic", "mobile", "national", "tollfree");

    private V2StoreRoutes() {
    }

    static void register(V2Router r) {
        r.add("GET", "/numbers/store/countries", V2StoreRoutes::countries);
        r.add("GET", "/numbers/store/types", V2StoreRoutes::types);
        r.add("GET", "/numbers/store/prefixes", V2StoreRoutes::prefixes);
        r.add("POST", "/numbers/store", V2StoreRoutes::reserve);
        r.add("POST", "/numbers/store/{token}", V2StoreRoutes::buy);
        r.add("DELETE", "/numbers/store/{token}", V2StoreRoutes::cancel);
    }

    /** Search envelope of {@code {country, name}}. */
    private static Reply countries(V2Request q) throws V2Error {
        Map<String, ObjectNode> byCode = new LinkedHashMap<>();
        for (StoreEntry e : V2Account.STORE) {
            byCode.putIfAbsent(e.country(), V2Json.obj().put("country", e.country()).put("name", e.countryName()));
        }
        return Reply.ok(V2Json.page(new ArrayList<>(byCode.values()), q, "country",
                null));
    }

    private static String country(V2Request q) throws V2Error {
        String c = q.query("country");
        if (c == null || !c.matches("[A-Za-z]{2}")) {
            throw V2Error.invalid("country", "an ISO 3166-1 alpha-2 code is required, got '" + c + "'");
        }
        return c.toUpperCase(java.util.Locale.ROOT);
    }

    /** {@code ?country=FR} (required) → search envelope of {@code {country, type}}. */
    private static Reply types(V2Request q) throws V2Error {
        String country = country(q);
        Map<String, ObjectNode> byType = new LinkedHashMap<>();
        for (StoreEntry e : V2Account.STORE) {
            if (e.country().equals(country)) {
                byType.putIfAbsent(e.type(), V2Json.obj().put("country", country).put("type", e.type()));
            }
        }
        return Reply.ok(V2Json.page(new ArrayList<>(byType.values()), q, "type", null));
    }

    /** {@code ?country=FR&type=geographic} (type optional) → search envelope of {@code {country, type, prefix, area, name}}. */
    private static Reply prefixes(V2Request q) throws V2Error {
        String country = country(q);
        String type = V2Json.oneOf("type", q.query("type"), TYPES);
        List<ObjectNode> all = new ArrayList<>();
        for (StoreEntry e : V2Account.STORE) {
            if (e.country().equals(country) && (type == null || e.type().equals(type))) {
                all.add(V2Json.obj().put("country", e.country()).put("type", e.type()).put("prefix", e.prefix())
                        .put("area", e.area()).put("name", e.name()));
            }
        }
        return Reply.ok(V2Json.page(all, q, "prefix", null));
    }

    /**
     * Reserves {@code quantity} (1..10, default 1) numbers matching {@code prefix} (E.164 prefix, e.g. +33 or +331),
     * {@code area} (e.g. paris), {@code type}, {@code class} (classic|gold, default classic), each taken from the
     * query string or else from a JSON body member of the same name; at least {@code prefix} or {@code area}.
     * → 201 Reservation {@code {token, status: "reserved", numbers: [{e164, country, type, class}], class, quantity,
     * expires (now + 5 min), created}}; too few numbers in stock: 422.
     */
    private static Reply reserve(V2Request q) throws V2Error {
        String prefix = q.queryOrBody("prefix");
        String area = q.queryOrBody("area");
        String type = V2Json.oneOf("type", q.queryOrBody("type"), TYPES);
        String cls = V2Json.oneOf("class", q.queryOrBody("class"), CLASSES);
        cls = cls == null ? "classic" : cls;
        String qty = q.queryOrBody("quantity");
        int quantity;
        try {
            quantity = qty == null ? 1 : Integer.parseInt(qty.trim());
        } catch (NumberFormatException e) {
            throw V2Error.invalid("quantity", "must be an integer, got '" + qty + "'");
        }
        if (quantity < 1 || quantity > 10) {
            throw V2Error.invalid("quantity", "must be between 1 and 10, got " + quantity);
        }
        if (prefix == null && area == null) {
            throw V2Error.invalid("prefix", "prefix (e.g. +33) or area (e.g. paris) is required");
        }
        if (prefix != null && !prefix.matches("\\+[0-9]{1,14}")) {
            throw V2Error.invalid("prefix", "must be + then digits, e.g. +33, got '" + prefix + "'");
        }
        List<ObjectNode> held = new ArrayList<>();
        for (Iterator<ObjectNode> it = q.account.stock.iterator(); it.hasNext() && held.size() < quantity; ) {
            ObjectNode n = it.next();
            if ((prefix == null || n.get("e164").asText().startsWith(prefix))
                    && (area == null || area.equalsIgnoreCase(V2Json.text(n, "area")))
                    && (type == null || type.equals(n.get("type").asText())) && cls.equals(n.get("class").asText())) {
                held.add(n);
            }
        }
        if (held.size() < quantity) {
            throw V2Error.unprocessable("only " + held.size() + " " + cls + " number(s) available for this selection, "
                    + quantity + " requested");
        }
        q.account.stock.removeAll(held);
        String token = q.account.newToken();
        ObjectNode json = V2Json.obj().put("token", token).put("status", "reserved");
        ArrayNode nums = json.putArray("numbers");
        for (ObjectNode n : held) {
            nums.add(V2Account.number(n.get("e164").asText(), n.get("country").asText(), n.get("type").asText(),
                    n.get("class").asText()));
        }
        json.put("class", cls).put("quantity", quantity)
                .put("expires", V2Json.time(q.world.now.plus(V2World.RESERVATION_TTL))).put("created", q.world.nowText());
        q.account.orders.put(token, new V2Account.Order(json, held, q.world.now.plus(V2World.RESERVATION_TTL)));
        return Reply.created(json.deepCopy());
    }

    private static V2Account.Order order(V2Request q) throws V2Error {
        V2Account.Order o = V2Json.found(q.account.orders, "reservation", q.path("token"));
        if (o.status().equals("reserved") && q.world.now.isAfter(o.expires)) {
            release(q, o, "expired");
        }
        return o;
    }

    private static void release(V2Request q, V2Account.Order o, String status) {
        q.account.stock.addAll(o.held);
        o.json.put("status", status);
    }

    /**
     * Buys a reservation: 200 {@code {token, status: "bought", numbers: [Number...]}}; the numbers now appear in
     * {@code GET /numbers}. Already bought, expired or cancelled: 409; Build Mode: 403.
     */
    private static Reply buy(V2Request q) throws V2Error {
        V2Account.Order o = order(q);
        if (!o.status().equals("reserved")) {
            throw V2Error.conflict("reservation " + o.json.get("token").asText() + " is " + o.status());
        }
        if (q.world.buildMode) {
            throw V2Error.forbidden("accounts in Build Mode cannot buy numbers");
        }
        ArrayNode bought = V2Json.arr();
        for (ObjectNode h : o.held) {
            ObjectNode n = V2Account.number(h.get("e164").asText(), h.get("country").asText(), h.get("type").asText(),
                    h.get("class").asText());
            n.putNull("scenario").putNull("assigned").put("created", q.world.nowText());
            q.account.numbers.put(n.get("e164").asText(), n);
            bought.add(n.deepCopy());
        }
        o.json.put("status", "bought");
        ObjectNode out = V2Json.obj().put("token", o.json.get("token").asText()).put("status", "bought");
        out.set("numbers", bought);
        return Reply.ok(out);
    }

    /** Cancels a reservation: 204, its numbers go back to the store; a bought one is a 409. */
    private static Reply cancel(V2Request q) throws V2Error {
        V2Account.Order o = order(q);
        if (o.status().equals("bought")) {
            throw V2Error.conflict("reservation " + o.json.get("token").asText() + " is already bought");
        }
        if (o.status().equals("reserved")) {
            release(q, o, "cancelled");
        }
        q.account.orders.remove(o.json.get("token").asText());
        return Reply.noContent();
    }
}
