package dev.switchboard.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import okhttp3.MediaType;
import org.junit.jupiter.api.Test;

/**
 * The secrets a request carries in its own body (a JSON-RPC refresh token, a TrackDrive lead token) are scrubbed
 * like credentials when a server echoes them, and a body that is not valid JSON still has its sensitive keys masked
 * (found by the hostile-server suite: cases 247 and 3289, and TRACE lines of broken JSON bodies).
 */
class RequestSecretsTest {
  private static final MediaType JSON = MediaType.get("application/json");
  private final Redactor client = new Redactor(Set.of("client-api-key-0123456789"), Set.of("session.refresh[0]"));

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aSecretPositionalParamIsScrubbedFromAnEcho() {
    byte[] request = utf8("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"session.refresh\",\"params\":[\"rt-9f8e7d6c5b4a\"]}");
    Redactor call = client.withSecretsOf(request, "session.refresh");
    assertThat(call.secrets()).contains("rt-9f8e7d6c5b4a", "client-api-key-0123456789");
    assertThat(call.scrub("bad refresh token rt-9f8e7d6c5b4a")).isEqualTo("bad refresh token ****");
    assertThat(client.scrub("bad refresh token rt-9f8e7d6c5b4a")).contains("rt-9f8e7d6c5b4a");
  }

  @Test
  void aSecretKeyedValueAtAnyDepthIsScrubbedFromAnEcho() {
    byte[] request = utf8("{\"caller_id\":\"+33612345678\",\"lead\":{\"lead_token\":\"lt-0a1b2c3d4e5f\"}}");
    Redactor call = client.withSecretsOf(request, "leads.create");
    assertThat(call.scrub("{\"errors\":\"unknown lead_token lt-0a1b2c3d4e5f\"}")).doesNotContain("lt-0a1b2c3d4e5f");
  }

  @Test
  void aRequestWithoutSecretsKeepsTheClientsRedactor() {
    byte[] request = utf8("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"sms.get\",\"params\":[\"SMSHASH1\"]}");
    assertThat(client.withSecretsOf(request, "sms.get")).isSameAs(client);
    assertThat(client.withSecretsOf(null, "sms.get")).isSameAs(client);
  }

  @Test
  void brokenJsonStillHasItsSensitiveKeysMasked() {
    String broken = "{\"app\":{\"p\":{\"password\":\"pw-s3cr3t-value\",\"login\":\"bob\"},\"token\": 12345678, \"x\":[";
    String logged = client.body(utf8(broken), JSON);
    assertThat(logged).doesNotContain("pw-s3cr3t-value").doesNotContain("12345678").contains("\"login\":\"bob\"");
    String oddShape = "{\"hmac_secret\":{\"current\":\"srv_hmac_Ab9Cd4Ef7Gh2\",\"n\":[1]},\"algo\":\"SHA256\",";
    assertThat(client.body(utf8(oddShape), JSON)).doesNotContain("srv_hmac_Ab9Cd4Ef7Gh2").contains("\"algo\":\"SHA256\"");
    String cut = "{\"a\":1,\"hmac_secret\":{\"current\":\"srv_hmac_Ab9Cd4Ef7Gh2";
    assertThat(client.body(utf8(cut), JSON)).doesNotContain("srv_hmac_Ab9Cd4Ef7Gh2");
  }
}
