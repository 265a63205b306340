package dev.switchboard.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.callr.v2.CallrV2Client;
import dev.switchboard.callr.v2.V2SearchPage;
import dev.switchboard.models.callr.v2.SmsMessage;
import dev.switchboard.models.callr.v2.SmsSearchParams;
import dev.switchboard.models.callr.v2.SmsSendRequest;
import dev.switchboard.models.callr.v2.TrafficType;
import dev.switchboard.testkit.Sandbox;
import dev.switchboard.testkit.SandboxCredentials;
import dev.switchboard.testkit.SandboxExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The README's "CALLR v2 (preview)" snippets, run against the sandbox ({@code fromEnv} given its URL and key). */
@ExtendWith(SandboxExtension.class)
class CallrV2ReadmeTest {

  @Test
  void sendAnSmsSnippet(Sandbox sandbox) {
    Map<String, String> env = Map.of("CALLR_API_KEY", SandboxCredentials.CALLR_API_KEY,
        "CALLR_V2_BASE_URL", sandbox.callrV2BaseUrl());
    List<String> printed = new ArrayList<>();
    long seen;
    try (CallrV2Client callr = CallrV2Client.fromEnv(env)) {
      SmsMessage sms = callr.sms().send(SmsSendRequest.builder()
          .to("+33612345678").text("Hello from v2").trafficType(TrafficType.ALERTING).build());
      String sid = sms.sid().orElseThrow();
      SmsMessage again = callr.sms().get(sid);
      V2SearchPage<SmsMessage> page = callr.sms().search(SmsSearchParams.builder().to("+33612345678").limit(50).build());
      long total = page.total().orElse(0);
      page.autoPager().forEach(s -> printed.add(s.sid().orElseThrow() + " " + s.status().orElseThrow()));
      assertThat(again.sid()).contains(sid);
      assertThat(printed).anyMatch(line -> line.startsWith(sid + " "));
      seen = total;
    }
    assertThat(seen).isEqualTo(printed.size());
  }

  @Test
  void theBuilderSnippetAuthenticatesThreeWays(Sandbox sandbox) {
    String apiKey = SandboxCredentials.CALLR_API_KEY;
    String url = sandbox.callrV2BaseUrl();
    try (CallrV2Client byKey = CallrV2Client.builder().apiKey(apiKey).baseUrl(url).build();
        CallrV2Client basic = CallrV2Client.builder().basic(SandboxCredentials.CALLR_ACCOUNT_SID, apiKey)
            .baseUrl(url).build();
        CallrV2Client asSub = CallrV2Client.builder().subAccount(SandboxCredentials.CALLR_SUBACCOUNT_SID, apiKey)
            .baseUrl(url).build()) {
      assertThat(List.of(byKey, basic, asSub)).allSatisfy(c -> assertThat(c.system().ping().pong()).contains("pong"));
    }
  }

  @Test
  void theReadmeShowsTheSnippetThisTestRuns() throws Exception {
    Path readme = Path.of("..", "README.md");
    String text = Files.readString(readme);
    assertThat(text).contains("## CALLR v2 (preview)", "2027-06-30", "docs/CALLR-V2-MIGRATION.md",
        "SmsMessage sms = callr.sms().send(SmsSendRequest.builder()",
        ".to(\"+33612345678\").text(\"Hello from v2\").trafficType(TrafficType.ALERTING).build());",
        "V2SearchPage<SmsMessage> page = callr.sms().search(SmsSearchParams.builder().to(\"+33612345678\").limit(50).build());");
  }
}
