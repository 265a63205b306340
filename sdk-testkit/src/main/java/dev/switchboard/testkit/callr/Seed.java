package dev.switchboard.testkit.callr;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;

/** The initial (seeded) account: SMS history, area codes and stock, DIDs, an app, media, recordings, CDRs. */
final class Seed {

    private Seed() {
    }

    static final String[][] COUNTRIES = {
        // code, label, dialcode, capital, continent, currency, tld, languages, lat, long, neighbours, length, localcode
        {"FR", "France", "33", "Paris", "EU", "EUR", ".fr", "fr-FR", "46.00", "2.00", "ES,DE,BE,IT,CH,LU,MC,AD", "9", "0"},
        {"GB", "United Kingdom", "44", "London", "EU", "GBP", ".uk", "en-GB", "54.00", "-2.00", "IE", "10", "0"},
        {"US", "United States", "1", "Washington", "NA", "USD", ".us", "en-US", "38.00", "-97.00", "CA,MX", "10", "1"},
        {"DE", "Germany", "49", "Berlin", "EU", "EUR", ".de", "de-DE", "51.00", "9.00", "FR,AT,CH,PL,CZ,DK,NL,BE,LU", "11", "0"},
    };

    // id, country, label, type, intl_prefix, local_prefix, CLASSIC stock, GOLD stock
    static final Object[][] AREA_CODES = {
        {101, "FR", "Paris", "GEOGRAPHIC", "+331", "01", 40, 5},
        {102, "FR", "Lyon", "GEOGRAPHIC", "+334", "04", 12, 2},
        {103, "FR", "Mobile", "MOBILE", "+337", "07", 3, 0},
        {201, "GB", "London", "GEOGRAPHIC", "+4420", "020", 30, 4},
        {202, "GB", "Freephone", "TOLLFREE", "+44800", "0800", 8, 1},
        {301, "US", "New York", "GEOGRAPHIC", "+1646", "646", 25, 3},
        {302, "US", "Toll free", "TOLLFREE", "+1800", "800", 10, 2},
    };

    static void populate(CallrData d) {
        Random r = d.rnd;
        d.smsSettings = Json.obj().put("push_dlr_enabled", false).putNull("push_dlr_url")
                .put("push_mo_enabled", false).putNull("push_mo_url");
        for (Object[] a : AREA_CODES) {
            int id = (Integer) a[0];
            ObjectNode ac = Json.obj();
            ac.put("country_code", (String) a[1]).put("id", id).put("intl_prefix", (String) a[4])
                    .put("label", (String) a[2]).put("local_prefix", (String) a[5]).put("type", (String) a[3]);
            d.areaCodes.put(id, ac);
            d.stock.put(id, new int[] {(Integer) a[6], (Integer) a[7]});
        }
        // SMS history: 120 messages over the 120 hours before START, oldest first
        String[] statuses = {"SENT", "SENT", "SENT", "PENDING", "FAILED", "EXPIRED", "REMOTE_QUEUED"};
        for (int i = 0; i < CallrData.SEEDED_SMS; i++) {
            Instant created = d.start.minus(Duration.ofHours(CallrData.SEEDED_SMS - i)).plusSeconds(r.nextInt(3000));
            boolean in = r.nextInt(4) == 0;
            String peer = "+336" + (10000000 + r.nextInt(89999999));
            String ours = in ? "+33987654321" : "SMS";
            String text = "Seeded message #" + (i + 1);
            ObjectNode s = SmsMethods.newSms(d, in ? "IN" : "OUT", in ? peer : ours, in ? ours : peer, text, null, created);
            if (in) {
                s.put("status", "RECEIVED").put("date_received", Json.datetime(created)).put("b_customer_debit", "0.00");
            } else {
                String st = statuses[r.nextInt(statuses.length)];
                s.put("status", st);
                if (!st.equals("PENDING") && !st.equals("REMOTE_QUEUED")) {
                    s.put("date_sent", Json.datetime(created.plusSeconds(2)));
                }
                if (st.equals("FAILED")) {
                    s.put("status_error", "UNREACHABLE");
                }
                s.put("date_update", Json.datetime(created.plusSeconds(5)));
            }
            d.sms.put(s.get("hash").asText(), s);
        }
        // an app with one DID, and one unassigned DID
        ObjectNode app = NumberMethods.newApp(d, "REALTIME10", "Seeded real-time app",
                Json.obj().put("url", "https://example.com/realtime").put("data_format", "JSON"));
        d.apps.put(app.get("hash").asText(), app);
        ObjectNode did1 = NumberMethods.newDid(d, 101, "CLASSIC");
        did1.put("app", app.get("hash").asText());
        ObjectNode did2 = NumberMethods.newDid(d, 301, "CLASSIC");
        d.dids.put(did1.get("hash").asText(), did1);
        d.dids.put(did2.get("hash").asText(), did2);
        // media library
        for (String name : new String[] {"Welcome message", "Hold music"}) {
            ObjectNode m = MediaMethods.newMedia(d, name);
            m.put("status", "READY").put("duration", 12 + r.nextInt(40))
                    .put("url", "https://media.sandbox.callr.invalid/library/" + m.get("hash").asText() + ".mp3");
            m.withArray("category").add(name.startsWith("Hold") ? "MUSIC" : "MESSAGE");
            m.withArray("language").add("en_US");
            d.library.put(m.get("id").asInt(), m);
        }
        // recordings
        String[] recTypes = {"CALL", "VOICEMAIL", "CALL", "RECORDING", "CONFERENCE"};
        for (int i = 0; i < recTypes.length; i++) {
            String hash = d.hash();
            ObjectNode rec = Json.obj();
            Instant at = d.start.minus(Duration.ofHours(10L * (recTypes.length - i)));
            rec.put("app_hash", app.get("hash").asText()).put("app_name", app.get("name").asText())
                    .put("callid", BigInteger.valueOf(3_000_000_000L + i)).put("cli_name", "Caller " + (i + 1))
                    .put("cli_number", "+3361" + (1000000 + r.nextInt(8999999))).put("date", Json.datetime(at));
            if (i % 2 == 0) {
                rec.put("date_read", Json.datetime(at.plusSeconds(600))).put("read", true);
            } else {
                rec.putNull("date_read").put("read", false);
            }
            rec.put("did_hash", did1.get("hash").asText()).put("did_intl_number", did1.get("intl_number").asText())
                    .put("did_local_number", did1.get("local_number").asText()).put("duration", 20 + r.nextInt(200))
                    .put("file_size_total", 100_000 + r.nextInt(900_000)).put("hash", hash);
            rec.set("options", Json.obj());
            rec.put("status", "READY").put("type", recTypes[i])
                    .put("url", "https://media.sandbox.callr.invalid/recording/" + hash + ".wav");
            rec.set("url_exts", Json.arr().add("wav").add("mp3"));
            rec.put("url_mp3", "https://media.sandbox.callr.invalid/recording/" + hash + ".mp3");
            d.recordings.put(hash, rec);
        }
        // CDRs: 8 inbound, 8 outbound over the last 8 days; the last outbound has the maximum callid
        for (int i = 0; i < 8; i++) {
            Instant start = d.start.minus(Duration.ofDays(8 - i)).plusSeconds(r.nextInt(3600));
            int answered = r.nextInt(300);
            ObjectNode in = Json.obj();
            in.put("answer", Json.datetime(start.plusSeconds(5))).put("billing_customer_cost_label", "Inbound FR")
                    .put("billing_customer_credit_eur", "0.00")
                    .put("billing_customer_debit_eur", Json.amount(BigDecimal.valueOf(answered).multiply(new BigDecimal("0.01"))))
                    .put("callid", BigInteger.valueOf(5_000_000_000L + i)).put("cli_country_code", "FR")
                    .put("cli_name", "Caller " + (i + 1)).put("cli_number", "+3361" + (1000000 + r.nextInt(8999999)))
                    .put("cli_number_type", "MOBILE").put("cli_pres", "allowed_passed_screen")
                    .putNull("customer_field").put("did_hash", did1.get("hash").asText())
                    .put("did_intl_number", did1.get("intl_number").asText()).put("duration", answered + 5)
                    .put("duration_answered", answered).put("duration_billed", ((answered + 59) / 60) * 60)
                    .put("hangup", Json.datetime(start.plusSeconds(answered + 5L))).put("hangupcause", 16)
                    .put("hangupsource", i % 2 == 0 ? "CALLER" : "GATEWAY").put("package_name", "REALTIME10")
                    .put("scenario_hash", app.get("hash").asText()).put("scenario_name", app.get("name").asText())
                    .put("start", Json.datetime(start));
            d.cdrIn.add(in);
            ObjectNode out = Json.obj();
            BigInteger callid = i == 7 ? CallrData.MAX_CALLID : BigInteger.valueOf(6_000_000_000L + i);
            out.put("answer", Json.datetime(start.plusSeconds(9))).put("billing_customer_cost_label", "France mobile")
                    .put("billing_customer_credit_eur", "0.00")
                    .put("billing_customer_debit_eur", Json.amount(BigDecimal.valueOf(answered).multiply(new BigDecimal("0.02"))))
                    .put("callid", callid).put("callid_in", BigInteger.valueOf(5_000_000_000L + i))
                    .put("cli_name", "Sandbox").put("cli_number", did1.get("intl_number").asText())
                    .put("cli_pres", "allowed_passed_screen").putNull("customer_field").put("dialstatus", "ANSWER")
                    .put("duration", answered + 9).put("duration_answered", answered)
                    .put("duration_billed", ((answered + 59) / 60) * 60)
                    .put("hangup", Json.datetime(start.plusSeconds(answered + 9L))).put("hangupcause", 16)
                    .put("hangupsource", "CALLEE").put("number", "+3367" + (1000000 + r.nextInt(8999999)))
                    .put("number_country_code", "FR").put("number_type", "MOBILE").put("package_name", "REALTIME10")
                    .put("scenario_hash", app.get("hash").asText()).put("scenario_name", app.get("name").asText())
                    .put("start", Json.datetime(start));
            d.cdrOut.add(out);
        }
    }
}
