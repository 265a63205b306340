package dev.switchboard.telmetrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.ClientOptions;
import dev.switchboard.core.Credentials;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TelmetricsClientTest {

  @Test
  void defaultBaseUrl() {
    try (TelmetricsClient c = TelmetricsClient.builder().organizationToken("t").build()) {
      assertThat(c.baseUrl().toString()).isEqualTo("https://api.telmetrics.com/v3/api");
    }
  }

  @Test
  void tokenIsRequired() {
    assertThatThrownBy(() -> TelmetricsClient.builder().build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("organizationToken");
    assertThatThrownBy(() -> TelmetricsClient.builder().organizationToken(" "))
        .isInstanceOf(IllegalArgumentException.class);
    ClientOptions options = ClientOptions.builder()
        .credentials(Credentials.header("x-organization-token", "from-options")).build();
    try (TelmetricsClient c = TelmetricsClient.builder().clientOptions(options).build()) {
      assertThat(c.options().credentials().secrets()).contains("from-options");
    }
  }

  @Test
  void toStringNeverPrintsTheToken() {
    try (TelmetricsClient c = TelmetricsClient.builder().organizationToken("tok-secret-1").build()) {
      assertThat(c.toString()).contains("api.telmetrics.com").doesNotContain("tok-secret-1");
      assertThat(c.options().toString()).doesNotContain("tok-secret-1");
    }
  }

  @Test
  void fromEnv() {
    try (TelmetricsClient c = TelmetricsClient.fromEnv(Map.of("TELMETRICS_TOKEN", "t",
        "TELMETRICS_BASE_URL", "http://localhost:9/v3/api"))) {
      assertThat(c.baseUrl().toString()).isEqualTo("http://localhost:9/v3/api");
    }
    try (TelmetricsClient c = TelmetricsClient.fromEnv(Map.of("TELMETRICS_TOKEN", "t"))) {
      assertThat(c.baseUrl().toString()).isEqualTo(TelmetricsClient.DEFAULT_BASE_URL);
    }
    assertThatThrownBy(() -> TelmetricsClient.fromEnv(Map.of("TELMETRICS_BASE_URL", "http://x/")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Telmetrics client: missing environment variable(s): TELMETRICS_TOKEN");
  }

  @Test
  void pathsAreInOnePlace() {
    assertThat(TelmetricsPaths.segments(TelmetricsPaths.CREATE_GROUP)).containsExactly("groups");
    assertThat(TelmetricsPaths.segments(TelmetricsPaths.LIST_GROUPS)).containsExactly("groups");
    assertThat(TelmetricsPaths.segments(TelmetricsPaths.GET_GROUP, 7)).containsExactly("groups", "7");
    assertThat(TelmetricsPaths.segments(TelmetricsPaths.UPDATE_GROUP, 7)).containsExactly("groups", "7");
    assertThatThrownBy(() -> TelmetricsPaths.segments(TelmetricsPaths.GET_GROUP))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
