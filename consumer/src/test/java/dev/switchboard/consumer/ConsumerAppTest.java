package dev.switchboard.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.callr.CallrClient;
import dev.switchboard.models.callr.HmacAlgorithm;
import dev.switchboard.models.callr.Sms;
import dev.switchboard.testkit.Sandbox;
import dev.switchboard.testkit.SandboxCredentials;
import dev.switchboard.testkit.SandboxExtension;
import dev.switchboard.webhooks.WebhookSigner;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SandboxExtension.class)
class ConsumerAppTest {
  private static final String SECRET = "consumer-webhook-secret";

  @Test
  void sendsAnSmsThroughTheSandboxAndReadsItBack(Sandbox sandbox) {
    Sms sms =
        ConsumerApp.sendAndRead(
            sandbox.callrBaseUrl(), SandboxCredentials.CALLR_LOGIN, SandboxCredentials.CALLR_PASSWORD, "+33612345678");

    assertThat(sms.hash()).isPresent();
    assertThat(sandbox.requests("/callr")).isNotEmpty();
  }

  @Test
  void acceptsASignedWebhookAndRejectsATamperedOne() {
    byte[] body = "{\"type\":\"sms.mo\",\"data\":{\"hash\":\"SMS1\"}}".getBytes(StandardCharsets.UTF_8);
    Map<String, String> headers = WebhookSigner.callr(HmacAlgorithm.SHA256, SECRET).sign(body, "evt_1");

    assertThat(ConsumerApp.webhookIsGenuine(body, headers, SECRET)).isTrue();
    byte[] tampered = "{\"type\":\"sms.mo\",\"data\":{\"hash\":\"SMS2\"}}".getBytes(StandardCharsets.UTF_8);
    assertThat(ConsumerApp.webhookIsGenuine(tampered, headers, SECRET)).isFalse();
  }

  @Test
  void runsOnTheExpectedPathWithTheExpectedVersions() throws Exception {
    boolean modulePath = Boolean.parseBoolean(System.getProperty("expected.modulePath"));
    Module app = ConsumerApp.class.getModule();
    Module core = CallrClient.class.getModule();
    if (modulePath) {
      assertThat(app.getName()).isEqualTo("dev.switchboard.consumer");
      assertThat(core.getName()).isEqualTo("dev.switchboard.core");
      assertThat(core.getDescriptor().isAutomatic()).as("sdk-core has a real module-info").isFalse();
      assertThat(Sms.class.getModule().getName()).isEqualTo("dev.switchboard.models");
      assertThat(OkHttpClient.class.getModule().getName()).isEqualTo("okhttp3");
      assertThat(app.canRead(OkHttpClient.class.getModule())).as("okhttp3 read through requires transitive").isTrue();
    } else {
      assertThat(app.isNamed()).isFalse();
      assertThat(core.isNamed()).isFalse();
    }

    assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString())
        .isEqualTo(System.getProperty("expected.jackson"));
    assertThat(Class.forName("okhttp3.OkHttp").getField("VERSION").get(null))
        .isEqualTo(System.getProperty("expected.okhttp"));
    String jackson3 = System.getProperty("expected.jackson3");
    if (jackson3.equals("absent")) {
      assertThat(resource("tools/jackson/databind/ObjectMapper.class")).isFalse();
    } else {
      assertThat(resource("tools/jackson/databind/ObjectMapper.class")).as("Jackson 3 beside Jackson 2").isTrue();
    }
  }

  private static boolean resource(String name) {
    return ClassLoader.getSystemClassLoader().getResource(name) != null;
  }
}
