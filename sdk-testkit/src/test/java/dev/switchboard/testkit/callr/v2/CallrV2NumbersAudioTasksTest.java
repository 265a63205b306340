package dev.switchboard.testkit.callr.v2;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.testkit.Sandbox;
import dev.switchboard.testkit.SandboxCredentials;
import dev.switchboard.testkit.SandboxExtension;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Number store (reserve → buy → numbers), numbers, audio files (upload → content), calls export and tasks. */
@ExtendWith(SandboxExtension.class)
class CallrV2NumbersAudioTasksTest {

    private static final byte[] WAV = {'R', 'I', 'F', 'F', 0, 1, 2, 3, (byte) 0xff, (byte) 0xfe, '\r', '\n', '-', '-'};

    private static List<String> e164s(JsonNode numbers) {
        List<String> out = new ArrayList<>();
        numbers.forEach(n -> out.add(n.get("e164").asText()));
        return out;
    }

    @Test
    void theStoreCataloguesAnswerByCountryAndType(Sandbox sandbox) {
        V2Calls c = V2Calls.apiKey(sandbox);
        JsonNode countries = c.get("/numbers/store/countries").json();
        assertThat(countries.get("hits").findValuesAsText("country")).containsExactly("FR", "GB", "US");
        assertThat(c.get("/numbers/store/types?country=fr").json().get("hits").findValuesAsText("type"))
                .containsExactly("geographic", "national", "tollfree");
        JsonNode prefixes = c.get("/numbers/store/prefixes?country=FR&type=geographic").json();
        assertThat(prefixes.get("hits").findValuesAsText("area")).containsExactly("paris", "lyon");
        assertThat(prefixes.get("hits").get(0).get("prefix").asText()).isEqualTo("+331");
        assertThat(c.get("/numbers/store/types").errorCode()).isEqualTo("invalid_parameter");
        assertThat(c.get("/numbers/store/prefixes?country=FR&type=GEOGRAPHIC").status()).isEqualTo(400);
    }

    @Test
    void aReservedNumberCanBeBoughtAndThenAppearsInNumbers(Sandbox sandbox) {
        V2Calls c = V2Calls.apiKey(sandbox);
        V2Calls.Answer reserved = c.post("/numbers/store?prefix=%2B33&area=paris&quantity=2", null);
        assertThat(reserved.status()).isEqualTo(201);
        JsonNode r = reserved.json();
        String token = r.get("token").asText();
        assertThat(token).hasSize(40);
        assertThat(r.get("status").asText()).isEqualTo("reserved");
        assertThat(r.get("expires").asText()).isEqualTo("2025-01-15T12:05:00.000Z");
        List<String> numbers = e164s(r.get("numbers"));
        assertThat(numbers).hasSize(2).allMatch(n -> n.startsWith("+331") && n.length() == 12);

        JsonNode bought = c.post("/numbers/store/" + token, null).json();
        assertThat(bought.get("status").asText()).isEqualTo("bought");
        assertThat(e164s(bought.get("numbers"))).isEqualTo(numbers);
        assertThat(e164s(c.get("/numbers?limit=100").json().get("hits"))).containsAll(numbers).hasSize(4);
        assertThat(c.get("/numbers/" + numbers.get(0).replace("+", "%2B")).json().get("class").asText()).isEqualTo("classic");
        assertThat(c.post("/numbers/store/" + token, null).errorCode()).isEqualTo("conflict");
        assertThat(c.delete("/numbers/store/" + token).status()).isEqualTo(409);

        // cancelling the subscription: the number leaves the account
        assertThat(c.delete("/numbers/" + numbers.get(0).replace("+", "%2B")).status()).isEqualTo(204);
        assertThat(c.get("/numbers/" + numbers.get(0).replace("+", "%2B")).errorCode()).isEqualTo("not_found");
        assertThat(CallrV2Emulation.of(sandbox).numbers(SandboxCredentials.CALLR_ACCOUNT_SID)).doesNotContain(numbers.get(0));
    }

    @Test
    void cancelledOrExpiredReservationsReturnTheirNumbersToTheStore(Sandbox sandbox) {
        V2Calls c = V2Calls.apiKey(sandbox);
        String body = V2Calls.obj("prefix", "+4420", "class", "gold", "quantity", 2); // params as a JSON body
        JsonNode first = c.post("/numbers/store", body).json();
        assertThat(c.post("/numbers/store", body).errorCode()).isEqualTo("unprocessable"); // only 2 gold in stock
        assertThat(c.delete("/numbers/store/" + first.get("token").asText()).status()).isEqualTo(204);
        assertThat(c.post("/numbers/store/" + first.get("token").asText(), null).status()).isEqualTo(404);

        JsonNode second = c.post("/numbers/store", body).json();
        assertThat(e164s(second.get("numbers"))).containsExactlyInAnyOrderElementsOf(e164s(first.get("numbers")));
        CallrV2Emulation.of(sandbox).advanceClock(Duration.ofMinutes(6));
        V2Calls.Answer expired = c.post("/numbers/store/" + second.get("token").asText(), null);
        assertThat(expired.status()).isEqualTo(409);
        assertThat(expired.json().get("message").asText()).contains("expired");
        assertThat(c.post("/numbers/store", body).status()).isEqualTo(201);

        assertThat(c.post("/numbers/store", "{}").json().get("message").asText()).startsWith("prefix:");
        assertThat(c.post("/numbers/store?prefix=%2B33&quantity=11", null).status()).isEqualTo(400);
        assertThat(c.post("/numbers/store?prefix=%2B33&class=GOLD", null).status()).isEqualTo(400);
    }

    @Test
    void buildModeCannotBuyNumbers(Sandbox sandbox) {
        V2Calls c = V2Calls.apiKey(sandbox);
        String token = c.post("/numbers/store?prefix=%2B1212", null).json().get("token").asText();
        CallrV2Emulation.of(sandbox).buildMode(true);
        assertThat(c.post("/numbers/store/" + token, null).errorCode()).isEqualTo("forbidden");
        assertThat(c.get("/numbers").json().get("total").asInt()).isEqualTo(2);
    }

    @Test
    void numbersArePatchedToAScenarioAndValidatedAsE164(Sandbox sandbox) {
        V2Calls c = V2Calls.apiKey(sandbox);
        String action = c.post("/actions", V2Calls.obj("name", "A", "script", "a: 1")).json().get("sid").asText();
        assertThat(c.patch("/numbers/%2B33199001020", V2Calls.obj("scenario", action)).json().get("scenario").asText())
                .isEqualTo(action);
        assertThat(c.get("/actions/" + action).json().get("numbers").get(0).get("e164").asText()).isEqualTo("+33199001020");
        assertThat(c.patch("/numbers/%2B33199001020", "{\"scenario\":null}").json().get("scenario").isNull()).isTrue();
        assertThat(c.patch("/numbers/%2B33199001020", V2Calls.obj("scenario", "zzzzzzzz")).status()).isEqualTo(404);
        assertThat(c.get("/numbers/33199001020").errorCode()).isEqualTo("invalid_parameter");
        assertThat(c.get("/numbers/%2B33100000000").errorCode()).isEqualTo("not_found");
    }

    @Test
    void anUploadedAudioFileIsReadyOnTheNextReadAndItsContentIsServed(Sandbox sandbox) {
        V2Calls c = V2Calls.apiKey(sandbox);
        MultipartBody body = new MultipartBody.Builder().setType(MultipartBody.FORM)
                .addFormDataPart("name", "Welcome")
                .addFormDataPart("file", "welcome.wav", RequestBody.create(WAV, MediaType.get("audio/wav")))
                .build();
        V2Calls.Answer created = c.send("POST", "/audio-files", body);
        assertThat(created.status()).isEqualTo(201);
        String sid = created.json().get("sid").asText();
        assertThat(created.json().get("name").asText()).isEqualTo("Welcome");
        assertThat(created.json().get("status").asText()).isEqualTo("pending-conversion");
        assertThat(created.json().get("size").asInt()).isEqualTo(WAV.length);
        assertThat(c.get("/audio-files/" + sid).json().get("status").asText()).isEqualTo("ready");

        V2Calls.Answer content = c.get("/audio-files/" + sid + "/file");
        assertThat(content.status()).isEqualTo(200);
        assertThat(content.header("Content-Type")).isEqualTo("audio/wav");
        assertThat(content.bytes()).isEqualTo(WAV);
        assertThat(CallrV2Emulation.of(sandbox).audioContent(sid)).isEqualTo(WAV);

        JsonNode phoneId = c.put("/audio-files/" + sid + "/phone-id?country=GB", null).json();
        assertThat(phoneId.get("number").asText()).startsWith("+44");
        assertThat(phoneId.get("code").asText()).matches("[0-9]{6}");
        assertThat(c.get("/audio-files?status=ready&name=welc").json().get("total").asInt()).isEqualTo(1);
        assertThat(c.delete("/audio-files/" + sid).status()).isEqualTo(204);
        assertThat(c.get("/audio-files/" + sid).errorCode()).isEqualTo("not_found");
    }

    @Test
    void aJsonCreatedAudioFileWaitsForContentAndRejectsOtherMimeTypes(Sandbox sandbox) {
        V2Calls c = V2Calls.apiKey(sandbox);
        JsonNode created = c.post("/audio-files", V2Calls.obj("name", "Hold music")).json();
        String sid = created.get("sid").asText();
        assertThat(created.get("status").asText()).isEqualTo("pending-content");
        assertThat(c.get("/audio-files/" + sid + "/file").status()).isEqualTo(404);
        V2Calls.Answer wrong = c.send("PUT", "/audio-files/" + sid + "/file",
                RequestBody.create(WAV, MediaType.get("audio/x-aiff")));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.errorCode()).isEqualTo("unprocessable");
        V2Calls.Answer ok = c.send("POST", "/audio-files/" + sid + "/file", RequestBody.create(WAV, MediaType.get("audio/mpeg")));
        assertThat(ok.json().get("status").asText()).isEqualTo("pending-conversion");
        assertThat(c.get("/audio-files").json().get("hits").get(0).get("status").asText()).isEqualTo("ready");
        assertThat(c.patch("/audio-files/" + sid, V2Calls.obj("name", "Hold")).json().get("name").asText()).isEqualTo("Hold");
        assertThat(c.post("/audio-files", "{}").status()).isEqualTo(400);
    }

    @Test
    void callsExportIsATaskPolledUntilDone(Sandbox sandbox) {
        V2Calls c = V2Calls.apiKey(sandbox);
        V2Calls.Answer accepted = c.post("/calls/export?direction=outbound&from=2025-01-15T00:00:00Z&to=2025-01-15T12:00:00Z", null);
        assertThat(accepted.status()).isEqualTo(202);
        String id = accepted.json().get("id").asText();
        assertThat(accepted.json().get("status").asText()).isEqualTo("pending");
        assertThat(accepted.json().get("result").isNull()).isTrue();
        assertThat(c.get("/tasks/" + id).json().get("status").asText()).isEqualTo("running");
        JsonNode done = c.get("/tasks/" + id).json();
        assertThat(done.get("status").asText()).isEqualTo("done");
        assertThat(done.get("result").get("count").asInt()).isEqualTo(2);
        JsonNode cdr = done.get("result").get("calls").get(0);
        assertThat(cdr.get("direction").asText()).isEqualTo("outbound");
        assertThat(cdr.get("callid").isIntegralNumber()).isTrue();
        assertThat(cdr.get("started").asText()).endsWith("Z");
        assertThat(c.delete("/tasks/" + id).errorCode()).isEqualTo("conflict");

        String other = c.post("/calls/export", null).json().get("id").asText();
        assertThat(c.delete("/tasks/" + other).status()).isEqualTo(204);
        assertThat(c.get("/tasks/" + other).json().get("status").asText()).isEqualTo("cancelled");
        assertThat(c.get("/tasks").json().get("total").asInt()).isEqualTo(2);
        assertThat(c.get("/tasks/nosuchtask").status()).isEqualTo(404);
        assertThat(c.post("/calls/export?direction=IN", null).status()).isEqualTo(400);
        assertThat(c.post("/calls/export?from=2025-01-15", null).errorCode()).isEqualTo("invalid_parameter");
    }

    @Test
    void billingDestinationsAreASearchEnvelope(Sandbox sandbox) {
        JsonNode d = V2Calls.apiKey(sandbox).get("/billing/destinations?country=FR").json();
        assertThat(d.get("total").asInt()).isEqualTo(2);
        assertThat(d.get("hits").get(0).get("label").asText()).isEqualTo("FR-GEOGRAPHIC-CLASSIC");
    }
}
