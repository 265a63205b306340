package dev.switchboard.benchmarks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.benchmarks.plain.PlainGroupcall;
import dev.switchboard.benchmarks.plain.PlainSms;
import dev.switchboard.benchmarks.plain.PlainSmsResponse;
import dev.switchboard.callr.CallrClient;
import dev.switchboard.core.ClientOptions;
import dev.switchboard.models.callr.Sms;
import dev.switchboard.models.voipbin.Groupcall;
import dev.switchboard.voipbin.VoipbinClient;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The two calls of benchmark 1 and their baselines, against loopback servers returning a fixed, pre-rendered body:
 * CALLR {@code sms.get} (a JSON-RPC POST with Basic auth; the baseline serialises the same envelope with an
 * {@link ObjectMapper}) and VoIPBin {@code groupcalls.get} (a GET with {@code ?accesskey=}), each read by the SDK into
 * its typed model and by the baseline with a bare {@link OkHttpClient} and a plain {@link ObjectMapper} into a POJO.
 * Shared by {@link CallOverheadBenchmark} (each side on its own) and {@link PairedCallBenchmark} (both sides
 * interleaved).
 */
@State(Scope.Benchmark)
public class CallTargets {
  static final String HASH = "SMSHASH1";
  static final UUID ID = UUID.fromString("6f7a3c52-8a0e-4b57-9d5e-1f2a3b4c5d6e");
  private static final MediaType JSON_RPC = MediaType.get("application/json-rpc; charset=utf-8");

  private Loopback callrServer;
  private Loopback voipbinServer;
  private CallrClient callr;
  private VoipbinClient voipbin;
  private VoipbinClient voipbinNoCallTimeout;
  private OkHttpClient okHttp;
  private OkHttpClient okHttpCallTimeout;
  private ObjectMapper plain;
  private String callrUrl;
  private HttpUrl voipbinUrl;
  private String basicAuth;
  private final AtomicLong rpcIds = new AtomicLong();

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    callrServer = Loopback.fixed(Fixtures.utf8(Fixtures.smsGetResponse(HASH, 1)));
    voipbinServer = Loopback.fixed(Fixtures.utf8(Fixtures.groupcall(ID)));
    callrUrl = callrServer.url("json-rpc/v1.1/");
    voipbinUrl = HttpUrl.get(voipbinServer.url("v1.0/groupcalls/" + ID)).newBuilder()
        .addQueryParameter("accesskey", "bench-access-key").build();
    callr = CallrClient.builder().login("bench", "bench-password").baseUrl(callrUrl).build();
    voipbin = VoipbinClient.builder().accessKey("bench-access-key").baseUrl(voipbinServer.url("v1.0")).build();
    voipbinNoCallTimeout = VoipbinClient.builder().accessKey("bench-access-key").baseUrl(voipbinServer.url("v1.0"))
        .clientOptions(ClientOptions.builder().callTimeout(Duration.ZERO).build()).build();
    okHttp = new OkHttpClient();
    okHttpCallTimeout = okHttp.newBuilder().callTimeout(ClientOptions.DEFAULT_CALL_TIMEOUT).build();
    plain = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    basicAuth = Credentials.basic("bench", "bench-password");
    DecodeBenchmark.check(HASH.equals(callrSdk().hash().orElse(null)) && HASH.equals(callrBaseline().hash)
        && ID.equals(voipbinSdk().id().orElse(null)) && ID.toString().equals(voipbinBaseline().id), "responses");
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    callr.close();
    voipbin.close();
    voipbinNoCallTimeout.close();
    okHttp.dispatcher().executorService().shutdown();
    okHttp.connectionPool().evictAll();
    callrServer.close();
    voipbinServer.close();
  }

  /** The SDK's CALLR {@code sms.get}. */
  Sms callrSdk() {
    return callr.sms().get(HASH);
  }

  /** The same JSON-RPC call with bare OkHttp and Jackson. */
  PlainSms callrBaseline() {
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("jsonrpc", "2.0");
    envelope.put("id", rpcIds.incrementAndGet());
    envelope.put("method", "sms.get");
    envelope.put("params", List.of(HASH));
    try {
      Request request = new Request.Builder().url(callrUrl).header("Authorization", basicAuth)
          .header("Accept", "application/json").post(RequestBody.create(plain.writeValueAsBytes(envelope), JSON_RPC))
          .build();
      try (Response response = okHttp.newCall(request).execute()) {
        if (!response.isSuccessful()) {
          throw new IOException("HTTP " + response.code());
        }
        return plain.readValue(response.body().bytes(), PlainSmsResponse.class).result;
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The SDK's VoIPBin {@code groupcalls.get}. */
  Groupcall voipbinSdk() {
    return voipbin.groupcalls().get(ID);
  }

  /** The same GET with bare OkHttp and Jackson. */
  PlainGroupcall voipbinBaseline() {
    return voipbinBaseline(okHttp);
  }

  /** Diagnostic: the SDK with its 60 s call timeout disabled. */
  Groupcall voipbinSdkNoCallTimeout() {
    return voipbinNoCallTimeout.groupcalls().get(ID);
  }

  /** Diagnostic: the baseline with the SDK's default 60 s call timeout. */
  PlainGroupcall voipbinBaselineCallTimeout() {
    return voipbinBaseline(okHttpCallTimeout);
  }

  private PlainGroupcall voipbinBaseline(OkHttpClient http) {
    Request request = new Request.Builder().url(voipbinUrl).header("Accept", "application/json").build();
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IOException("HTTP " + response.code());
      }
      return plain.readValue(response.body().bytes(), PlainGroupcall.class);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
