package dev.switchboard.testkit.callr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** did.*, did/areacode.*, did/store.*, apps.* */
final class NumberMethods {

    static final List<String> CLASSES = List.of("CLASSIC", "GOLD");
    static final List<String> PACKAGES = List.of("REALTIME10", "CALLTRACKING10", "CLICKTOCALL10", "ACTIONS10");
    static final BigDecimal CLASSIC_PRICE = new BigDecimal("1.00");
    static final BigDecimal GOLD_PRICE = new BigDecimal("10.00");

    private NumberMethods() {
    }

    static void register(Map<String, CallrEmulation.RpcMethod> m) {
        // ---- did
        m.put("did.search", c -> {
            c.p.count(0, "filters", "options");
            ObjectNode f = c.p.objectOrNull(0, "filters");
            int[] opts = c.p.searchOptions(1, "options");
            List<ObjectNode> all = new ArrayList<>();
            for (ObjectNode did : c.d.dids.values()) {
                if (f != null) {
                    if (!eq(f, did, "class") || !eq(f, did, "hash") || !eq(f, did, "type")) {
                        continue;
                    }
                    String kw = Json.text(f, "KEYWORDS");
                    if (kw != null && !kw.isEmpty() && !did.get("intl_number").asText().contains(kw)
                            && !did.get("local_number").asText().contains(kw)) {
                        continue;
                    }
                }
                all.add(did);
            }
            return Params.searchResults(all, opts);
        });
        // ---- did/areacode
        m.put("did/areacode.countries", c -> {
            c.p.count(0);
            ArrayNode out = Json.arr();
            for (String[] country : Seed.COUNTRIES) {
                int[] avail = new int[2];
                boolean any = false;
                for (ObjectNode ac : c.d.areaCodes.values()) {
                    if (ac.get("country_code").asText().equals(country[0])) {
                        int[] s = c.d.stock.get(ac.get("id").asInt());
                        avail[0] += s[0];
                        avail[1] += s[1];
                        any = true;
                    }
                }
                if (any) {
                    ObjectNode dc = Json.obj();
                    dc.set("available", availability(avail));
                    dc.put("code", country[0]).put("label", country[1]);
                    out.add(dc);
                }
            }
            return out;
        });
        m.put("did/areacode.get_list", c -> {
            c.p.count(1, "country_code", "type");
            String cc = c.p.string(0, "country_code");
            String type = c.p.stringOrNull(1, "type");
            ArrayNode out = Json.arr();
            for (ObjectNode ac : c.d.areaCodes.values()) {
                if (ac.get("country_code").asText().equalsIgnoreCase(cc)
                        && (type == null || type.isEmpty() || ac.get("type").asText().equals(type))) {
                    out.add(areaCode(c.d, ac.get("id").asInt()));
                }
            }
            return out;
        });
        m.put("did/areacode.types", c -> {
            c.p.count(1, "country_code");
            String cc = c.p.string(0, "country_code");
            Map<String, int[]> byType = new java.util.LinkedHashMap<>();
            for (ObjectNode ac : c.d.areaCodes.values()) {
                if (ac.get("country_code").asText().equalsIgnoreCase(cc)) {
                    int[] s = c.d.stock.get(ac.get("id").asInt());
                    int[] t = byType.computeIfAbsent(ac.get("type").asText(), k -> new int[2]);
                    t[0] += s[0];
                    t[1] += s[1];
                }
            }
            ArrayNode out = Json.arr();
            byType.forEach((type, avail) -> {
                ObjectNode t = Json.obj();
                t.set("available", availability(avail));
                t.put("code", type).put("label", type.charAt(0) + type.substring(1).toLowerCase(java.util.Locale.ROOT));
                out.add(t);
            });
            return out;
        });
        // ---- did/store
        m.put("did/store.get_quote", c -> {
            c.p.count(3, "area_code_id", "class", "quantity");
            int acId = areaCodeId(c, 0);
            String cls = didClass(c, 1);
            int qty = quantity(c, 2);
            ObjectNode q = Json.obj();
            q.put("available", c.d.stock.get(acId)[cls.equals("GOLD") ? 1 : 0]);
            q.set("contract", contract(c.d));
            q.set("cost", cost(cls, qty));
            return q;
        });
        m.put("did/store.reserve", c -> {
            c.p.count(4, "area_code_id", "class", "quantity", "mode");
            int acId = areaCodeId(c, 0);
            String cls = didClass(c, 1);
            int qty = quantity(c, 2);
            String mode = c.p.string(3, "mode");
            if (!mode.equals("RANDOM")) {
                throw RpcException.invalidValue("mode", "only RANDOM is supported");
            }
            expireOrders(c.d);
            checkQuota(c.d, qty);
            int[] s = c.d.stock.get(acId);
            int k = cls.equals("GOLD") ? 1 : 0;
            if (s[k] < qty) {
                throw new RpcException(RpcException.NOT_ENOUGH_AVAILABLE, "NOT_ENOUGH_AVAILABLE",
                        Json.obj().put("available", s[k]).put("requested", qty));
            }
            s[k] -= qty;
            String token = c.d.hex(32);
            ObjectNode r = Json.obj();
            r.set("contract", contract(c.d));
            r.set("cost", cost(cls, qty));
            r.put("expire", Json.datetime(c.d.now().plus(CallrData.RESERVATION_TTL)));
            ArrayNode items = r.putArray("items");
            for (int i = 0; i < qty; i++) {
                ObjectNode did = newDid(c.d, acId, cls);
                items.add(Json.obj().put("hash", did.get("hash").asText())
                        .put("intl_number", did.get("intl_number").asText())
                        .put("local_number", did.get("local_number").asText()));
            }
            r.put("token", token);
            c.d.orders.put(token, new CallrData.Order(token, acId, cls, r));
            return r.deepCopy();
        });
        m.put("did/store.view_order", c -> {
            c.p.count(1, "token");
            return liveOrder(c, c.p.string(0, "token")).reservation.deepCopy();
        });
        m.put("did/store.buy_order", c -> {
            c.p.count(1, "token");
            CallrData.Order o = liveOrder(c, c.p.string(0, "token"));
            int qty = o.reservation.get("items").size();
            checkQuota(c.d, qty);
            ObjectNode status = Json.obj();
            status.set("contract", o.reservation.get("contract").deepCopy());
            status.set("cost", o.reservation.get("cost").deepCopy());
            status.putArray("errors");
            ArrayNode success = status.putArray("success");
            AreaInfo info = AreaInfo.of(c.d, o.areaCodeId);
            for (JsonNode item : o.reservation.get("items")) {
                ObjectNode did = didFromItem(info, o.didClass, item);
                c.d.dids.put(did.get("hash").asText(), did);
                c.d.purchases.add(c.d.now());
                // DID.Store.Item, as CALLR documents BuyStatus.success: {hash, intl_number, local_number}
                success.add(Json.obj().put("hash", did.get("hash").asText())
                        .put("intl_number", did.get("intl_number").asText())
                        .put("local_number", did.get("local_number").asText()));
                c.emu.emit(c.d, "did.assigned", did, null);
            }
            o.bought = true;
            c.d.orders.remove(o.token);
            return status;
        });
        m.put("did/store.cancel_order", c -> {
            c.p.count(1, "token");
            String token = c.p.string(0, "token");
            CallrData.Order o = c.d.orders.remove(token);
            if (o == null) {
                throw RpcException.notFound("DID.Store.Reservation", token);
            }
            if (!o.bought) {
                c.d.stock.get(o.areaCodeId)[o.didClass.equals("GOLD") ? 1 : 0] += o.reservation.get("items").size();
            }
            return Json.F.booleanNode(true);
        });
        m.put("did/store.cancel_subscription", c -> {
            c.p.count(1, "hash");
            String hash = c.p.string(0, "hash");
            ObjectNode did = c.d.dids.remove(hash);
            if (did == null) {
                throw RpcException.notFound("DID", hash);
            }
            did.putNull("app");
            c.emu.emit(c.d, "did.unassigned", did, null);
            return Json.F.booleanNode(true);
        });
        m.put("did/store.get_quota_status", c -> {
            c.p.count(0);
            return quotaStatus(c.d);
        });
        // ---- apps
        m.put("apps.create", c -> {
            c.p.count(3, "package", "name", "params");
            String pkg = c.p.string(0, "package");
            if (!PACKAGES.contains(pkg)) {
                throw RpcException.invalidValue("package", "must be one of " + PACKAGES);
            }
            String name = appName(c, 1);
            ObjectNode params = c.p.objectOrNull(2, "params");
            ObjectNode app = newApp(c.d, pkg, name, params == null ? Json.obj() : params.deepCopy());
            c.d.apps.put(app.get("hash").asText(), app);
            return view(c.d, app);
        });
        m.put("apps.edit", c -> {
            c.p.count(3, "hash", "name", "params");
            ObjectNode app = app(c, 0);
            String name = appName(c, 1);
            ObjectNode params = c.p.objectOrNull(2, "params");
            app.put("name", name).put("date_update", c.d.nowDatetime());
            if (params != null) {
                app.set("p", params.deepCopy());
            }
            return view(c.d, app);
        });
        m.put("apps.get", c -> {
            c.p.count(1, "hash");
            return view(c.d, app(c, 0));
        });
        m.put("apps.delete", c -> {
            c.p.count(1, "hash");
            ObjectNode app = app(c, 0);
            String hash = app.get("hash").asText();
            for (ObjectNode did : c.d.dids.values()) {
                if (hash.equals(Json.text(did, "app"))) {
                    did.putNull("app");
                }
            }
            c.d.apps.remove(hash);
            return Json.F.booleanNode(true);
        });
        m.put("apps.get_list", c -> {
            c.p.count(1, "with_numbers");
            boolean withNumbers = c.p.bool(0, "with_numbers");
            ArrayNode out = Json.arr();
            for (ObjectNode app : c.d.apps.values()) {
                ObjectNode copy = view(c.d, app);
                if (!withNumbers) {
                    copy.putArray("did");
                }
                out.add(copy);
            }
            return out;
        });
        m.put("apps.search", c -> {
            c.p.count(0, "filters", "options");
            ObjectNode f = c.p.objectOrNull(0, "filters");
            int[] opts = c.p.searchOptions(1, "options");
            String name = Json.text(f, "name");
            List<ObjectNode> all = new ArrayList<>();
            for (ObjectNode app : c.d.apps.values()) {
                if (name == null || app.get("name").asText().toLowerCase(java.util.Locale.ROOT)
                        .contains(name.toLowerCase(java.util.Locale.ROOT))) {
                    all.add(app);
                }
            }
            List<ObjectNode> views = new ArrayList<>();
            all.forEach(a -> views.add(view(c.d, a)));
            return Params.searchResults(views, opts);
        });
        m.put("apps.assign_did", c -> {
            c.p.count(2, "app_hash", "did_hash");
            ObjectNode app = app(c, 0);
            String didHash = c.p.string(1, "did_hash");
            ObjectNode did = c.d.dids.get(didHash);
            if (did == null) {
                throw RpcException.notFound("DID", didHash);
            }
            if (!app.get("package").get("has_did").asBoolean()) {
                throw RpcException.invalidValue("app_hash", "this app package takes no DID");
            }
            did.put("app", app.get("hash").asText());
            app.put("date_update", c.d.nowDatetime());
            return Json.F.booleanNode(true);
        });
        m.put("apps.remove_did", c -> {
            c.p.count(1, "did_hash");
            String didHash = c.p.string(0, "did_hash");
            ObjectNode did = c.d.dids.get(didHash);
            if (did == null) {
                throw RpcException.notFound("DID", didHash);
            }
            did.putNull("app");
            return Json.F.booleanNode(true);
        });
        m.put("apps.get_dids", c -> {
            c.p.count(1, "only_available");
            boolean onlyAvailable = c.p.bool(0, "only_available");
            ArrayNode out = Json.arr();
            for (ObjectNode did : c.d.dids.values()) {
                if (!onlyAvailable || did.get("app").isNull()) {
                    out.add(did.deepCopy());
                }
            }
            return out;
        });
        m.put("apps.get_authorized_clis", c -> {
            c.p.count(1, "type");
            c.p.string(0, "type");
            ArrayNode out = Json.arr();
            out.add(Json.obj().put("cli", "BLOCKED").put("comment", "Hide the caller id").put("label", "Anonymous"));
            for (ObjectNode did : c.d.dids.values()) {
                out.add(Json.obj().put("cli", did.get("intl_number").asText()).put("comment", "Your DID")
                        .put("label", did.get("local_number_f").asText()));
            }
            return out;
        });
    }

    // ------------------------------------------------------------------ helpers

    private static boolean eq(ObjectNode filter, ObjectNode o, String field) {
        String want = Json.text(filter, field);
        return want == null || want.isEmpty() || want.equals(Json.text(o, field));
    }

    static ObjectNode availability(int[] a) {
        return Json.obj().put("CLASSIC", a[0]).put("GOLD", a[1]);
    }

    static ObjectNode areaCode(CallrData d, int id) {
        ObjectNode ac = d.areaCodes.get(id).deepCopy();
        ObjectNode out = Json.obj();
        out.set("available", availability(d.stock.get(id)));
        ac.fieldNames().forEachRemaining(f -> out.set(f, ac.get(f)));
        return out;
    }

    private static int areaCodeId(CallrEmulation.Call c, int i) throws RpcException {
        int id = c.p.integer(i, "area_code_id");
        if (!c.d.areaCodes.containsKey(id)) {
            throw RpcException.notFound("DID.AreaCode", id);
        }
        return id;
    }

    private static String didClass(CallrEmulation.Call c, int i) throws RpcException {
        String cls = c.p.string(i, "class");
        if (!CLASSES.contains(cls)) {
            throw RpcException.invalidValue("class", "must be CLASSIC or GOLD");
        }
        return cls;
    }

    private static int quantity(CallrEmulation.Call c, int i) throws RpcException {
        int q = c.p.integer(i, "quantity");
        if (q < 1 || q > 100) {
            throw RpcException.invalidValue("quantity", "must be 1..100");
        }
        return q;
    }

    static ObjectNode contract(CallrData d) {
        return Json.obj().put("billing_mode", "PREPAID").put("duration_month", 1)
                .put("end_date", Json.datetime(d.now().atZone(java.time.ZoneOffset.UTC).plusMonths(1).toInstant()));
    }

    static ObjectNode cost(String cls, int qty) {
        BigDecimal unit = cls.equals("GOLD") ? GOLD_PRICE : CLASSIC_PRICE;
        BigDecimal total = unit.multiply(BigDecimal.valueOf(qty));
        return Json.obj().put("amount_per_month", Json.amount(total)).put("amount_prepaid_debit", Json.amount(total))
                .put("amount_unit", Json.amount(unit)).put("discount_percent", 0).put("quantity", qty)
                .put("quantity_paying", qty);
    }

    static ObjectNode quotaStatus(CallrData d) {
        int current = d.quotaCurrentCount();
        return Json.obj().put("assigned_count", d.assignedDidCount()).put("assigned_max", CallrData.DID_ASSIGNED_MAX)
                .put("quota_current_count", current)
                .put("quota_current_remaining", Math.max(0, CallrData.DID_QUOTA_MAX_OVER_PERIOD - current))
                .put("quota_max_over_period", CallrData.DID_QUOTA_MAX_OVER_PERIOD)
                .put("quota_period_days", CallrData.DID_QUOTA_PERIOD_DAYS);
    }

    private static void checkQuota(CallrData d, int qty) throws RpcException {
        int reserved = 0;
        for (CallrData.Order o : d.orders.values()) {
            reserved += o.reservation.get("items").size();
        }
        boolean overAssigned = d.assignedDidCount() + qty > CallrData.DID_ASSIGNED_MAX;
        boolean overPeriod = d.quotaCurrentCount() + qty > CallrData.DID_QUOTA_MAX_OVER_PERIOD;
        if (overAssigned || overPeriod) {
            ObjectNode data = quotaStatus(d);
            data.put("requested", qty).put("reserved", reserved);
            throw new RpcException(RpcException.DID_QUOTA_EXCEEDED, "DID_QUOTA_EXCEEDED", data);
        }
    }

    /** Releases the stock of expired reservations (they stay known, so that their use reports RESERVATION_EXPIRED). */
    private static void expireOrders(CallrData d) {
        for (CallrData.Order o : d.orders.values()) {
            if (!o.bought && isExpired(d, o)) {
                d.stock.get(o.areaCodeId)[o.didClass.equals("GOLD") ? 1 : 0] += o.reservation.get("items").size();
                o.bought = true; // marks "released"; the order can no longer be bought
            }
        }
    }

    private static boolean isExpired(CallrData d, CallrData.Order o) {
        return !d.now().isBefore(Json.parseDatetime(o.reservation.get("expire").asText()));
    }

    private static CallrData.Order liveOrder(CallrEmulation.Call c, String token) throws RpcException {
        CallrData.Order o = c.d.orders.get(token);
        if (o == null) {
            throw RpcException.notFound("DID.Store.Reservation", token);
        }
        if (o.bought || isExpired(c.d, o)) {
            expireOrders(c.d);
            throw new RpcException(RpcException.RESERVATION_EXPIRED, "RESERVATION_EXPIRED",
                    Json.obj().put("token", token).put("expire", o.reservation.get("expire").asText()));
        }
        return o;
    }

    /** The App as returned: {@code did} lists the DIDs currently assigned to it. */
    static ObjectNode view(CallrData d, ObjectNode app) {
        ObjectNode out = app.deepCopy();
        ArrayNode dids = out.putArray("did");
        String hash = app.get("hash").asText();
        for (ObjectNode did : d.dids.values()) {
            if (hash.equals(Json.text(did, "app"))) {
                dids.add(did.deepCopy());
            }
        }
        return out;
    }

    private static ObjectNode app(CallrEmulation.Call c, int i) throws RpcException {
        String hash = c.p.string(i, "hash");
        ObjectNode app = c.d.apps.get(hash);
        if (app == null) {
            throw RpcException.notFound("App", hash);
        }
        return app;
    }

    private static String appName(CallrEmulation.Call c, int i) throws RpcException {
        String name = c.p.string(i, "name");
        if (name.isBlank() || name.length() > 128) {
            throw RpcException.invalidValue("name", "1..128 characters");
        }
        return name;
    }

    record AreaInfo(String country, String type, String intlPrefix, String localPrefix) {
        static AreaInfo of(CallrData d, int id) {
            ObjectNode ac = d.areaCodes.get(id);
            return new AreaInfo(ac.get("country_code").asText(), ac.get("type").asText(),
                    ac.get("intl_prefix").asText(), ac.get("local_prefix").asText());
        }
    }

    /** A new DID (not stored) in the area code, with a random subscriber number. */
    static ObjectNode newDid(CallrData d, int areaCodeId, String cls) {
        AreaInfo info = AreaInfo.of(d, areaCodeId);
        int total = info.country().equals("GB") ? 12 : info.country().equals("US") ? 11 : 11; // digits after '+'
        int have = info.intlPrefix().length() - 1;
        StringBuilder sub = new StringBuilder();
        for (int i = have; i < total; i++) {
            sub.append(d.rnd.nextInt(10));
        }
        ObjectNode item = Json.obj().put("hash", d.hash()).put("intl_number", info.intlPrefix() + sub)
                .put("local_number", info.localPrefix() + sub);
        return didFromItem(info, cls, item);
    }

    static ObjectNode didFromItem(AreaInfo info, String cls, JsonNode item) {
        String local = item.get("local_number").asText();
        StringBuilder f = new StringBuilder();
        for (int i = 0; i < local.length(); i++) {
            if (i > 0 && i % 2 == 0) {
                f.append(' ');
            }
            f.append(local.charAt(i));
        }
        ObjectNode did = Json.obj();
        did.putNull("app");
        did.put("class", cls).put("country_code", info.country()).put("hash", item.get("hash").asText())
                .put("intl_number", item.get("intl_number").asText()).put("local_number", local)
                .put("local_number_f", f.toString()).put("type", info.type());
        return did;
    }

    static ObjectNode newApp(CallrData d, String pkg, String name, ObjectNode params) {
        ObjectNode app = Json.obj();
        app.put("date_creation", d.nowDatetime()).put("date_update", d.nowDatetime());
        app.putArray("did");
        app.put("hash", d.hash()).put("name", name);
        app.set("p", params);
        app.set("package", Json.obj().put("has_did", !pkg.equals("CLICKTOCALL10")).put("name", pkg)
                .put("type", pkg.substring(0, pkg.length() - 2)));
        return app;
    }

}
