package dev.switchboard.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.models.callr.HmacAlgorithm;
import dev.switchboard.core.errors.InvalidResponseException;
import dev.switchboard.models.callr.Sms;
import dev.switchboard.models.callr.SmsStatus;
import dev.switchboard.models.callr.WebhookEvent;
import dev.switchboard.models.callr.WebhookEventType;
import dev.switchboard.models.telmetrics.TelmetricsWebhook;
import dev.switchboard.models.voipbin.GroupcallStatus;
import dev.switchboard.models.voipbin.VoipbinWebhookEvent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookParserTest {
  private static final String SECRET = "s3cr3t-hmac-key";
  private final WebhookParser parser = new WebhookParser();

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void unwrapsASignedCallrPushIntoItsTypedData() {
    byte[] body = bytes("{\"event_id\":\"evt_1\",\"event_at\":\"2024-04-24T00:42:42.123Z\",\"hook_hash\":\"H\","
        + "\"try\":1,\"type\":\"sms.mt.status_update\",\"data\":{\"hash\":\"S1\",\"status\":\"SENT\",\"to\":\"+33612345678\"}}");
    Map<String, String> headers = WebhookSigner.callr(HmacAlgorithm.SHA256, SECRET).sign(body, "evt_1");

    WebhookEvent event = parser.unwrapCallr(WebhookVerifier.callr(HmacAlgorithm.SHA256, SECRET), body, headers::get);

    assertThat(event.eventType()).contains(WebhookEventType.of("sms.mt.status_update"));
    assertThat(event.typedData()).get().isInstanceOf(Sms.class);
    Sms sms = (Sms) event.typedData().orElseThrow();
    assertThat(sms.hash()).contains("S1");
    assertThat(sms.status()).contains(SmsStatus.SENT);
  }

  @Test
  void unwrapParsesNothingWhenTheSignatureFails() {
    byte[] body = bytes("{\"type\":\"sms.mo\",\"data\":{}}");
    Map<String, List<String>> headers = Map.of("X-CALLR-HmacSignature",
        List.of(WebhookSigner.callr(HmacAlgorithm.SHA256, "another-secret").signature(body)));

    assertThatThrownBy(() -> parser.unwrapCallr(WebhookVerifier.callr(HmacAlgorithm.SHA256, SECRET), body, headers))
        .isInstanceOfSatisfying(WebhookVerificationException.class,
            e -> assertThat(e.reason()).isEqualTo(FailureReason.SIGNATURE_MISMATCH));
  }

  @Test
  void anUnknownCallrEventTypeKeepsItsRawData() {
    WebhookEvent event = parser.callr(bytes("{\"type\":\"fax.received\",\"data\":{\"pages\":3}}"));

    assertThat(event.typedData()).isEmpty();
    assertThat(event.data().orElseThrow().get("pages").asInt()).isEqualTo(3);
    assertThat(event.eventType().orElseThrow().isKnown()).isFalse();
  }

  @Test
  void unwrapsAVoipbinGroupcallEvent() {
    byte[] body = bytes("{\"type\":\"groupcall_hangup\",\"data\":{\"id\":\"d8596b14-4d8e-4a86-afde-642b46d59ac7\","
        + "\"status\":\"hangup\"}}");
    Map<String, String> headers = WebhookSigner.voipbin(SECRET).sign(body);

    VoipbinWebhookEvent event = parser.unwrapVoipbin(WebhookVerifier.voipbin(SECRET), body, headers::get);

    assertThat(event.groupcall()).get().satisfies(g -> assertThat(g.status()).contains(GroupcallStatus.HANGUP));
  }

  @Test
  void readsTheTelmetricsPascalCaseEnvelope() {
    TelmetricsWebhook hook = parser.telmetrics(bytes("{\"Id\":\"0123456789abcdef0123456789abcdef\",\"Attempt\":1,"
        + "\"Properties\":{\"CollectionType\":\"CallDetails\",\"UTC\":\"2019-11-15T14:10:03.252\","
        + "\"Organization\":\"4062\"},\"Notifications\":[{\"Action\":\"CallDetails.CallPreprocessed\","
        + "\"OrganizationId\":4062,\"Incomplete\":true}]}"));

    assertThat(hook.id()).contains("0123456789abcdef0123456789abcdef");
    assertThat(hook.attempt()).contains(1);
    assertThat(hook.notifications()).hasSize(1);
  }

  @Test
  void aBodyThatIsNotJsonKeepsItsRawText() {
    assertThatThrownBy(() -> parser.callr(bytes("<html>oops</html>")))
        .isInstanceOfSatisfying(InvalidResponseException.class,
            e -> assertThat(e.rawBody()).isEqualTo("<html>oops</html>"));
    assertThatThrownBy(() -> parser.voipbin(bytes("null"))).isInstanceOf(InvalidResponseException.class);
  }

  @Test
  void aVerifierCanBeBuiltFromTheSubscribedWebhookOptions() {
    byte[] body = bytes("{\"type\":\"sms.mo\",\"data\":{}}");
    dev.switchboard.models.callr.WebhookOptions options = dev.switchboard.models.callr.WebhookOptions.builder()
        .hmacAlgo(HmacAlgorithm.of("SHA512")).hmacSecret(SECRET).build();
    Map<String, String> headers = WebhookSigner.callr(HmacAlgorithm.SHA512, SECRET).sign(body);

    assertThat(WebhookVerifier.callr(options).isValid(body, headers::get)).isTrue();
    assertThat(WebhookVerifier.callr(options.toBuilder().hmacAlgo(
        HmacAlgorithm.of("SHA256")).build()).isValid(body, headers::get)).isFalse();
    assertThatThrownBy(() -> WebhookVerifier.callr(dev.switchboard.models.callr.WebhookOptions.builder().build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("hmac_secret");
  }
}
