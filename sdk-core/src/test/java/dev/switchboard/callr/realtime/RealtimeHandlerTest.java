package dev.switchboard.callr.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.models.SwitchboardJson;
import dev.switchboard.models.callr.RtRequest;
import dev.switchboard.models.callr.RtResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class RealtimeHandlerTest {
  private static final ObjectMapper JSON = SwitchboardJson.mapper();
  private static final String REQUEST = "{\"app\":\"APP1\",\"callid\":18446744073709551615,"
      + "\"call_status\":\"UP\",\"command\":\"\",\"command_id\":7,\"number\":\"+33612345678\","
      + "\"request_hash\":\"RH\",\"variables\":{\"step\":1,\"lang\":\"fr\"},\"unknown_field\":true}";

  @Test
  void variablesAreCarriedOverUnlessTheAppSetsItsOwn() throws Exception {
    try (RealtimeHandler handler = RealtimeHandler.of(req -> RtCommands.say("TTS_EN-GB_SERENA", "Hello"))) {
      JsonNode out = JSON.readTree(handler.handle(REQUEST.getBytes(StandardCharsets.UTF_8)));
      assertThat(out.get("command").asText()).isEqualTo("play");
      assertThat(out.get("params").get("media_id").asText()).isEqualTo("TTS|TTS_EN-GB_SERENA|Hello");
      assertThat(out.get("variables")).isEqualTo(JSON.readTree("{\"step\":1,\"lang\":\"fr\"}"));
    }
    try (RealtimeHandler handler = RealtimeHandler.of(req -> RtCommands.hangup().toBuilder()
        .variables(JSON.readTree("{\"step\":2}")).build())) {
      RtResponse out = handler.handle(JSON.readValue(REQUEST, RtRequest.class));
      assertThat(out.variables()).contains(JSON.readTree("{\"step\":2}"));
    }
  }

  @Test
  void timeoutAnswersTheFallbackWithinTheBudget() throws Exception {
    CountDownLatch never = new CountDownLatch(1);
    RtResponse fallback = RtCommands.say("TTS_EN-GB_SERENA", "Sorry");
    try (RealtimeHandler handler = RealtimeHandler.builder(req -> {
      never.await();
      return RtCommands.hangup();
    }).budget(Duration.ofMillis(200)).fallback(fallback).build()) {
      long start = System.nanoTime();
      RtResponse out = handler.handle(JSON.readValue(REQUEST, RtRequest.class));
      long millis = (System.nanoTime() - start) / 1_000_000;

      assertThat(out.command()).contains("play");
      assertThat(out.params()).isEqualTo(fallback.params());
      assertThat(out.variables()).isPresent();
      assertThat(millis).isGreaterThanOrEqualTo(190).isLessThan(2000);
    } finally {
      never.countDown();
    }
  }

  @Test
  void exceptionOrNullAnswerGivesTheDefaultHangupFallback() throws Exception {
    try (RealtimeHandler handler = RealtimeHandler.of(req -> {
      throw new IllegalStateException("boom");
    })) {
      assertThat(handler.handle(JSON.readValue(REQUEST, RtRequest.class)).command()).contains("hangup");
      assertThat(handler.budget()).isEqualTo(Duration.ofMillis(4500));
    }
    try (RealtimeHandler handler = RealtimeHandler.of(req -> null)) {
      assertThat(handler.handle(JSON.readValue(REQUEST, RtRequest.class)).command()).contains("hangup");
    }
  }

  @Test
  void unreadableBodyGetsTheFallbackAndTypedRequestIsParsedLeniently() throws Exception {
    try (RealtimeHandler handler = RealtimeHandler.of(req -> {
      assertThat(req.callid().map(Object::toString)).contains("18446744073709551615");
      assertThat(req.additionalProperties()).containsKey("unknown_field");
      return RtCommands.dialout(List.of("+33699999999"), 30);
    })) {
      assertThat(JSON.readTree(handler.handle("not json".getBytes(StandardCharsets.UTF_8))).get("command").asText())
          .isEqualTo("hangup");
      assertThat(JSON.readTree(handler.handle(REQUEST.getBytes(StandardCharsets.UTF_8))).get("command").asText())
          .isEqualTo("dialout");
    }
  }

  @Test
  void userExecutorIsUsedAndBasicAuthIsChecked() {
    List<Runnable> ran = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (RealtimeHandler handler = RealtimeHandler.builder(req -> RtCommands.pause(1))
        .executor(r -> {
          ran.add(r);
          r.run();
        }).build()) {
      assertThat(handler.handle(RtRequest.builder().build()).command()).contains("wait");
      assertThat(ran).hasSize(1);
    }
    String header = "Basic " + Base64.getEncoder().encodeToString("rt:pw".getBytes(StandardCharsets.UTF_8));
    assertThat(RealtimeHandler.checkBasicAuth(header, "rt", "pw")).isTrue();
    assertThat(RealtimeHandler.checkBasicAuth(header, "rt", "nope")).isFalse();
    assertThat(RealtimeHandler.checkBasicAuth(null, "rt", "pw")).isFalse();
    assertThat(RealtimeHandler.checkBasicAuth("Basic !!!", "rt", "pw")).isFalse();
  }
}
