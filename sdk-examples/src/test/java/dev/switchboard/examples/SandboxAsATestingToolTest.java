package dev.switchboard.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.switchboard.callr.CallrClient;
import dev.switchboard.models.callr.AuthenticationSession;
import dev.switchboard.models.callr.Direction;
import dev.switchboard.models.callr.DidSearchFilters;
import dev.switchboard.models.callr.DidStoreBuyStatus;
import dev.switchboard.models.callr.DidStoreItem;
import dev.switchboard.models.callr.DidStoreReservation;
import dev.switchboard.models.callr.DidStoreReserveParams;
import dev.switchboard.models.callr.HmacAlgorithm;
import dev.switchboard.models.callr.Sms;
import dev.switchboard.models.callr.SmsGetListParams;
import dev.switchboard.models.callr.SmsSendParams;
import dev.switchboard.models.callr.WebhookOptions;
import dev.switchboard.models.callr.WebhookSubscribeParams;
import dev.switchboard.models.trackdrive.Lead;
import dev.switchboard.models.trackdrive.LeadCreateRequest;
import dev.switchboard.testkit.Sandbox;
import dev.switchboard.testkit.SandboxCredentials;
import dev.switchboard.testkit.callr.CallrEmulation;
import dev.switchboard.trackdrive.TrackdriveClient;
import dev.switchboard.webhooks.WebhookVerifier;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The sandbox as a user's tests see it, through the SDK's clients (issue 13, item 6). */
class SandboxAsATestingToolTest {

  private static CallrClient callr(Sandbox sandbox) {
    return CallrClient.builder().baseUrl(sandbox.callrBaseUrl()).apiKey(SandboxCredentials.CALLR_API_KEY).build();
  }

  @Test
  void smsGetListOverTheLastHourListsAnSmsJustSent() {
    try (Sandbox sandbox = Sandbox.start(); CallrClient callr = callr(sandbox)) {
      String hash = callr.sms().send(SmsSendParams.builder()
          .sender("SMS").recipient("+33612345678").text("just now").build());
      Instant now = Instant.now();

      List<Sms> lastHour = callr.sms().getList(SmsGetListParams.builder()
          .type(Direction.OUT).since(now.minus(Duration.ofHours(1))).until(now.plusSeconds(1)).build());

      assertThat(lastHour).extracting(s -> s.hash().orElse("")).contains(hash);
    }
  }

  @Test
  void theSandboxClockAdvancesAndSessionRefreshMovesValidUntil() {
    Instant start = Instant.parse("2031-03-01T10:00:00Z");
    try (Sandbox sandbox = Sandbox.builder().clock(Clock.fixed(start, ZoneOffset.UTC)).start();
         CallrClient callr = callr(sandbox)) {
      AuthenticationSession first = callr.sessions().create();
      assertThat(first.validUntil()).contains("2031-03-01 11:00:00");
      assertThat(callr.system().getTimestamp()).isEqualTo(start);

      sandbox.advanceClock(Duration.ofMinutes(45));
      AuthenticationSession refreshed = callr.sessions().refresh(first.refreshToken().orElseThrow());

      assertThat(sandbox.now()).isEqualTo(start.plus(Duration.ofMinutes(45)));
      assertThat(callr.system().getTimestamp()).isEqualTo(start.plus(Duration.ofMinutes(45)));
      assertThat(refreshed.validUntil()).contains("2031-03-01 11:45:00");
    }
  }

  @Test
  void buyOrderReturnsTheDocumentedItemsAndTheNumbersAreTheAccountsNow() {
    try (Sandbox sandbox = Sandbox.start(); CallrClient callr = callr(sandbox)) {
      DidStoreReservation reservation = callr.didStore().reserve(DidStoreReserveParams.builder()
          .areaCodeId(101).didClass("CLASSIC").quantity(2).build());

      DidStoreBuyStatus bought = callr.didStore().buyOrder(reservation.token().orElseThrow());

      List<DidStoreItem> items = bought.success().orElseThrow();
      assertThat(items).hasSize(2).allSatisfy(item -> {
        assertThat(item.hash()).isPresent();
        assertThat(item.intlNumber()).hasValueSatisfying(n -> assertThat(n).startsWith("+331"));
        assertThat(item.localNumber()).hasValueSatisfying(n -> assertThat(n).startsWith("01"));
        assertThat(item.additionalProperties()).as("nothing beyond {hash, intl_number, local_number}").isEmpty();
      });
      assertThat(items).isEqualTo(reservation.items().orElseThrow());
      assertThat(callr.did().search(DidSearchFilters.builder().hash(items.get(0).hash().orElseThrow()).build(), null)
          .items()).singleElement().satisfies(did -> assertThat(did.intlNumber()).isEqualTo(items.get(0).intlNumber()));
    }
  }

  @Test
  void signedPushesAreReceivedAndListedWithoutACast() throws Exception {
    String secret = "sandbox-push-secret";
    List<byte[]> bodies = new CopyOnWriteArrayList<>();
    WebhookVerifier verifier = WebhookVerifier.callr(HmacAlgorithm.SHA512, secret);
    HttpServer endpoint = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    endpoint.createContext("/hook", exchange -> {
      try (exchange; InputStream in = exchange.getRequestBody()) {
        byte[] body = in.readAllBytes();
        boolean valid = verifier.isValid(body, exchange.getRequestHeaders()::getFirst);
        if (valid) {
          bodies.add(body);
        }
        exchange.sendResponseHeaders(valid ? 200 : 401, -1);
      }
    });
    endpoint.start();
    try (Sandbox sandbox = Sandbox.start(); CallrClient callr = callr(sandbox)) {
      callr.webhooks().subscribe(WebhookSubscribeParams.builder().type("sms.mo")
          .endpoint("http://127.0.0.1:" + endpoint.getAddress().getPort() + "/hook")
          .options(WebhookOptions.builder().hmacAlgo(HmacAlgorithm.SHA512).hmacSecret(secret).build()).build());

      sandbox.callr().simulateInboundSms("+33612345678", "+33987654321", "STOP");
      List<CallrEmulation.Delivery> pushes = sandbox.callr().whenDeliveries(1).get(10, TimeUnit.SECONDS);

      assertThat(pushes).singleElement().satisfies(d -> {
        assertThat(d.type()).isEqualTo("sms.mo");
        assertThat(d.status()).isEqualTo(200);
        assertThat(d.attempt()).isZero();
      });
      assertThat(bodies).hasSize(1);
      assertThat(sandbox.emulation(CallrEmulation.class)).isSameAs(sandbox.callr());
    } finally {
      endpoint.stop(0);
    }
  }

  @Test
  void theLeadTokenIsASandboxCredential() {
    try (Sandbox sandbox = Sandbox.start();
         TrackdriveClient td = TrackdriveClient.builder().baseUrl(sandbox.trackdriveBaseUrl())
             .token(SandboxCredentials.TRACKDRIVE_TOKEN).build()) {
      Lead lead = td.leads().create(LeadCreateRequest.builder()
          .leadToken(SandboxCredentials.TRACKDRIVE_LEAD_TOKEN).callerId("+15551234567").build());

      assertThat(lead.uuid()).isPresent();
      assertThat(td.leads().list().items()).isNotEmpty();   // the token authenticates the API too
    }
  }
}
