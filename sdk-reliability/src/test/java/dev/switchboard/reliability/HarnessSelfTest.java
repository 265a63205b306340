package dev.switchboard.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;

/** The suite's own machinery works: the server is deterministic and counts, the scans find what they look for. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HarnessSelfTest {
  private static final long SEED = 12;
  private List<Operation> catalogue;
  private HostileServer server;
  private RedirectTarget elsewhere;
  private SuiteClients clients;
  private IntFunction<CasePlan> plans;

  @BeforeAll
  void start() throws IOException {
    plans = n -> CasePlan.of(SEED, n, catalogue);
    elsewhere = new RedirectTarget(plans);
    server = new HostileServer(new FaultResponder(plans, elsewhere.url()), 4);
    clients = new SuiteClients(server);
    catalogue = Catalogue.of(clients);
  }

  @AfterAll
  void stop() throws IOException {
    clients.close();
    server.close();
    elsewhere.close();
  }

  private int firstCase(Fault fault) {
    for (int n = 0; ; n++) {
      if (plans.apply(n).fault() == fault) {
        return n;
      }
    }
  }

  private byte[] exchange(int caseNumber) throws IOException {
    try (Socket s = new Socket("127.0.0.1", Integer.parseInt(server.url("").replaceAll(".*:", "")))) {
      s.setSoTimeout(5_000);
      OutputStream out = s.getOutputStream();
      out.write(("GET /x HTTP/1.1\r\nHost: a\r\n" + HostileServer.CASE_HEADER + ": " + caseNumber
          + "\r\nContent-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = s.getInputStream();
      return in.readAllBytes();
    }
  }

  @Test
  void aCaseAnswersTheSameBytesEveryTimeAndEveryRequestIsCounted() throws IOException {
    for (Fault fault : List.of(Fault.WRONG_TYPE, Fault.FLIP_BYTES, Fault.DEEP_NESTING, Fault.CHUNKED_BROKEN,
        Fault.STATUS_GARBAGE, Fault.RETRY_AFTER_429)) {
      int n = firstCase(fault);
      byte[] first = exchange(n);
      byte[] second = exchange(n);
      assertThat(first).as(fault + " answer").isNotEmpty().isEqualTo(second);
      assertThat(server.requests(n)).as("requests counted for case " + n).isEqualTo(2);
    }
  }

  @Test
  void aValidCaseAnswersTheOperationsValidBody() throws IOException {
    int n = firstCase(Fault.VALID);
    String answer = new String(exchange(n), StandardCharsets.UTF_8);
    assertThat(answer).startsWith("HTTP/1.1 200 OK\r\n")
        .endsWith(new String(plans.apply(n).operation().validBody(), StandardCharsets.UTF_8));
  }

  @Test
  void plansAreDeterministicAndSpreadOverOperationsAndModes() {
    assertThat(CasePlan.of(SEED, 4242, catalogue)).isEqualTo(CasePlan.of(SEED, 4242, catalogue));
    assertThat(CasePlan.of(SEED, 4242, catalogue).fault()).isNotNull();
    assertThat(CasePlan.of(SEED, 0, catalogue).async()).isFalse();
    assertThat(CasePlan.of(SEED, catalogue.size(), catalogue).async()).isTrue();
    assertThat(catalogue).extracting(Operation::provider).contains("callr", "voipbin", "trackdrive", "telmetrics");
    assertThat(catalogue).filteredOn(o -> !o.idempotent()).extracting(Operation::name)
        .contains("sms.send", "groupcalls.create", "groupcalls.hangup", "leads.create", "groups.create");
  }

  @Test
  void theScansFindEveryFormOfASecretAndAManglingMask() {
    assertThat(Secrets.find("Authorization: Api-Key " + Secrets.CALLR_API_KEY)).containsExactly("CALLR api key");
    assertThat(Secrets.find("{\"m\":\"" + FaultResponder.phpEscape(Secrets.CALLR_API_KEY) + "\"}"))
        .containsExactly("CALLR api key");
    assertThat(Secrets.find("key=" + java.net.URLEncoder.encode(Secrets.CALLR_API_KEY, StandardCharsets.UTF_8)))
        .containsExactly("CALLR api key");
    assertThat(Secrets.find("Basic " + java.util.Base64.getEncoder().encodeToString(
        (Secrets.CALLR_LOGIN + ":" + Secrets.CALLR_PASSWORD).getBytes(StandardCharsets.UTF_8))))
        .contains("CALLR Basic header");
    assertThat(Secrets.find("Api-Key ****, IOException")).isEmpty();
    assertThat(Secrets.mangled("failed (IOE****ception)")).isNotNull();
    assertThat(Secrets.mangled("Authorization: Bearer ****; \"token\":\"****\"")).isNull();
  }

  @Test
  void theCapturingProviderScansEveryTraceLine() {
    long before = LogCapture.traceEvents();
    LoggerFactory.getLogger("dev.switchboard.reliability.selftest").trace("planted {}", Secrets.TELMETRICS_TOKEN);
    assertThat(LogCapture.traceEvents()).isEqualTo(before + 1);
    assertThat(LogCapture.findings()).anyMatch(f -> f.contains("Telmetrics token") && f.contains("selftest"));
    LogCapture.forget(f -> f.contains("selftest"));
  }
}
