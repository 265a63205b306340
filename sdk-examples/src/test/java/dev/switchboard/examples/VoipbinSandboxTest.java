package dev.switchboard.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.ClientOptions;
import dev.switchboard.core.Sleeper;
import dev.switchboard.core.errors.BadRequestException;
import dev.switchboard.core.errors.ConflictException;
import dev.switchboard.core.errors.NotFoundException;
import dev.switchboard.core.errors.RateLimitException;
import dev.switchboard.core.paging.Page;
import dev.switchboard.models.voipbin.Address;
import dev.switchboard.models.voipbin.AnswerMethod;
import dev.switchboard.models.voipbin.Groupcall;
import dev.switchboard.models.voipbin.GroupcallCreateRequest;
import dev.switchboard.models.voipbin.GroupcallListParams;
import dev.switchboard.models.voipbin.GroupcallStatus;
import dev.switchboard.models.voipbin.RingMethod;
import dev.switchboard.testkit.Sandbox;
import dev.switchboard.testkit.SandboxCredentials;
import dev.switchboard.testkit.voipbin.VoipbinEmulation;
import dev.switchboard.voipbin.VoipbinClient;
import dev.switchboard.voipbin.VoipbinErrorParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The VoIPBin client against the in-process sandbox's VoIPBin emulation, and the tour section in both modes. */
class VoipbinSandboxTest {
  private Sandbox sandbox;
  private final List<Duration> slept = new CopyOnWriteArrayList<>();
  private final Sleeper sleeper = new Sleeper() {
    @Override
    public void sleep(Duration d) {
      slept.add(d);
    }

    @Override
    public CompletableFuture<Void> delay(Duration d) {
      slept.add(d);
      return CompletableFuture.completedFuture(null);
    }
  };

  @BeforeEach
  void start() {
    sandbox = Sandbox.start();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private VoipbinClient client(boolean accessKey) {
    VoipbinClient.Builder b = VoipbinClient.builder().baseUrl(sandbox.voipbinBaseUrl())
        .clientOptions(ClientOptions.builder().sleeper(sleeper).build());
    return (accessKey ? b.accessKey(SandboxCredentials.VOIPBIN_ACCESSKEY) : b.token(SandboxCredentials.VOIPBIN_TOKEN))
        .build();
  }

  private static GroupcallCreateRequest request() {
    return GroupcallCreateRequest.builder()
        .source(Address.tel("+14155550100"))
        .addDestinations(Address.tel("+14155550101"), Address.tel("+14155550102"))
        .ringMethod(RingMethod.RING_ALL).answerMethod(AnswerMethod.HANGUP_OTHERS)
        .flowId(UUID.fromString("c1d2e3f4-a5b6-7890-cdef-1234567890ab"))
        .build();
  }

  @Test
  void lifecycleWithTokenAndAccessKey() {
    for (boolean accessKey : new boolean[] {false, true}) {
      try (VoipbinClient voipbin = client(accessKey)) {
        Groupcall created = voipbin.groupcalls().create(request());
        UUID id = created.id().orElseThrow();
        assertThat(created.status()).contains(GroupcallStatus.PROGRESSING);
        assertThat(created.callIds()).hasSize(2);
        assertThat(voipbin.groupcalls().get(id)).isEqualTo(created);
        assertThat(voipbin.groupcalls().hangup(id).status()).contains(GroupcallStatus.HANGINGUP);
        assertThat(voipbin.groupcalls().get(id).hasHungUp()).isTrue();
        assertThatThrownBy(() -> voipbin.groupcalls().hangup(id)).isInstanceOf(ConflictException.class);
        Groupcall deleted = voipbin.groupcalls().delete(id);
        assertThat(deleted.tmDelete()).isPresent();
        NotFoundException gone = (NotFoundException) org.assertj.core.api.Assertions.catchThrowable(
            () -> voipbin.groupcalls().get(id));
        assertThat(gone.errorCode()).contains("GROUPCALL_NOT_FOUND");
        assertThat(gone.requestId()).isPresent();
      }
    }
  }

  @Test
  void autoPagerWalksEverySeededGroupcallAndStopsAtTheEmptyToken() {
    try (VoipbinClient voipbin = client(false)) {
      int before = sandbox.requests().size();
      Page<Groupcall> first = voipbin.groupcalls().list(GroupcallListParams.builder().pageSize(7).build());
      List<Groupcall> all = first.autoPager().stream().toList();

      assertThat(all).hasSize(VoipbinEmulation.SEEDED_GROUPCALLS);
      assertThat(all.stream().map(g -> g.id().orElseThrow()).distinct()).hasSize(all.size());
      // 30 items at 7 a page: 5 pages with items, then the server's empty page with "" ends it
      assertThat(sandbox.requests().size() - before).isEqualTo(6);
    }
  }

  @Test
  void invalidBodiesAreRejectedByTheEmulationWithTypedErrors() {
    try (VoipbinClient voipbin = client(true)) {
      GroupcallCreateRequest noFlow = GroupcallCreateRequest.builder().from(request()).flowId(java.util.Optional.empty())
          .build();
      BadRequestException e = (BadRequestException) org.assertj.core.api.Assertions.catchThrowable(
          () -> voipbin.groupcalls().create(noFlow));
      assertThat(e.errorCode()).contains("INVALID_ARGUMENT");
      assertThat(e.getMessage()).doesNotContain(SandboxCredentials.VOIPBIN_ACCESSKEY);
    }
  }

  @Test
  void rateLimitIsRetriedAfterRetryAfterAndSurfacedWhenPersistent() {
    VoipbinEmulation emulation = sandbox.voipbin();
    try (VoipbinClient voipbin = client(false)) {
      emulation.rateLimitNext(1, 3, "customer");
      assertThat(voipbin.groupcalls().create(request()).id()).isPresent();
      assertThat(slept).containsExactly(Duration.ofSeconds(3));

      emulation.rateLimitNext(3, 1, "ip");
      RateLimitException e = (RateLimitException) org.assertj.core.api.Assertions.catchThrowable(
          () -> voipbin.groupcalls().list());
      assertThat(e.retryAfter()).contains(Duration.ofSeconds(1));
      assertThat(VoipbinErrorParser.limitedBy(e)).contains("ip");
    }
  }

  private static String runTour(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Tour.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
    String text = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    assertThat(code).as(text).isZero();
    return text;
  }

  @Test
  void tourSectionRunsAgainstItsOwnSandbox() {
    String out = runTour("--only", "voipbin");
    assertThat(out).contains("VoIPBin: ring a group", "status=progressing", "status=hangup (final: true)",
        "31 groupcalls in 5 page requests", "NotFoundException HTTP 404 GROUPCALL_NOT_FOUND request-id=",
        "all passed").doesNotContain(SandboxCredentials.VOIPBIN_TOKEN);
  }

  @Test
  void tourSectionRunsAgainstAServerGivenOnTheCommandLine() {
    String out = runTour("--only", "voipbin", "--voipbin-url", sandbox.voipbinBaseUrl(),
        "--voipbin-token", SandboxCredentials.VOIPBIN_TOKEN);
    assertThat(out).contains("live    " + sandbox.voipbinBaseUrl(), "status=hangup (final: true)", "all passed")
        .doesNotContain(SandboxCredentials.VOIPBIN_TOKEN);
    assertThat(sandbox.requests()).isNotEmpty();
  }
}
