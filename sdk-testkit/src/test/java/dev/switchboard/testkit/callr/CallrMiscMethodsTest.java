package dev.switchboard.testkit.callr;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.testkit.Sandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The less central methods answer with well-shaped results. */
class CallrMiscMethodsTest {

    Sandbox sandbox;
    Rpc rpc;

    @BeforeEach
    void start() {
        sandbox = Sandbox.builder().clock(CallrEmulationTestSupport.CLOCK).start();
        rpc = new Rpc(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void callsAndClickToCall() {
        JsonNode target = Rpc.obj("number", "+33612345678", "timeout", 30);
        String req = rpc.ok("calls.broadcast_1", target, List.of("TTS|TTS_EN-GB_SERENA|Hello"), null).asText();
        assertThat(rpc.ok("calls.get_status_1", req).asText()).isEqualTo("PENDING");
        assertThat(rpc.ok("calls.get_status_1", req).asText()).isEqualTo("RINGING");

        String rt = rpc.ok("apps.search", Rpc.obj("name", "seeded"), null).get("hits").get(0).get("hash").asText();
        JsonNode callid = rpc.ok("calls.realtime", rt, target, null);
        assertThat(callid.isIntegralNumber()).isTrue();
        assertThat(rpc.ok("calls.realtime_break", callid, Rpc.obj()).asBoolean()).isTrue();
        assertThat(rpc.ok("calls.hangup", callid, Rpc.obj()).asBoolean()).isTrue();
        assertThat(rpc.call("calls.hangup", callid, Rpc.obj()).code()).isEqualTo(20);
        assertThat(rpc.call("calls.hangup", callid, null).code()).isEqualTo(-32602);
        assertThat(rpc.call("calls.hangup", new java.math.BigInteger("18446744073709551616"), Rpc.obj()).code()).isEqualTo(-32602);

        String c2cApp = rpc.ok("apps.create", "CLICKTOCALL10", "c2c", Rpc.obj()).get("hash").asText();
        String call = rpc.ok("clicktocall/calls.start_2", c2cApp, List.of(target), List.of(Rpc.obj("number", "+33698765432")), null).asText();
        assertThat(rpc.ok("clicktocall/calls.get_status", call).get("a_status").get("status").asText()).isEqualTo("PENDING");
        assertThat(rpc.ok("clicktocall/calls.cancel", call).asBoolean()).isTrue();
        assertThat(rpc.ok("clicktocall/calls.get_list", c2cApp, "2025-01-15 00:00:00", "2025-01-16 00:00:00")).hasSize(1);
    }

    @Test
    void mediaRecordingsJobsAndMore() {
        JsonNode recs = rpc.ok("media/recording.search", null, null);
        assertThat(recs.get("total").asInt()).isEqualTo(5);
        String rec = recs.get("hits").get(0).get("hash").asText();
        assertThat(rpc.ok("media/recording.get", rec).get("hash").asText()).isEqualTo(rec);
        JsonNode action = rpc.ok("media/recording.set_read", List.of(rec, "MISSING1"), true);
        assertThat(action.get("success").asInt()).isEqualTo(1);
        assertThat(action.get("errors").get(0).get("hash").asText()).isEqualTo("MISSING1");
        assertThat(rpc.ok("media/recording.get_overview").get("CALL").get("ready").get("count").asInt()).isEqualTo(2);
        assertThat(rpc.ok("media/recording.delete", List.of(rec)).get("success").asInt()).isEqualTo(1);

        String job = rpc.ok("sms.export_async", Rpc.obj("type", "OUT"), null).asText();
        assertThat(rpc.ok("jobs.get", job).get("status").asText()).isEqualTo("DONE");
        assertThat(rpc.ok("media.import_file_from_base64_async", "AAAA", null).isTextual()).isTrue();
        assertThat(rpc.ok("media/tts.get_voice_list")).isNotEmpty();
        assertThat(rpc.ok("media/email.get_templates", "VMS").get(0).get("type").asText()).isEqualTo("VMS");
        assertThat(rpc.ok("sms.get_gsm_charset_mapping").isObject()).isTrue();
        assertThat(rpc.ok("sms.get_count_for_body", "x".repeat(200)).asInt()).isEqualTo(2);
        assertThat(rpc.ok("sms.set_settings", Rpc.obj("push_mo_enabled", true)).get("push_mo_enabled").asBoolean()).isTrue();
        assertThat(rpc.ok("did/areacode.types", "GB")).extracting(t -> t.get("code").asText()).containsExactly("GEOGRAPHIC", "TOLLFREE");
        assertThat(rpc.ok("apps.get_authorized_clis", "CALL").get(0).get("cli").asText()).isEqualTo("BLOCKED");
        int id = rpc.ok("media/library.create", "x").asInt();
        assertThat(rpc.ok("media/library.set_tags", id, Rpc.obj("lang", List.of("en"))).asBoolean()).isTrue();
        assertThat(rpc.ok("media/library.get_phone_id", id, "FR").get("number").asText()).startsWith("+33");
        assertThat(rpc.ok("media/library.delete", id).asBoolean()).isTrue();
    }
}
