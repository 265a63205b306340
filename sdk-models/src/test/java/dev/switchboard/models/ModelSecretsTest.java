package dev.switchboard.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.models.callr.ApiKeyInfo;
import dev.switchboard.models.callr.App;
import dev.switchboard.models.callr.AppCreateParams;
import dev.switchboard.models.callr.AuthenticationSession;
import dev.switchboard.models.callr.Job;
import dev.switchboard.models.callr.Realtime10;
import dev.switchboard.models.callr.WebhookEvent;
import dev.switchboard.models.callr.WebhookOptions;
import dev.switchboard.models.trackdrive.Lead;
import dev.switchboard.models.trackdrive.LeadCreateRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** No model prints a secret in {@code toString()}, whatever its shape and wherever it sits (issue 12 item 6). */
class ModelSecretsTest {
  private static final ObjectMapper MAPPER = SwitchboardJson.mapper();
  private static final String SECRET = "S3CRET-tok-8f2a";

  private static <T> T read(String json, Class<T> type) throws Exception {
    return MAPPER.readValue(json, type);
  }

  @Test
  void createdApiKeyTokenIsMasked() throws Exception {
    ApiKeyInfo key = read("{\"id\":3,\"name\":\"ci\",\"token\":\"" + SECRET + "\"}", ApiKeyInfo.class);
    assertThat(key.token()).contains(SECRET);
    assertThat(key.toString()).doesNotContain(SECRET).contains("id=3", "name=ci", "token=****");
    assertThat(ApiKeyInfo.builder().token(SECRET).build().toString()).doesNotContain(SECRET);
  }

  @Test
  void realtimePasswordInsideAppRawParamsIsMasked() throws Exception {
    App app = read("{\"hash\":\"APP1\",\"package\":{\"name\":\"REALTIME10\"},\"p\":{\"url\":\"https://x.test/rt\","
        + "\"login\":\"bob\",\"password\":\"" + SECRET + "\",\"nested\":[{\"hmac_secret\":\"" + SECRET + "\"}]}}",
        App.class);
    assertThat(app.toString()).doesNotContain(SECRET).contains("hash=APP1", "https://x.test/rt", "\"password\":\"****\"");
    Realtime10 params = (Realtime10) app.params().orElseThrow();
    assertThat(params.password()).contains(SECRET);
    assertThat(params.toString()).doesNotContain(SECRET).doesNotContain("bob").contains("url=https://x.test/rt");
    AppCreateParams create = AppCreateParams.builder().appPackage("REALTIME10").name("rt").params(Map.of("password", SECRET, "raw",
        MAPPER.valueToTree(params))).build();
    assertThat(create.toString()).doesNotContain(SECRET);
  }

  @Test
  void oddlyShapedSecretsInAdditionalPropertiesAreMasked() throws Exception {
    for (String shape : List.of("{\"v\":\"" + SECRET + "\"}", "[\"" + SECRET + "\"]", "8675309123", "\"" + SECRET + "\"")) {
      WebhookOptions options = read("{\"format\":\"JSON\",\"hmac_secret\":" + shape + ",\"extra\":{\"refresh_token\":\""
          + SECRET + "\",\"api_key\":7}}", WebhookOptions.class);
      String text = options.toString();
      assertThat(text).doesNotContain(SECRET).doesNotContain("8675309123").contains("format=JSON");
      assertThat(options.additionalProperties()).isNotEmpty();
    }
  }

  @Test
  void sessionTokensAndNestedRawTreesAreMasked() throws Exception {
    AuthenticationSession session = read("{\"token\":\"" + SECRET + "\",\"refresh_token\":\"" + SECRET + "x\"}",
        AuthenticationSession.class);
    assertThat(session.toString()).doesNotContain(SECRET);
    Job job = read("{\"id\":\"J1\",\"result\":{\"list\":[{\"password\":\"" + SECRET + "\"}],\"ok\":true}}", Job.class);
    assertThat(job.toString()).doesNotContain(SECRET).contains("J1", "\"ok\":true");
    WebhookEvent event = read("{\"type\":\"sms.mo\",\"data\":{\"secret\":{\"deep\":\"" + SECRET + "\"}}}",
        WebhookEvent.class);
    assertThat(event.toString()).doesNotContain(SECRET).contains("sms.mo");
  }

  @Test
  void trackdriveLeadTokensAreMasked() throws Exception {
    LeadCreateRequest request = LeadCreateRequest.builder().leadToken(SECRET).callerId("+15551234567")
        .putLeadToken("auth_token", SECRET).build();
    assertThat(request.toString()).doesNotContain(SECRET).contains("+15551234567");
    Lead lead = read("{\"id\":1,\"offer_lead_token\":\"" + SECRET + "\",\"data\":{\"schedule_lead_token\":\"" + SECRET
        + "\"}}", Lead.class);
    assertThat(lead.toString()).doesNotContain(SECRET).contains("id=1");
  }

  @Test
  void ordinaryValuesPrintAsBefore() throws Exception {
    App app = read("{\"hash\":\"H\",\"name\":\"n\",\"p\":{\"url\":\"u\"}}", App.class);
    assertThat(app.toString()).startsWith("App{").contains("hash=H", "name=n", "p={\"url\":\"u\"}")
        .contains("additionalProperties={}");
    assertThat(SecretKeys.isSecret("next_page_token")).isFalse();
    assertThat(SecretKeys.isSecret("Refresh-Token")).isTrue();
    assertThat(SecretKeys.isSecret("hmacSecret")).isTrue();
    assertThat(SecretKeys.isSecret("name")).isFalse();
    assertThat(ModelText.format(Map.of("password", 1))).isEqualTo("{password=****}");
  }
}
