package dev.switchboard.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.callr.CallrClient;
import dev.switchboard.core.ClientOptions;
import dev.switchboard.core.Credentials;
import dev.switchboard.core.RequestOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;

/**
 * Issue 12's reliability suite: at least 10,000 cases (fixed seed) of a deterministic hostile server answering
 * every operation of the {@link Catalogue}, sync and async, with one {@link Fault} each. The run happens once, before
 * the tests; each test then asserts one promise over all cases and, on failure, lists the first 20 failing cases
 * with their seed, case number, fault, operation and throwable, plus the command replaying one.
 *
 * <p>{@code -Dswitchboard.reliability.cases=N} runs more, {@code -Dswitchboard.reliability.seed=S} other faults,
 * {@code -Dswitchboard.reliability.case=N} only case N (see {@link RunSettings}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileServerSuiteTest {
  private final RunSettings settings = RunSettings.fromSystemProperties();
  private final List<String> toStringFindings = new ArrayList<>();
  private HostileServer server;
  private RedirectTarget elsewhere;
  private SuiteClients clients;
  private List<Operation> catalogue;
  private ExecutorService callers;
  private ExecutorService cases;
  private RunReport report;

  @BeforeAll
  void run() throws Exception {
    java.util.function.IntFunction<CasePlan> plans = n -> CasePlan.of(settings.seed(), n, catalogue);
    elsewhere = new RedirectTarget(plans);
    FaultResponder responder = new FaultResponder(plans, elsewhere.url());
    server = new HostileServer(responder, 64);
    clients = new SuiteClients(server);
    catalogue = Catalogue.of(clients);
    AtomicInteger threads = new AtomicInteger();
    callers = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "reliability-caller-" + threads.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    cases = Executors.newFixedThreadPool(settings.parallelism(), r -> {
      Thread t = new Thread(r, "reliability-case-" + threads.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    CaseRunner runner = new CaseRunner(server, elsewhere, callers, settings.deadlineMillis());

    long start = System.nanoTime();
    List<Future<CaseResult>> futures = new ArrayList<>();
    if (settings.replay()) {
      futures.add(cases.submit(() -> runner.run(plans.apply(settings.onlyCase()))));
    } else {
      for (int n = 0; n < settings.cases(); n++) {
        CasePlan plan = plans.apply(n);
        futures.add(cases.submit(() -> runner.run(plan)));
      }
    }
    List<CaseResult> results = new ArrayList<>(futures.size());
    for (Future<CaseResult> f : futures) {
      results.add(f.get());
    }
    report = new RunReport(settings, results, responder::detail, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    scanToStrings();

    List<String> summary = report.summary();
    summary.forEach(System.out::println);
    if (settings.replay()) {
      System.out.println(results.get(0).report(responder.detail(settings.onlyCase())));
    }
    Path out = Path.of("target", "reliability-summary.txt");
    Files.createDirectories(out.getParent());
    List<String> file = new ArrayList<>(summary);
    for (Problem p : Problem.values()) {
      file.add("");
      file.add(report.failures(p));
    }
    file.add("");
    file.add(LogCapture.findings().size() + " log lines with a secret");
    file.addAll(LogCapture.findings());
    file.add("");
    file.add(toStringFindings.size() + " toString() findings");
    file.addAll(toStringFindings);
    Files.write(out, String.join("\n", file).getBytes(StandardCharsets.UTF_8));
  }

  /** Every toString() of clients, services, options and credentials, and a careless non-ASCII credential. */
  private void scanToStrings() {
    List<Object> printed = new ArrayList<>(clients.all());
    printed.add(clients.options);
    printed.add(clients.callr.sms());
    printed.add(clients.voipbin.groupcalls());
    printed.add(clients.trackdrive.leads());
    printed.add(clients.telmetrics.groups());
    printed.add(Credentials.authorization("Api-Key", Secrets.CALLR_API_KEY));
    printed.add(Credentials.basic(Secrets.CALLR_LOGIN, Secrets.CALLR_PASSWORD));
    printed.add(Credentials.header("x-organization-token", Secrets.TELMETRICS_TOKEN));
    printed.add(Credentials.queryParameter("accesskey", Secrets.VOIPBIN_ACCESS_KEY));
    printed.add(Credentials.authorization("Bearer", Secrets.VOIPBIN_TOKEN)
        .and(Credentials.queryParameter("accesskey", Secrets.VOIPBIN_ACCESS_KEY)));
    printed.add(ClientOptions.builder().credentials(Credentials.basic(Secrets.TRACKDRIVE_PUBLIC_KEY,
        Secrets.TRACKDRIVE_PRIVATE_KEY)).build());
    printed.add(RequestOptions.builder().header("x-organization-token", Secrets.TELMETRICS_TOKEN)
        .header("Authorization", "Token " + Secrets.TRACKDRIVE_TOKEN)
        .queryParameter("accesskey", Secrets.VOIPBIN_ACCESS_KEY).build());
    for (Object o : printed) {
      String text = String.valueOf(o);
      List<String> found = Secrets.find(text);
      if (!found.isEmpty()) {
        toStringFindings.add(o.getClass().getSimpleName() + ".toString(): " + found + " in \""
            + Secrets.excerpt(text) + "\"");
      }
    }
    // a careless caller: a credential HTTP cannot carry, quoted back by whatever rejects it
    String nonAscii = "ключ-" + Secrets.CALLR_PASSWORD;
    try (CallrClient careless = CallrClient.builder().clientOptions(clients.options)
        .baseUrl(server.url("/callr/json-rpc")).apiKey(nonAscii).build()) {
      careless.system().getTimestamp(RequestOptions.builder().header(HostileServer.CASE_HEADER, "-5").build());
    } catch (RuntimeException e) {
      List<String> found = Secrets.find(Throwables.describe(e));
      if (!found.isEmpty() || Throwables.describe(e).contains(nonAscii)) {
        toStringFindings.add("a non-ASCII api key was quoted back: " + Secrets.excerpt(Throwables.describe(e)));
      }
    }
  }

  @AfterAll
  void stop() throws IOException, InterruptedException {
    if (cases != null) {
      cases.shutdownNow();
      callers.shutdownNow();
      cases.awaitTermination(10, TimeUnit.SECONDS);
      callers.awaitTermination(10, TimeUnit.SECONDS);
    }
    if (clients != null) {
      clients.close();
    }
    if (server != null) {
      server.close();
    }
    if (elsewhere != null) {
      elsewhere.close();
    }
  }

  @Test
  void theRunCoversEveryOperationSyncAndAsyncAndEveryFaultFamily() {
    assertThat(LoggerFactory.getILoggerFactory().getClass().getName())
        .as("the capturing SLF4J provider is the one bound").contains("CapturingLoggerProvider");
    if (settings.replay()) {
      assertThat(report.results).hasSize(1);
      return;
    }
    assertThat(report.results).hasSize(settings.cases());
    if (System.getProperty(RunSettings.PREFIX + "cases") == null) {
      assertThat(report.results).as("the default run").hasSizeGreaterThanOrEqualTo(10_000);
    }
    Set<String> combos = report.results.stream()
        .map(r -> r.plan().operation().name() + (r.plan().async() ? " async" : " sync")).collect(Collectors.toSet());
    if (settings.cases() >= 2 * catalogue.size()) {
      assertThat(combos).hasSize(2 * catalogue.size());
    }
    Set<FaultFamily> families = report.results.stream().map(r -> r.plan().fault().family)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(FaultFamily.class)));
    if (settings.cases() >= 1_000) {
      assertThat(families).containsExactlyInAnyOrder(FaultFamily.values());
      Set<String> ambiguousOnWrites = report.results.stream()
          .filter(r -> !r.plan().operation().idempotent() && r.plan().fault().ambiguous)
          .map(r -> r.plan().operation().name() + (r.plan().async() ? " async" : " sync"))
          .collect(Collectors.toSet());
      assertThat(ambiguousOnWrites).as("non-idempotent operations met with ambiguous faults, sync and async")
          .hasSize(2 * (int) catalogue.stream().filter(o -> !o.idempotent()).count());
      assertThat(LogCapture.traceEvents()).as("TRACE lines captured and scanned").isPositive();
      assertThat(report.count(Outcome.VALUE)).as("cases answered with a typed value").isPositive();
      assertThat(report.count(Outcome.SDK_EXCEPTION)).as("cases failing with an SDK exception").isPositive();
    }
  }

  @Test
  void onlySwitchboardExceptionsEscapeSyncAndAsync() {
    assertNone(Problem.ESCAPE);
  }

  @Test
  void everyCallCompletesWithinItsDeadline() {
    assertNone(Problem.HANG);
  }

  @Test
  void noNonIdempotentRequestIsSentTwice() {
    assertNone(Problem.DUPLICATE);
  }

  @Test
  void noOperationIsSentMoreThanOnePlusMaxRetriesTimes() {
    assertNone(Problem.OVER_RETRY);
  }

  @Test
  void redirectsAreNeverFollowed() {
    assertNone(Problem.REDIRECT_FOLLOWED);
    assertThat(elsewhere.total()).as("requests that reached the redirect target").isZero();
  }

  @Test
  void aBodyOverTheCapNeverBecomesAValue() {
    assertNone(Problem.UNBOUNDED_BODY);
  }

  @Test
  void pagingTerminatesWhenTheServerRepeatsItself() {
    assertNone(Problem.ENDLESS_PAGING);
  }

  @Test
  void noSecretInAnyLogLineToStringOrRequestToAnotherHost() {
    List<String> logged = LogCapture.findings();
    assertThat(logged.size()).as(logged.size() + " log lines with a secret, the first:\n  "
        + logged.stream().limit(RunReport.SHOWN).collect(Collectors.joining("\n  "))).isZero();
    assertThat(toStringFindings.size()).as("toString() of clients, options and credentials:\n  "
        + String.join("\n  ", toStringFindings)).isZero();
    assertNone(Problem.SECRET);
  }

  @Test
  void maskingAShortCredentialNeverManglesAWord() {
    assertNone(Problem.MANGLED);
  }

  private void assertNone(Problem problem) {
    assertThat(report.with(problem).size()).as(report.failures(problem)).isZero();
  }
}
