package dev.switchboard.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.testkit.Sandbox;
import dev.switchboard.testkit.SandboxCredentials;
import dev.switchboard.testkit.trackdrive.TrackdriveEmulation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The tour against servers given by base URL and credentials, as a user runs it against the real APIs: here the
 * "real" servers are a sandbox the test starts itself, so the tour must not start one of its own.
 */
class TourAgainstServersTest {

  @Test
  void everyProviderSectionRunsAgainstServersGivenByUrl() {
    ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    try (Sandbox server = Sandbox.start()) {
      String[] args = {
        "--only", "callr,voipbin,trackdrive,telmetrics",
        "--callr-url", server.callrBaseUrl(), "--callr-api-key", SandboxCredentials.CALLR_API_KEY,
        "--voipbin-url", server.voipbinBaseUrl(), "--voipbin-token", SandboxCredentials.VOIPBIN_TOKEN,
        "--trackdrive-url", server.trackdriveBaseUrl(),
        "--trackdrive-public-key", SandboxCredentials.TRACKDRIVE_PUBLIC_KEY,
        "--trackdrive-private-key", SandboxCredentials.TRACKDRIVE_PRIVATE_KEY,
        "--telmetrics-url", server.telmetricsBaseUrl(), "--telmetrics-token", SandboxCredentials.TELMETRICS_TOKEN,
      };
      // the lead token comes from the environment, as a user would keep it out of the command line
      Map<String, String> env = Map.of("TRACKDRIVE_LEAD_TOKEN", TrackdriveEmulation.LEAD_TOKEN);

      int code = Tour.run(args, new PrintStream(outBytes, true, StandardCharsets.UTF_8),
          new PrintStream(errBytes, true, StandardCharsets.UTF_8), env);

      String out = outBytes.toString(StandardCharsets.UTF_8);
      assertThat(code).as(out + errBytes.toString(StandardCharsets.UTF_8)).isZero();
      assertThat(out)
          .contains("CALLR: send an SMS", "VoIPBin: ring a group", "TrackDrive: leads", "Telmetrics: number groups")
          .contains(server.callrBaseUrl())
          .doesNotContain("Sandbox: the four APIs")
          .doesNotContain(SandboxCredentials.CALLR_API_KEY, SandboxCredentials.VOIPBIN_TOKEN,
              SandboxCredentials.TRACKDRIVE_PRIVATE_KEY, SandboxCredentials.TELMETRICS_TOKEN);
      // every request the tour made reached the server the test gave it
      assertThat(server.requests("/callr")).isNotEmpty();
      assertThat(server.requests("/voipbin")).isNotEmpty();
      assertThat(server.requests("/trackdrive")).isNotEmpty();
      assertThat(server.requests("/telmetrics")).isNotEmpty();
    }
  }
}
