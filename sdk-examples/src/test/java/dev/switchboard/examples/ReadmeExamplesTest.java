package dev.switchboard.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.callr.CallrClient;
import dev.switchboard.core.paging.Page;
import dev.switchboard.models.callr.DidStoreBuyStatus;
import dev.switchboard.models.callr.DidStoreQuote;
import dev.switchboard.models.callr.DidStoreQuoteParams;
import dev.switchboard.models.callr.DidStoreReservation;
import dev.switchboard.models.callr.DidStoreReserveParams;
import dev.switchboard.models.callr.HmacAlgorithm;
import dev.switchboard.models.callr.SearchOptions;
import dev.switchboard.models.callr.Webhook;
import dev.switchboard.models.callr.WebhookOptions;
import dev.switchboard.models.callr.WebhookSubscribeParams;
import dev.switchboard.models.callr.Sms;
import dev.switchboard.models.callr.SmsSendParams;
import dev.switchboard.models.callr.SmsStatus;
import dev.switchboard.models.telmetrics.Group;
import dev.switchboard.models.telmetrics.GroupCreateRequest;
import dev.switchboard.models.telmetrics.GroupListParams;
import dev.switchboard.models.telmetrics.GroupTimeZone;
import dev.switchboard.models.telmetrics.GroupUpdateRequest;
import dev.switchboard.models.trackdrive.Lead;
import dev.switchboard.models.trackdrive.LeadColumn;
import dev.switchboard.models.trackdrive.LeadCreateRequest;
import dev.switchboard.models.trackdrive.LeadListParams;
import dev.switchboard.models.trackdrive.LeadSerializer;
import dev.switchboard.models.trackdrive.LeadUpdateRequest;
import dev.switchboard.models.voipbin.Address;
import dev.switchboard.models.voipbin.AnswerMethod;
import dev.switchboard.models.voipbin.Groupcall;
import dev.switchboard.models.voipbin.GroupcallCreateRequest;
import dev.switchboard.models.voipbin.GroupcallListParams;
import dev.switchboard.models.voipbin.GroupcallStatus;
import dev.switchboard.models.voipbin.RingMethod;
import dev.switchboard.telmetrics.GroupPage;
import dev.switchboard.telmetrics.TelmetricsClient;
import dev.switchboard.testkit.Fault;
import dev.switchboard.testkit.Sandbox;
import dev.switchboard.testkit.SandboxCredentials;
import dev.switchboard.testkit.SandboxExtension;
import dev.switchboard.testkit.trackdrive.TrackdriveEmulation;
import dev.switchboard.trackdrive.LeadPage;
import dev.switchboard.trackdrive.TrackdriveClient;
import dev.switchboard.voipbin.GroupcallService;
import dev.switchboard.voipbin.VoipbinClient;
import dev.switchboard.webhooks.WebhookSigner;
import dev.switchboard.webhooks.WebhookVerifier;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The README's code, run against the sandbox: each test is a README snippet with {@code fromEnv()} given the
 * sandbox's URL and credentials, so a renamed method or a changed behaviour breaks the build, not the reader.
 */
@ExtendWith(SandboxExtension.class)
class ReadmeExamplesTest {

  @Test
  void survivesARateLimit(Sandbox sandbox) {
    sandbox.faults().enqueue(Fault.status(429).header("Retry-After", "1").onPath("/voipbin"));
    try (VoipbinClient voipbin = VoipbinClient.builder()
        .baseUrl(sandbox.voipbinBaseUrl()).token(SandboxCredentials.VOIPBIN_TOKEN).build()) {
      Page<Groupcall> page = voipbin.groupcalls().list();
      assertThat(page.items()).isNotEmpty();
    }
    assertThat(sandbox.requests("/voipbin")).hasSize(2);
  }

  @Test
  void sendAnSms(Sandbox sandbox) {
    Map<String, String> env = Map.of("CALLR_BASE_URL", sandbox.callrBaseUrl(),
        "CALLR_API_KEY", SandboxCredentials.CALLR_API_KEY);
    try (CallrClient callr = CallrClient.fromEnv(env)) {
      String hash = callr.sms().send(SmsSendParams.builder()
          .sender("SMS").recipient("+33612345678").text("Hello").build());
      Sms sms = callr.sms().get(hash);

      assertThat(sms.status().map(SmsStatus::value)).contains(SmsStatus.Value.SENT);
    }
  }

  @Test
  void callrBuysANumberAndPagesThroughSearch(Sandbox sandbox) {
    Map<String, String> env = Map.of("CALLR_BASE_URL", sandbox.callrBaseUrl(),
        "CALLR_API_KEY", SandboxCredentials.CALLR_API_KEY);
    try (CallrClient callr = CallrClient.fromEnv(env)) {
      DidStoreQuote quote = callr.didStore().getQuote(
          DidStoreQuoteParams.builder().areaCodeId(101).didClass("CLASSIC").quantity(1).build());
      DidStoreReservation reservation = callr.didStore().reserve(
          DidStoreReserveParams.builder().areaCodeId(101).didClass("CLASSIC").quantity(1).build());
      DidStoreBuyStatus bought = callr.didStore().buyOrder(reservation.token().orElseThrow());

      assertThat(quote.available()).isPresent();
      assertThat(bought.success().orElseThrow()).hasSize(1);

      Page<Sms> page = callr.sms().search(null, SearchOptions.builder().quantity(25).build());
      long seen = page.autoPager().stream().count();
      assertThat(seen).isGreaterThan(25);
    }
  }

  @Test
  void callrSubscribesAWebhookAndVerifiesWithTheSameOptions(Sandbox sandbox) {
    Map<String, String> env = Map.of("CALLR_BASE_URL", sandbox.callrBaseUrl(),
        "CALLR_API_KEY", SandboxCredentials.CALLR_API_KEY);
    String secret = "a-long-enough-secret";
    try (CallrClient callr = CallrClient.fromEnv(env)) {
      WebhookOptions options = WebhookOptions.builder()
          .hmacAlgo(HmacAlgorithm.SHA256).hmacSecret(secret).build();
      Webhook hook = callr.webhooks().subscribe(WebhookSubscribeParams.builder()
          .type("sms.mt.status_update").endpoint("https://example.com/callr").options(options).build());
      WebhookVerifier verifier = WebhookVerifier.callr(options);

      assertThat(hook.hash()).isPresent();
      byte[] body = "{\"type\":\"sms.mt.status_update\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
      Map<String, String> signed = WebhookSigner.callr(HmacAlgorithm.SHA256, secret).sign(body);
      assertThat(verifier.isValid(body, signed::get)).isTrue();
    }
  }

  @Test
  void voipbinRingsAGroup(Sandbox sandbox) {
    Map<String, String> env = Map.of("VOIPBIN_BASE_URL", sandbox.voipbinBaseUrl(),
        "VOIPBIN_TOKEN", SandboxCredentials.VOIPBIN_TOKEN);
    try (VoipbinClient voipbin = VoipbinClient.fromEnv(env)) {
      GroupcallService groupcalls = voipbin.groupcalls();
      Groupcall call = groupcalls.create(GroupcallCreateRequest.builder()
          .source(Address.tel("+14155550100"))
          .addDestinations(Address.tel("+14155550101"), Address.tel("+14155550102"))
          .ringMethod(RingMethod.RING_ALL).answerMethod(AnswerMethod.HANGUP_OTHERS)
          .flowId(UUID.fromString("5e4a0680-804e-11ec-8477-2fea5968d85b"))
          .build());
      UUID id = call.id().orElseThrow();
      groupcalls.get(id);
      groupcalls.hangup(id);

      assertThat(groupcalls.get(id).status()).contains(GroupcallStatus.HANGUP);
      assertThat(groupcalls.delete(id).id()).contains(id);
      long listed = groupcalls.list(GroupcallListParams.builder().pageSize(50).build()).autoPager().stream().count();
      assertThat(listed).isGreaterThanOrEqualTo(30);
    }
  }

  @Test
  void trackdriveListsCreatesAndUpdatesLeads(Sandbox sandbox) {
    Map<String, String> env = Map.of("TRACKDRIVE_BASE_URL", sandbox.trackdriveBaseUrl(),
        "TRACKDRIVE_PUBLIC_KEY", SandboxCredentials.TRACKDRIVE_PUBLIC_KEY,
        "TRACKDRIVE_PRIVATE_KEY", SandboxCredentials.TRACKDRIVE_PRIVATE_KEY);
    try (TrackdriveClient td = TrackdriveClient.fromEnv(env)) {
      LeadPage page = td.leads().list(LeadListParams.builder()
          .serializer(LeadSerializer.LEAD_GRID)
          .addColumns(LeadColumn.ID, LeadColumn.UUID, LeadColumn.CALLER_ID, LeadColumn.CREATED_AT)
          .createdAtFrom(OffsetDateTime.parse("2016-01-01T12:25:15-05:00"))
          .optOut(false).perPage(100).build());

      assertThat(page.metadata()).isNotEmpty();
      assertThat(page.autoPager().stream().limit(1_000).count()).isEqualTo(1_000);
      assertThat(page.items()).allSatisfy(lead -> assertThat(lead.email()).isEmpty());   // columns= makes it sparse

      Lead lead = td.leads().create(LeadCreateRequest.builder()
          .leadToken(TrackdriveEmulation.LEAD_TOKEN).callerId("+15551234567")
          .putLeadToken("first_name", "Ada").build());
      Lead updated = td.leads().update(lead.uuid().orElseThrow(), LeadUpdateRequest.builder().optOut(true).build());

      assertThat(updated.optOut()).contains(true);
    }
  }

  @Test
  void telmetricsManagesNumberGroups(Sandbox sandbox) {
    Map<String, String> env = Map.of("TELMETRICS_BASE_URL", sandbox.telmetricsBaseUrl(),
        "TELMETRICS_TOKEN", SandboxCredentials.TELMETRICS_TOKEN);
    try (TelmetricsClient tm = TelmetricsClient.fromEnv(env)) {
      Group g = tm.groups().create(GroupCreateRequest.builder()
          .name("Spring campaign").timeZone(GroupTimeZone.EASTERN)
          .emailNotifications(List.of("ops@example.com")).build());
      long id = g.id().orElseThrow();
      tm.groups().get(id);
      Group updated = tm.groups().update(id, GroupUpdateRequest.builder().timeZone(GroupTimeZone.PACIFIC).build());
      GroupPage page = tm.groups().list(GroupListParams.builder().pageSize(100).pageNumber(1).build());
      int pages = 1;
      while (page.hasNextPage()) {
        page = page.nextPage();
        pages++;
      }

      assertThat(updated.timeZone()).contains(GroupTimeZone.PACIFIC);
      assertThat(pages).isEqualTo((int) Math.ceil(page.total().orElseThrow() / 100.0));
    }
  }
}
