package dev.switchboard.testkit.trackdrive;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.testkit.RestCalls;
import dev.switchboard.testkit.RestCalls.Answer;
import dev.switchboard.testkit.Sandbox;
import dev.switchboard.testkit.SandboxCredentials;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

class TrackdriveEmulationTest {

    /** A Wednesday afternoon. */
    static final Instant NOW = Instant.parse("2026-03-18T15:30:00Z");
    static Sandbox sandbox;
    static RestCalls api;
    static RestCalls anonymous;
    /** Every seeded lead (grid shape), newest first, fetched once through the API. */
    static List<JsonNode> all;

    @BeforeAll
    static void start() {
        // (a wall-clock bound on the start time was dropped: on a loaded 2-core CI it failed at 1107 ms, and
        // COMMON.md forbids timers asserting speed; the leads are seeded at the first request, not here)
        sandbox = Sandbox.builder()
                .emulationFactory(s -> new TrackdriveEmulation(s, Clock.fixed(NOW, ZoneOffset.UTC))).start();
        anonymous = new RestCalls(sandbox.trackdriveBaseUrl());
        String basic = Base64.getEncoder().encodeToString((SandboxCredentials.TRACKDRIVE_PUBLIC_KEY + ":"
                + SandboxCredentials.TRACKDRIVE_PRIVATE_KEY).getBytes(StandardCharsets.UTF_8));
        api = anonymous.with("Authorization", "Basic " + basic);
        all = new ArrayList<>();
        for (int page = 1; ; page++) {
            JsonNode arr = api.get("/leads?serializer=lead_grid&root=false&per_page=100&page=" + page).json();
            arr.forEach(all::add);
            if (arr.size() < 100) {
                break;
            }
        }
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @BeforeEach
    void reset() {
        sandbox.reset();
    }

    static long count(Predicate<JsonNode> p) {
        return all.stream().filter(p).count();
    }

    static Instant at(JsonNode lead, String field) {
        return lead.get(field).isNull() ? null : OffsetDateTime.parse(lead.get(field).asText()).toInstant();
    }

    static int total(String query) {
        Answer a = api.get("/leads?per_page=1&" + query);
        assertThat(a.status()).as(query).isEqualTo(200);
        return a.json().get("metadata").get("total_count").asInt();
    }

    @Test
    void seedsFiveThousandDistinctLeadsNewestFirst() {
        assertThat(all).hasSize(TrackdriveEmulation.SEEDED_LEADS);
        Set<Long> ids = new HashSet<>();
        Instant previous = Instant.MAX;
        for (JsonNode l : all) {
            assertThat(ids.add(l.get("id").asLong())).isTrue();
            Instant created = at(l, "created_at");
            assertThat(created).isBeforeOrEqualTo(previous).isBefore(NOW);
            previous = created;
        }
        assertThat(all.get(0).get("id").asLong()).isEqualTo(5000);
    }

    @Test
    void authBasicTokenAndRejections() {
        assertThat(anonymous.with("Authorization", "Token " + SandboxCredentials.TRACKDRIVE_PRIVATE_KEY)
                .get("/leads?per_page=1").status()).isEqualTo(200);
        Answer none = anonymous.get("/leads");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.json().get("errors").get(0).asText()).isEqualTo("Unauthorized");
        assertThat(none.header("WWW-Authenticate")).startsWith("Basic");
        String wrong = Base64.getEncoder().encodeToString("a:b".getBytes(StandardCharsets.UTF_8));
        assertThat(anonymous.with("Authorization", "Basic " + wrong).get("/leads").status()).isEqualTo(401);
        assertThat(anonymous.with("Authorization", "Token " + SandboxCredentials.TRACKDRIVE_PUBLIC_KEY)
                .get("/leads").status()).isEqualTo(401);
    }

    @Test
    void pagingWithMetadataAndShortLastPage() {
        JsonNode first = api.get("/leads").json();
        assertThat(first.get("leads")).hasSize(25);
        JsonNode meta = first.get("metadata");
        assertThat(meta.get("page").asInt()).isEqualTo(1);
        assertThat(meta.get("per_page").asInt()).isEqualTo(25);
        assertThat(meta.get("total_count").asInt()).isEqualTo(5000);
        assertThat(meta.get("total_pages").asInt()).isEqualTo(200);

        JsonNode last = api.get("/leads?per_page=30&page=167").json();
        assertThat(last.get("leads")).hasSize(20); // 5000 = 166*30 + 20
        assertThat(last.get("leads").get(19).get("id").asLong()).isEqualTo(1);
        assertThat(api.get("/leads?per_page=30&page=168").json().get("leads")).isEmpty();
        assertThat(api.get("/leads?per_page=500").json().get("leads")).hasSize(TrackdriveEmulation.MAX_PER_PAGE);
        assertThat(api.get("/leads?page=x").status()).isEqualTo(422);

        JsonNode bare = api.get("/leads?root=false&per_page=3&page=2").json();
        assertThat(bare.isArray()).isTrue();
        assertThat(bare).hasSize(3);
        assertThat(bare.get(0).get("id").asLong()).isEqualTo(all.get(3).get("id").asLong());
        assertThat(api.get("/leads?root=no&per_page=2").json().isArray()).isTrue();
        assertThat(api.get("/leads?root=1&per_page=2").json().has("leads")).isTrue();
    }

    @Test
    void serializersDiffer() {
        JsonNode lead = api.get("/leads?per_page=1").json().get("leads").get(0);
        JsonNode grid = api.get("/leads?per_page=1&serializer=lead_grid").json().get("leads").get(0);
        JsonNode ext = api.get("/leads?per_page=1&serializer=lead_external").json().get("leads").get(0);
        assertThat(fields(lead)).containsExactlyElementsOf(TrackdriveEmulation.LEAD_COLUMNS)
                .doesNotContain("offer_id", "buyer_id", "traffic_source_id");
        assertThat(fields(grid)).containsExactlyElementsOf(TrackdriveEmulation.GRID_COLUMNS)
                .contains("offer_id", "buyer_id", "schedule_id", "traffic_source_id", "contact_id", "routes_show_path");
        assertThat(fields(ext)).containsExactlyElementsOf(TrackdriveEmulation.EXTERNAL_COLUMNS);
        assertThat(lead.get("uuid")).isEqualTo(grid.get("uuid")).isEqualTo(ext.get("uuid"));
        assertThat(lead.get("revenue").isTextual()).isTrue();
        assertThat(lead.get("created_at").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
        assertThat(api.get("/leads?serializer=fancy").status()).isEqualTo(422);
        assertThat(api.get("/leads?serializer=").status()).isEqualTo(200);
    }

    private static List<String> fields(JsonNode n) {
        List<String> f = new ArrayList<>();
        n.fieldNames().forEachRemaining(f::add);
        return f;
    }

    @Test
    void columnsGiveSparseObjects() {
        JsonNode leads = api.get("/leads?per_page=5&columns=uuid,caller_id,created_at,offer_id").json().get("leads");
        assertThat(leads).hasSize(5);
        leads.forEach(l -> assertThat(fields(l)).containsExactly("uuid", "caller_id", "created_at", "offer_id"));
        assertThat(leads.get(0).get("uuid")).isEqualTo(all.get(0).get("uuid"));
        Answer bad = api.get("/leads?columns=uuid,number");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("errors").get(0).asText()).contains("number");
    }

    @Test
    void createdAtFiltersAndLabels() {
        // explicit range in -0500, both ends inclusive
        Instant from = at(all.get(300), "created_at").minusMillis(at(all.get(300), "created_at").toEpochMilli() % 1000);
        Instant to = NOW.minusSeconds(3600);
        String fmt = "yyyy-MM-dd HH:mm:ss Z";
        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern(fmt);
        String q = "created_at_from=" + RestCalls.enc(f.format(from.atZone(ZoneId.of("-05:00"))))
                + "&created_at_to=" + RestCalls.enc(f.format(to.atZone(ZoneId.of("-05:00"))));
        long expected = count(l -> !at(l, "created_at").isBefore(from) && !at(l, "created_at").isAfter(to));
        assertThat(expected).isGreaterThan(10);
        assertThat(total(q)).isEqualTo(expected);
        assertThat(api.get("/leads?created_at_from=2016-13-01").status()).isEqualTo(422);
        assertThat(api.get("/leads?created_at_to=yesterday").status()).isEqualTo(422);

        LocalDate today = LocalDate.of(2026, 3, 18);
        Instant midnight = today.atStartOfDay(ZoneOffset.UTC).toInstant();
        assertThat(total("created_at_label=Today")).isEqualTo(count(l -> !at(l, "created_at").isBefore(midnight)))
                .isGreaterThan(0);
        assertThat(total("created_at_label=Yesterday")).isEqualTo(count(l -> at(l, "created_at").isBefore(midnight)
                && !at(l, "created_at").isBefore(midnight.minusSeconds(86_400)))).isGreaterThan(0);
        assertThat(total("created_at_label=" + RestCalls.enc("Last Hour")))
                .isEqualTo(count(l -> !at(l, "created_at").isBefore(NOW.minusSeconds(3600))));
        assertThat(total("created_at_label=" + RestCalls.enc("Last 5 Min")))
                .isEqualTo(count(l -> !at(l, "created_at").isBefore(NOW.minusSeconds(300)))).isGreaterThan(0);
        Instant monday = LocalDate.of(2026, 3, 16).atStartOfDay(ZoneOffset.UTC).toInstant();
        assertThat(total("created_at_label=" + RestCalls.enc("This Week")))
                .isEqualTo(count(l -> !at(l, "created_at").isBefore(monday)));
        Instant jan1 = LocalDate.of(2026, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant lastJan1 = LocalDate.of(2025, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        assertThat(total("created_at_label=" + RestCalls.enc("Last Year")))
                .isEqualTo(count(l -> at(l, "created_at").isBefore(jan1) && !at(l, "created_at").isBefore(lastJan1)))
                .isGreaterThan(1000);
        assertThat(total("created_at_label=Lifetime")).isEqualTo(5000);
        assertThat(total("created_at_label=" + RestCalls.enc("Custom Range") + "&" + q)).isEqualTo(expected);
        assertThat(api.get("/leads?created_at_label=Someday").status()).isEqualTo(422);

        // Today in New York starts at 04:00Z on this date (EDT)
        Instant nyMidnight = today.atStartOfDay(ZoneId.of("America/New_York")).toInstant();
        assertThat(total("created_at_label=Today&time_zone=" + RestCalls.enc("Eastern Time (US & Canada)")))
                .isEqualTo(count(l -> !at(l, "created_at").isBefore(nyMidnight)));
        assertThat(api.get("/leads?per_page=1&time_zone=America/New_York").json().get("leads").get(0)
                .get("created_at").asText()).endsWith("-04:00");
    }

    @Test
    void nextActionFiltersAndBooleans() {
        Instant from = NOW.minusSeconds(30L * 86_400);
        String q = "next_action_at_from=" + RestCalls.enc("2026-02-16 15:30:00 +0000");
        assertThat(total(q)).isEqualTo(count(l -> at(l, "next_action_at") != null && !at(l, "next_action_at").isBefore(from)))
                .isGreaterThan(0);
        assertThat(total("next_action_at_to=" + RestCalls.enc("2026-02-16 10:30:00 -0500")))
                .isEqualTo(count(l -> at(l, "next_action_at") != null && !at(l, "next_action_at").isAfter(from)));

        long withNext = count(l -> l.get("has_next_action").asBoolean());
        assertThat(withNext).isBetween(500L, 2500L);
        for (String yes : List.of("1", "true", "yes", "on", "TRUE")) {
            assertThat(total("has_next_action=" + yes)).as(yes).isEqualTo(withNext);
        }
        for (String no : List.of("0", "false", "no", "off")) {
            assertThat(total("has_next_action=" + no)).as(no).isEqualTo(5000 - withNext);
        }
        assertThat(api.get("/leads?has_next_action=maybe").status()).isEqualTo(422);
        assertThat(total("buyer_converted=on")).isEqualTo(count(l -> l.get("buyer_converted").asBoolean())).isPositive();
        assertThat(total("offer_converted=yes")).isEqualTo(count(l -> l.get("offer_converted").asBoolean())).isPositive();
        assertThat(total("either_converted=1")).isEqualTo(count(l -> l.get("offer_converted").asBoolean()
                || l.get("buyer_converted").asBoolean()));
        assertThat(total("opt_out=true")).isEqualTo(count(l -> l.get("opt_out").asBoolean())).isPositive();
        assertThat(total("status_wait=true")).isEqualTo(count(l -> at(l, "next_action_at") != null
                && at(l, "next_action_at").isAfter(NOW)));
    }

    @Test
    void fieldFilters() {
        JsonNode sample = all.stream().filter(l -> !l.get("email").isNull() && !l.get("buyer_id").isNull())
                .findFirst().orElseThrow();
        assertThat(total("email=" + RestCalls.enc(sample.get("email").asText().toUpperCase())))
                .isEqualTo(count(l -> l.get("email").asText().equalsIgnoreCase(sample.get("email").asText())));
        String caller = sample.get("caller_id").asText(); // +1NNN555NNNN
        long sameNumber = count(l -> l.get("caller_id").asText().equals(caller));
        assertThat(total("number=" + caller.substring(2))).isEqualTo(sameNumber);
        assertThat(total("number=" + RestCalls.enc(caller))).isEqualTo(sameNumber);
        for (String f : List.of("offer_id", "buyer_id", "schedule_id", "traffic_source_id", "contact_id")) {
            long v = sample.get(f).asLong();
            assertThat(total(f + "=" + v)).as(f).isEqualTo(count(l -> !l.get(f).isNull() && l.get(f).asLong() == v));
        }
        assertThat(total("offer_id=1,2")).isEqualTo(count(l -> l.get("offer_id").asLong() <= 2));
        assertThat(api.get("/leads?offer_id=abc").status()).isEqualTo(422);
        assertThat(total("status=converted")).isEqualTo(count(l -> l.get("status").asText().equals("converted")));
        assertThat(total("fulltext=" + sample.get("uuid").asText().substring(0, 13))).isGreaterThanOrEqualTo(1);
        assertThat(total("fulltext=" + RestCalls.enc(sample.get("email").asText())))
                .isEqualTo(count(l -> l.get("email").asText().contains(sample.get("email").asText())));
        assertThat(total("fulltext=facebook")).isEqualTo(count(l -> l.get("data").toString().contains("facebook")));
    }

    @Test
    void leadSubmissionWithTokensAndUpdateWithNullClearing() {
        Answer missing = anonymous.post("/leads", "{\"caller_id\":\"5551230000\"}");
        assertThat(missing.status()).isEqualTo(401);
        assertThat(anonymous.post("/leads", "{\"lead_token\":\"nope\",\"caller_id\":\"5551230000\"}").status()).isEqualTo(401);
        Answer noCaller = anonymous.post("/leads", "{\"lead_token\":\"" + TrackdriveEmulation.LEAD_TOKEN + "\"}");
        assertThat(noCaller.status()).isEqualTo(422);
        assertThat(noCaller.json().get("errors").get(0).asText()).contains("caller_id");

        Answer created = anonymous.post("/leads", "{\"lead_token\":\"" + TrackdriveEmulation.LEAD_TOKEN + "\","
                + "\"caller_id\":\"(555) 123-0000\",\"email\":\"new@example.com\",\"first_name\":\"Ada\","
                + "\"last_name\":\"Lovelace\",\"loan_amount\":25000,\"data\":{\"campaign\":\"x\"},"
                + "\"schedule_callback_at\":\"2026-03-19 10:00:00 -0400\"}");
        assertThat(created.status()).isEqualTo(200);
        JsonNode lead = created.json();
        assertThat(lead.get("id").asLong()).isEqualTo(5001);
        assertThat(lead.get("caller_id").asText()).isEqualTo("+15551230000");
        assertThat(lead.get("full_name").asText()).isEqualTo("Ada Lovelace");
        assertThat(lead.get("data").get("loan_amount").asInt()).isEqualTo(25000);
        assertThat(lead.get("data").get("first_name").asText()).isEqualTo("Ada");
        assertThat(lead.get("data").get("campaign").asText()).isEqualTo("x");
        assertThat(lead.get("data").has("email")).isFalse();
        assertThat(lead.get("data").has("lead_token")).isFalse();
        assertThat(at(lead, "next_action_at")).isEqualTo(Instant.parse("2026-03-19T14:00:00Z"));

        // form-encoded submission with the token in the query string
        Answer form = anonymous.send("POST", "/leads?lead_token=" + TrackdriveEmulation.LEAD_TOKEN,
                "application/x-www-form-urlencoded", "caller_id=%2B15551239999&sub_source=tv");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.json().get("data").get("sub_source").asText()).isEqualTo("tv");

        String uuid = lead.get("uuid").asText();
        JsonNode fetched = api.get("/leads/" + uuid).json();
        assertThat(fetched.get("id").asLong()).isEqualTo(5001);
        assertThat(api.get("/leads/5001?serializer=lead_grid").json().get("offer_id").asLong())
                .isEqualTo(TrackdriveEmulation.LEAD_TOKEN_OFFER_ID);
        assertThat(total("number=5551230000")).isEqualTo(count(l -> l.get("caller_id").asText().equals("+15551230000")) + 1);

        Answer updated = api.put("/leads/" + uuid, "{\"email\":null,\"opt_out\":\"yes\",\"traffic_source_id\":105,"
                + "\"schedule_callback_at\":null,\"data\":{\"campaign\":null,\"tier\":\"gold\"}}");
        assertThat(updated.status()).isEqualTo(200);
        JsonNode u = updated.json();
        assertThat(u.get("email").isNull()).isTrue();
        assertThat(u.get("opt_out").asBoolean()).isTrue();
        assertThat(u.get("next_action_at").isNull()).isTrue();
        assertThat(u.get("has_next_action").asBoolean()).isFalse();
        assertThat(u.get("data").has("campaign")).isFalse();
        assertThat(u.get("data").get("tier").asText()).isEqualTo("gold");
        assertThat(api.get("/leads/" + uuid + "?serializer=lead_grid").json().get("traffic_source_id").asLong()).isEqualTo(105);

        Answer cleared = api.put("/leads/" + uuid + "?opt_out=false", "{\"traffic_source_id\":null}");
        assertThat(cleared.json().get("opt_out").asBoolean()).isFalse();
        assertThat(api.get("/leads/" + uuid + "?serializer=lead_grid").json().get("traffic_source_id").isNull()).isTrue();

        assertThat(api.put("/leads/" + uuid, "{\"opt_out\":\"perhaps\"}").status()).isEqualTo(422);
        assertThat(anonymous.put("/leads/" + uuid, "{\"opt_out\":true}").status()).isEqualTo(401);
        assertThat(api.get("/leads/00000000-0000-4000-8000-000000000000").status()).isEqualTo(404);
        assertThat(api.get("/leads/99999").json().get("errors").get(0).asText()).isEqualTo("Not found");
    }
}
