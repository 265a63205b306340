package dev.switchboard.testkit.callr;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.testkit.Sandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CallrSmsTest {

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
    void sendThenGet() {
        String hash = rpc.ok("sms.send", "SMS", "+33612345678", "Hello, world", Rpc.obj("user_data", "order-42")).asText();
        assertThat(hash).matches("[0-9A-F]{8}");
        assertThat(emu.sms(hash).get("status").asText()).isEqualTo("CREATED");
        JsonNode sms = rpc.ok("sms.get", hash);
        assertThat(sms.get("status").asText()).isEqualTo("SENT");
        assertThat(sms.get("type").asText()).isEqualTo("OUT");
        assertThat(sms.get("encoding").asText()).isEqualTo("GSM");
        assertThat(sms.get("parts").asInt()).isEqualTo(1);
        assertThat(sms.get("b_customer_debit").asText()).isEqualTo("0.05");
        assertThat(sms.get("date_creation").asText()).isEqualTo("2025-01-15 12:00:00");
        assertThat(sms.get("user_data").asText()).isEqualTo("order-42");
        assertThat(sms.get("options").get("user_data").asText()).isEqualTo("order-42");
        assertThat(rpc.ok("billing.get_prepaid_credit").asText()).isEqualTo("99.95");

        Rpc.Response missing = rpc.call("sms.get", "NOPE0000");
        assertThat(missing.code()).isEqualTo(20);
        assertThat(missing.error().get("data").get("type").asText()).isEqualTo("SMS");
    }

    @Test
    void partsAndQuote() {
        String unicode = "Привет ".repeat(11); // 77 UTF-16 units, UNICODE
        String hash = rpc.ok("sms.send", "SMS", "+33612345678", unicode, null).asText();
        JsonNode sms = rpc.ok("sms.get", hash);
        assertThat(sms.get("encoding").asText()).isEqualTo("UNICODE");
        assertThat(sms.get("parts").asInt()).isEqualTo(2);
        assertThat(sms.get("b_customer_debit").asText()).isEqualTo("0.10");
        JsonNode quote = rpc.ok("sms.get_quote", "SMS", "+33612345678", "x".repeat(161), null);
        assertThat(quote.get("count").asInt()).isEqualTo(2);
        assertThat(quote.get("length").asInt()).isEqualTo(161);
        assertThat(quote.get("amount").asText()).isEqualTo("0.10");
        assertThat(emu.prepaidCredit()).isEqualByComparingTo(new BigDecimal("99.90"));
    }

    @Test
    void searchPagesExactly() {
        rpc.ok("sms.send", "SMS", "+33612345678", "newest", null);
        JsonNode first = rpc.ok("sms.search", null, Rpc.obj("offset", 0, "quantity", 50));
        assertThat(first.get("total").asInt()).isEqualTo(121);
        assertThat(first.get("offset").asInt()).isZero();
        assertThat(first.get("has_more").asBoolean()).isTrue();
        assertThat(first.get("hits")).hasSize(50);
        assertThat(first.get("hits").get(0).get("text").asText()).isEqualTo("newest");
        assertThat(first.get("hits").get(0).get("status").asText()).isEqualTo("SENT");

        Set<String> seen = new HashSet<>();
        int offset = 0;
        JsonNode page;
        do {
            page = rpc.ok("sms.search", null, Rpc.obj("offset", offset, "quantity", 50));
            page.get("hits").forEach(h -> seen.add(h.get("hash").asText()));
            offset += page.get("hits").size();
        } while (page.get("has_more").asBoolean());
        assertThat(seen).hasSize(121);
        assertThat(page.get("hits")).hasSize(21);
        assertThat(page.get("offset").asInt()).isEqualTo(100);

        JsonNode beyond = rpc.ok("sms.search", null, Rpc.obj("offset", 500, "quantity", 10));
        assertThat(beyond.get("hits")).isEmpty();
        assertThat(beyond.get("has_more").asBoolean()).isFalse();
        assertThat(beyond.get("total").asInt()).isEqualTo(121);

        JsonNode in = rpc.ok("sms.search", Rpc.obj("type", "IN"), null);
        in.get("hits").forEach(h -> assertThat(h.get("type").asText()).isEqualTo("IN"));
        assertThat(in.get("hits").size()).isLessThanOrEqualTo(10);

        assertThat(rpc.call("sms.search", null, Rpc.obj("quantity", 0)).code()).isEqualTo(-32602);
    }

    @Test
    void getListByTypeAndDateRange() {
        JsonNode all = rpc.ok("sms.get_list", "OUT", "2025-01-01 00:00:00", "2025-01-31 00:00:00");
        JsonNode recent = rpc.ok("sms.get_list", "OUT", "2025-01-15 00:00:00", "2025-01-15 12:00:00");
        assertThat(all.size()).isGreaterThan(recent.size());
        recent.forEach(s -> assertThat(s.get("date_creation").asText()).startsWith("2025-01-15"));
        assertThat(rpc.call("sms.get_list", "BOTH", "2025-01-01 00:00:00", "2025-01-31 00:00:00").code()).isEqualTo(-32602);
        assertThat(rpc.call("sms.get_list", "IN", "yesterday", "2025-01-31 00:00:00").error().get("data").get("param").asText())
                .isEqualTo("from");
    }
}
