package dev.switchboard.voipbin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.ClientOptions;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VoipbinClientTest {

  @Test
  void defaultsToTheProductionBaseUrl() {
    try (VoipbinClient c = VoipbinClient.builder().token("JWT-1").build()) {
      assertThat(c.toString()).isEqualTo("VoipbinClient{baseUrl=https://api.voipbin.net/v1.0, auth=Bearer ****}");
      assertThat(c.groupcalls().toString()).contains("https://api.voipbin.net/v1.0/groupcalls");
    }
  }

  @Test
  void fromEnvPrefersTheTokenAndReadsTheBaseUrl() {
    try (VoipbinClient c = VoipbinClient.fromEnv(Map.of("VOIPBIN_TOKEN", "JWT-2", "VOIPBIN_ACCESSKEY", "AK-2",
        "VOIPBIN_BASE_URL", "http://localhost:9/v1.0"))) {
      assertThat(c.toString()).contains("http://localhost:9/v1.0", "Bearer ****").doesNotContain("JWT-2", "AK-2");
    }
    try (VoipbinClient c = VoipbinClient.fromEnv(Map.of("VOIPBIN_TOKEN", " ", "VOIPBIN_ACCESSKEY", "AK-3"))) {
      assertThat(c.toString()).contains("?accesskey=****", "api.voipbin.net").doesNotContain("AK-3");
      assertThat(c.options().toString()).doesNotContain("AK-3");
    }
  }

  @Test
  void fromEnvWithoutCredentialsNamesTheVariables() {
    assertThatThrownBy(() -> VoipbinClient.fromEnv(Map.of("VOIPBIN_BASE_URL", "http://localhost:9")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("VOIPBIN_TOKEN").hasMessageContaining("VOIPBIN_ACCESSKEY");
  }

  @Test
  void builderRejectsBothNeitherAndBlankCredentials() {
    assertThatThrownBy(() -> VoipbinClient.builder().token("a").accessKey("b").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("not both");
    assertThatThrownBy(() -> VoipbinClient.builder().build()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> VoipbinClient.builder().token(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> VoipbinClient.builder().accessKey(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> VoipbinClient.builder().baseUrl("not a url"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseUrl");
    assertThat(VoipbinClient.builder().token("SECRET-T").toString()).doesNotContain("SECRET-T");
  }

  @Test
  void builderBaseUrlWinsOverClientOptions() {
    try (VoipbinClient c = VoipbinClient.builder().accessKey("k")
        .clientOptions(ClientOptions.builder().baseUrl("http://options.example/v1.0").maxRetries(0).build())
        .build()) {
      assertThat(c.toString()).contains("http://options.example/v1.0");
      assertThat(c.options().maxRetries()).isZero();
    }
    try (VoipbinClient c = VoipbinClient.builder().accessKey("k").baseUrl("http://builder.example/v1.0")
        .clientOptions(ClientOptions.builder().baseUrl("http://options.example/v1.0").build()).build()) {
      assertThat(c.toString()).contains("http://builder.example/v1.0");
    }
  }
}
