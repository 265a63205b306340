package dev.switchboard.testkit.callr;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.Map;

/** cdr.*, billing.*, list.*, system.*, jobs.*, api-key.*, session.* */
final class AccountMethods {

    // id, label, iana, dst, country codes, aliases
    static final Object[][] TIMEZONES = {
        {1, "(UTC) Coordinated Universal Time", "UTC", "0", new String[] {}, new String[] {"Etc/UTC", "Zulu"}},
        {2, "(UTC+01:00) Paris", "Europe/Paris", "1", new String[] {"FR", "MC"}, new String[] {"Europe/Paris"}},
        {3, "(UTC+00:00) London", "Europe/London", "1", new String[] {"GB"}, new String[] {"Europe/London", "GB"}},
        {4, "(UTC-05:00) Eastern Time (US & Canada)", "America/New_York", "1", new String[] {"US"},
            new String[] {"America/New_York", "US/Eastern", "EST5EDT"}},
        {5, "(UTC-08:00) Pacific Time (US & Canada)", "America/Los_Angeles", "1", new String[] {"US"},
            new String[] {"America/Los_Angeles", "US/Pacific", "PST8PDT"}},
        {6, "(UTC+01:00) Berlin", "Europe/Berlin", "1", new String[] {"DE"}, new String[] {"Europe/Berlin"}},
    };

    private AccountMethods() {
    }

    static void register(Map<String, CallrEmulation.RpcMethod> m) {
        m.put("cdr.get", c -> {
            c.p.count(3, "type", "from", "to", "app", "number");
            String type = c.p.string(0, "type");
            if (!type.equals("IN") && !type.equals("OUT")) {
                throw RpcException.invalidParams("type", 0, "\"IN\" | \"OUT\"");
            }
            Instant from = c.p.datetime(1, "from");
            Instant to = c.p.datetime(2, "to");
            String app = c.p.stringOrNull(3, "app");
            String number = c.p.stringOrNull(4, "number");
            ArrayNode out = Json.arr();
            for (ObjectNode cdr : type.equals("IN") ? c.d.cdrIn : c.d.cdrOut) {
                Instant start = Json.parseDatetime(cdr.get("start").asText());
                if (start.isBefore(from) || start.isAfter(to)) {
                    continue;
                }
                if (app != null && !app.isEmpty() && !app.equals(cdr.get("scenario_hash").asText())) {
                    continue;
                }
                if (number != null && !number.isEmpty() && !number.equals(Json.text(cdr, "cli_number"))
                        && !number.equals(Json.text(cdr, "did_intl_number")) && !number.equals(Json.text(cdr, "number"))) {
                    continue;
                }
                out.add(cdr.deepCopy());
            }
            return out;
        });
        m.put("billing.get_prepaid_credit", c -> {
            c.p.count(0);
            return Json.F.textNode(Json.amount(c.d.credit));
        });
        m.put("list.countries", c -> {
            c.p.count(0);
            ObjectNode out = Json.obj();
            for (String[] k : Seed.COUNTRIES) {
                ObjectNode country = Json.obj();
                country.put("capital_code", k[3]).put("continent_code", k[4]).put("country_code", k[0])
                        .put("country_dialcode", k[2]).put("country_en_label", k[1]).put("country_fr_label", frLabel(k[0]))
                        .put("country_label", k[1]).put("country_languages", k[7]).put("country_latitude", k[8])
                        .put("country_localcode", k[12]).put("country_longitude", k[9]).put("country_neighbours", k[10])
                        .put("country_number_length", k[11]).put("country_tld", k[6]).put("currency_code", k[5]);
                out.set(k[0], country);
            }
            return out;
        });
        m.put("list.timezones", c -> {
            c.p.count(0);
            ObjectNode out = Json.obj();
            for (Object[] tz : TIMEZONES) {
                ObjectNode t = Json.obj();
                ArrayNode ccs = t.putArray("country_codes");
                for (String cc : (String[]) tz[4]) {
                    ccs.add(cc);
                }
                t.put("dst", (String) tz[3]).put("iana", (String) tz[2]);
                ArrayNode names = t.putArray("iana_names");
                for (String n : (String[]) tz[5]) {
                    names.add(n);
                }
                t.put("id", (Integer) tz[0]).put("label", (String) tz[1]);
                out.set(String.valueOf(tz[0]), t);
            }
            return out;
        });
        m.put("list.number_infos", c -> {
            c.p.count(1, "number");
            String number = c.p.string(0, "number");
            ObjectNode out = Json.obj();
            String[] info = numberInfo(number);
            if (info == null) {
                out.putNull("country_code").putNull("intl_code").put("intl_number", number).put("is_valid", false)
                        .putNull("local_number").putNull("local_prefix").putNull("location").putNull("type");
                return out;
            }
            out.put("country_code", info[0]).put("intl_code", info[1]).put("intl_number", number).put("is_valid", true)
                    .put("local_number", info[2]).put("local_prefix", info[3]).put("location", info[4]).put("type", info[5]);
            return out;
        });
        m.put("system.get_timestamp", c -> {
            c.p.count(0);
            return Json.F.numberNode(c.d.now().getEpochSecond());
        });
        m.put("jobs.get", c -> {
            c.p.count(1, "job_id");
            String id = c.p.string(0, "job_id");
            ObjectNode job = c.d.jobs.get(id);
            if (job == null) {
                throw RpcException.notFound("Job", id);
            }
            return job.deepCopy();
        });
        // ---- api-key
        m.put("api-key.create", c -> {
            c.p.count(1, "name");
            String name = c.p.string(0, "name");
            if (name.isBlank() || name.length() > 64) {
                throw RpcException.invalidValue("name", "1..64 characters");
            }
            int id = c.d.nextApiKeyId++;
            String token = c.d.hex(100);
            ObjectNode json = Json.obj().put("id", id).put("name", name).put("created_at", c.d.nowDatetime())
                    .put("updated_at", c.d.nowDatetime()).putNull("last_used_at");
            c.d.apiKeys.put(id, new CallrData.ApiKey(id, token, json));
            ObjectNode out = json.deepCopy();
            out.put("token", token);
            return out;
        });
        m.put("api-key.all", c -> {
            c.p.count(0);
            ArrayNode out = Json.arr();
            c.d.apiKeys.values().forEach(k -> out.add(k.json.deepCopy()));
            return out;
        });
        m.put("api-key.delete", c -> {
            c.p.count(1, "id");
            int id = c.p.integer(0, "id");
            if (c.d.apiKeys.remove(id) == null) {
                throw RpcException.notFound("Authentication.ApiKey", id);
            }
            return Json.F.booleanNode(true);
        });
        // ---- session
        m.put("session.create", c -> {
            c.p.count(0);
            return newSession(c.d);
        });
        m.put("session.all", c -> {
            c.p.count(0);
            ArrayNode out = Json.arr();
            for (CallrData.Session s : c.d.sessions.values()) {
                if (s.state.equals("VALID") && c.d.now().isBefore(s.validUntil)) {
                    out.add(Json.obj().put("token", s.token).put("valid_until", Json.datetime(s.validUntil))
                            .put("refreshable_until", Json.datetime(s.refreshableUntil)));
                }
            }
            return out;
        });
        m.put("session.refresh", c -> {
            c.p.count(1, "refresh_token");
            String rt = c.p.string(0, "refresh_token");
            CallrData.Session found = null;
            for (CallrData.Session s : c.d.sessions.values()) {
                if (s.refreshToken.equals(rt)) {
                    found = s;
                }
            }
            if (found == null || !found.state.equals("VALID") || !c.d.now().isBefore(found.refreshableUntil)) {
                throw new RpcException(RpcException.SESSION_NOT_REFRESHABLE, "SESSION_NOT_REFRESHABLE",
                        Json.obj().put("reason", found == null ? "unknown refresh token"
                                : !found.state.equals("VALID") ? "refresh token already used or session deleted"
                                : "refresh window over"));
            }
            found.state = "REFRESHED";
            return newSession(c.d);
        });
        m.put("session.delete", c -> {
            c.p.count(0);
            if (c.sessionToken != null) {
                c.d.sessions.get(c.sessionToken).state = "DELETED";
            } else {
                c.d.sessions.values().forEach(s -> s.state = "DELETED");
            }
            return Json.F.booleanNode(true);
        });
    }

    static ObjectNode newSession(CallrData d) {
        CallrData.Session s = new CallrData.Session(d.hex(40), d.hex(40), d.now().plus(CallrData.SESSION_TTL),
                d.now().plus(CallrData.SESSION_REFRESHABLE));
        d.sessions.put(s.token, s);
        return Json.obj().put("refresh_token", s.refreshToken).put("refreshable_until", Json.datetime(s.refreshableUntil))
                .put("token", s.token).put("valid_until", Json.datetime(s.validUntil));
    }

    /** Creates a finished Job (DONE, 100.00 %) and pushes job.status_update; returns its id. */
    static String newJob(CallrEmulation.Call c, ObjectNode result, ObjectNode dynamicHook) {
        String id = c.d.hex(16);
        ObjectNode job = Json.obj();
        job.put("done_at", c.d.nowDatetime());
        job.putNull("error");
        job.put("id", id).put("percent", "100.00");
        job.set("result", result);
        job.put("status", "DONE");
        c.d.jobs.put(id, job);
        c.emu.emit(c.d, "job.status_update", job, dynamicHook);
        return id;
    }

    private static String frLabel(String code) {
        return switch (code) {
            case "FR" -> "France";
            case "GB" -> "Royaume-Uni";
            case "US" -> "États-Unis";
            case "DE" -> "Allemagne";
            default -> code;
        };
    }

    /** {country, intl_code, local_number, local_prefix, location, type} or null when not a known E.164 number. */
    static String[] numberInfo(String number) {
        if (!number.matches("\\+[1-9][0-9]{6,14}")) {
            return null;
        }
        for (String[] k : Seed.COUNTRIES) {
            String cc = "+" + k[2];
            if (number.startsWith(cc)) {
                String nsn = number.substring(cc.length());
                if (nsn.length() != Integer.parseInt(k[11])) {
                    return null;
                }
                String local = (k[0].equals("US") ? "" : k[12]) + nsn;
                boolean mobile = (k[0].equals("FR") && (nsn.startsWith("6") || nsn.startsWith("7")))
                        || (k[0].equals("GB") && nsn.startsWith("7")) || (k[0].equals("DE") && nsn.startsWith("1"));
                String prefix = local.substring(0, Math.min(local.length(), k[0].equals("US") ? 3 : 2));
                return new String[] {k[0], k[2], local, prefix, mobile ? k[1] : k[3], mobile ? "MOBILE" : "GEOGRAPHIC"};
            }
        }
        return null;
    }

}
