package dev.switchboard.testkit.callr;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.testkit.Sandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class CallrDidStoreTest {

    Sandbox sandbox;
    Rpc rpc;
    CallrEmulation emu;

    @BeforeEach
    void start() {
        sandbox = Sandbox.builder().clock(CallrEmulationTestSupport.CLOCK).start();
        rpc = new Rpc(sandbox);
        emu = Rpc.emulation(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void quoteReserveBuyThenSearch() {
        JsonNode countries = rpc.ok("did/areacode.countries");
        assertThat(countries).extracting(c -> c.get("code").asText()).containsExactly("FR", "GB", "US");
        JsonNode paris = rpc.ok("did/areacode.get_list", "FR", "GEOGRAPHIC").get(0);
        int id = paris.get("id").asInt();
        int before = paris.get("available").get("CLASSIC").asInt();

        JsonNode quote = rpc.ok("did/store.get_quote", id, "CLASSIC", 2);
        assertThat(quote.get("available").asInt()).isEqualTo(before);
        assertThat(quote.get("cost").get("amount_per_month").asText()).isEqualTo("2.00");

        JsonNode res = rpc.ok("did/store.reserve", id, "CLASSIC", 2, "RANDOM");
        assertThat(res.get("expire").asText()).isEqualTo("2025-01-15 12:05:00");
        assertThat(res.get("items")).hasSize(2);
        String token = res.get("token").asText();
        assertThat(rpc.ok("did/store.view_order", token)).isEqualTo(res);
        assertThat(rpc.ok("did/areacode.get_list", "FR", "GEOGRAPHIC").get(0).get("available").get("CLASSIC").asInt())
                .isEqualTo(before - 2);

        JsonNode bought = rpc.ok("did/store.buy_order", token);
        assertThat(bought.get("errors")).isEmpty();
        assertThat(bought.get("success")).hasSize(2);
        // DID.Store.BuyStatus.success[] holds DID.Store.Item {hash, intl_number, local_number}, as CALLR documents
        assertThat(bought.get("success")).isEqualTo(res.get("items"));
        bought.get("success").forEach(item -> assertThat(item.fieldNames()).toIterable()
                .containsExactly("hash", "intl_number", "local_number"));
        String hash = res.get("items").get(0).get("hash").asText();
        JsonNode found = rpc.ok("did.search", Rpc.obj("hash", hash), null);
        assertThat(found.get("total").asInt()).isEqualTo(1);
        assertThat(found.get("hits").get(0).get("intl_number").asText()).isEqualTo(res.get("items").get(0).get("intl_number").asText());
        assertThat(found.get("hits").get(0).get("app").isNull()).isTrue();
        assertThat(rpc.ok("apps.get_dids", true)).extracting(d -> d.get("hash").asText()).contains(hash);
        assertThat(rpc.ok("did/store.get_quota_status").get("assigned_count").asInt()).isEqualTo(4);
        assertThat(rpc.call("did/store.buy_order", token).code()).isEqualTo(20);

        // assign to a new app, then cancel the subscription
        String app = rpc.ok("apps.create", "REALTIME10", "My app", Rpc.obj("url", "https://example.com/rt")).get("hash").asText();
        assertThat(rpc.ok("apps.assign_did", app, hash).asBoolean()).isTrue();
        assertThat(rpc.ok("apps.get", app).get("did")).extracting(d -> d.get("hash").asText()).containsExactly(hash);
        assertThat(rpc.ok("did/store.cancel_subscription", hash).asBoolean()).isTrue();
        assertThat(rpc.ok("did.search", Rpc.obj("hash", hash), null).get("total").asInt()).isZero();
        assertThat(rpc.ok("apps.get", app).get("did")).isEmpty();
    }

    @Test
    void quotaExceeded() {
        rpc.ok("did/store.buy_order", rpc.ok("did/store.reserve", 101, "CLASSIC", 18, "RANDOM").get("token").asText());
        assertThat(rpc.ok("did/store.get_quota_status").get("assigned_count").asInt()).isEqualTo(20);
        Rpc.Response r = rpc.call("did/store.reserve", 101, "CLASSIC", 1, "RANDOM");
        assertThat(r.code()).isEqualTo(30);
        assertThat(r.error().get("message").asText()).isEqualTo("DID_QUOTA_EXCEEDED");
        assertThat(r.error().get("data").get("assigned_max").asInt()).isEqualTo(20);
    }

    @Test
    void cancelAndExpiry() {
        int before = rpc.ok("did/store.get_quote", 301, "GOLD", 1).get("available").asInt();
        String token = rpc.ok("did/store.reserve", 301, "GOLD", 1, "RANDOM").get("token").asText();
        assertThat(rpc.ok("did/store.cancel_order", token).asBoolean()).isTrue();
        assertThat(rpc.ok("did/store.get_quote", 301, "GOLD", 1).get("available").asInt()).isEqualTo(before);
        assertThat(rpc.call("did/store.view_order", token).code()).isEqualTo(20);

        String t2 = rpc.ok("did/store.reserve", 301, "GOLD", 1, "RANDOM").get("token").asText();
        emu.advanceClock(Duration.ofMinutes(5));
        assertThat(rpc.call("did/store.buy_order", t2).code()).isEqualTo(31);
        assertThat(rpc.ok("did/store.get_quote", 301, "GOLD", 1).get("available").asInt()).isEqualTo(before);

        assertThat(rpc.call("did/store.reserve", 301, "GOLD", 5, "RANDOM").code()).isEqualTo(32);
        assertThat(rpc.call("did/store.reserve", 301, "PLATINUM", 1, "RANDOM").code()).isEqualTo(21);
        assertThat(rpc.call("did/store.reserve", "301", "GOLD", 1, "RANDOM").error().get("data").get("param").asText())
                .isEqualTo("area_code_id");
    }
}
