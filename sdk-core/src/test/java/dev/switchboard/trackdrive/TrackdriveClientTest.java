package dev.switchboard.trackdrive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.ClientOptions;
import dev.switchboard.core.Credentials;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrackdriveClientTest {

  @Test
  void subdomainGivesTheAccountBaseUrl() {
    try (TrackdriveClient c = TrackdriveClient.builder().subdomain("Acme-1").keys("p", "s").build()) {
      assertThat(c.baseUrl().toString()).isEqualTo("https://acme-1.trackdrive.com/api/v1");
    }
  }

  @Test
  void baseUrlOverridesSubdomain() {
    try (TrackdriveClient c = TrackdriveClient.builder().subdomain("acme").baseUrl("http://localhost:1/td/api/v1")
        .token("t").build()) {
      assertThat(c.baseUrl().toString()).isEqualTo("http://localhost:1/td/api/v1");
    }
  }

  @Test
  void builderRejectsBadInput() {
    assertThatThrownBy(() -> TrackdriveClient.builder().keys("p", "s").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("subdomain").hasMessageContaining("baseUrl");
    assertThatThrownBy(() -> TrackdriveClient.builder().subdomain("a").keys("p", "s").token("t").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("not both");
    assertThatThrownBy(() -> TrackdriveClient.builder().subdomain("a.b"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TrackdriveClient.builder().keys("p", " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("privateKey");
    assertThatThrownBy(() -> TrackdriveClient.builder().baseUrl("not a url"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void clientOptionsSupplyTimeoutsAndDefaults() {
    ClientOptions options = ClientOptions.builder().baseUrl("http://localhost:2/api/v1").maxRetries(0)
        .credentials(Credentials.authorization("Token", "from-options")).readTimeout(Duration.ofSeconds(3)).build();
    try (TrackdriveClient c = TrackdriveClient.builder().clientOptions(options).build()) {
      assertThat(c.baseUrl().toString()).isEqualTo("http://localhost:2/api/v1");
      assertThat(c.options().maxRetries()).isZero();
      assertThat(c.options().readTimeout()).isEqualTo(Duration.ofSeconds(3));
      assertThat(c.options().credentials().secrets()).contains("from-options");
    }
    try (TrackdriveClient c = TrackdriveClient.builder().clientOptions(options).keys("p", "s").build()) {
      assertThat(c.options().credentials().toString()).contains("Basic");
    }
  }

  @Test
  void toStringNeverPrintsSecrets() {
    try (TrackdriveClient c = TrackdriveClient.builder().subdomain("acme").keys("pub-123", "priv-456").build()) {
      assertThat(c.toString()).contains("acme.trackdrive.com").doesNotContain("pub-123").doesNotContain("priv-456");
      assertThat(c.options().toString()).doesNotContain("priv-456");
    }
    try (TrackdriveClient c = TrackdriveClient.builder().subdomain("acme").token("tok-789").build()) {
      assertThat(c.toString()).doesNotContain("tok-789");
    }
  }

  @Test
  void fromEnvWithKeysAndSubdomain() {
    try (TrackdriveClient c = TrackdriveClient.fromEnv(Map.of("TRACKDRIVE_PUBLIC_KEY", "p",
        "TRACKDRIVE_PRIVATE_KEY", "s", "TRACKDRIVE_SUBDOMAIN", "acme"))) {
      assertThat(c.baseUrl().toString()).isEqualTo("https://acme.trackdrive.com/api/v1");
      assertThat(c.options().credentials().toString()).contains("Basic");
    }
  }

  @Test
  void fromEnvWithTokenAndBaseUrl() {
    try (TrackdriveClient c = TrackdriveClient.fromEnv(Map.of("TRACKDRIVE_TOKEN", "t",
        "TRACKDRIVE_BASE_URL", "http://localhost:3/api/v1", "TRACKDRIVE_SUBDOMAIN", "ignored"))) {
      assertThat(c.baseUrl().toString()).isEqualTo("http://localhost:3/api/v1");
      assertThat(c.options().credentials().toString()).contains("Token");
    }
  }

  @Test
  void fromEnvNamesEveryMissingVariable() {
    assertThatThrownBy(() -> TrackdriveClient.fromEnv(Map.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("TRACKDRIVE_SUBDOMAIN").hasMessageContaining("TRACKDRIVE_BASE_URL")
        .hasMessageContaining("TRACKDRIVE_PUBLIC_KEY").hasMessageContaining("TRACKDRIVE_PRIVATE_KEY")
        .hasMessageContaining("TRACKDRIVE_TOKEN");
    assertThatThrownBy(() -> TrackdriveClient.fromEnv(Map.of("TRACKDRIVE_PUBLIC_KEY", "p",
        "TRACKDRIVE_SUBDOMAIN", "acme")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("TrackDrive client: missing environment variable(s): TRACKDRIVE_PRIVATE_KEY");
    assertThatThrownBy(() -> TrackdriveClient.fromEnv(Map.of("TRACKDRIVE_TOKEN", " ")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("TRACKDRIVE_TOKEN");
  }

  @Test
  void closeIsIdempotentAndLaterCallsFail() {
    TrackdriveClient c = TrackdriveClient.builder().subdomain("acme").keys("p", "s").build();
    c.close();
    c.close();
    assertThatThrownBy(() -> c.leads().get("1")).isInstanceOf(IllegalStateException.class);
  }
}
