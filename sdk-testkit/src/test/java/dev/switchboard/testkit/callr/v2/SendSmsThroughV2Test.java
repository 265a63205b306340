package dev.switchboard.testkit.callr.v2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.testkit.Sandbox;
import dev.switchboard.testkit.SandboxCredentials;
import dev.switchboard.testkit.SandboxExtension;
import dev.switchboard.testkit.callr.v2.CallrV2Emulation;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SandboxExtension.class)
class SendSmsThroughV2Test {
  @Test
  void sendsAnSmsAndSurvivesARateLimit(Sandbox sandbox) throws Exception {
    sandbox.faults().enqueue(CallrV2Emulation.errorFault(429, "rate_limited", "slow down").header("Retry-After", "1"));
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest send = HttpRequest.newBuilder(URI.create(sandbox.callrV2BaseUrl() + "/sms?to=%2B33612345678"))
        .header("x-api-key", SandboxCredentials.CALLR_API_KEY)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"Hello from v2\"}"))
        .build();
    HttpResponse<String> limited = http.send(send, HttpResponse.BodyHandlers.ofString());
    assertThat(limited.statusCode()).isEqualTo(429);                 // {"code":"rate_limited","message":"slow down"}
    HttpResponse<String> sent = http.send(send, HttpResponse.BodyHandlers.ofString());
    assertThat(sent.statusCode()).isEqualTo(201);                    // the SMS, "status":"created"
    assertThat(sent.body()).contains("\"toNumber\":\"+33612345678\"");
    assertThat(sandbox.requests(Sandbox.CALLR_V2_PREFIX + "/sms")).hasSize(2);
  }
}
