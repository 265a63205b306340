package dev.switchboard.benchmarks;

import dev.switchboard.models.callr.HmacAlgorithm;
import dev.switchboard.webhooks.WebhookSigner;
import dev.switchboard.webhooks.WebhookVerifier;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 4, webhook verification: {@link WebhookVerifier#verify(byte[], java.util.function.Function)} of a CALLR
 * HMAC-SHA256 delivery against a bare {@link Mac} over the same bytes (the best a hand-written check can do: one
 * {@code Mac} initialised once and reused by its thread, base64-decode of the header, constant-time compare).
 * Target: SDK throughput at least 0.9 x baseline.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class WebhookBenchmark {
  private static final String SECRET = "s3cr3t-hmac-key-for-benchmarks-0123456789";

  /** Body size in bytes: 1 KB and 1 MB. */
  @Param({"1024", "1048576"})
  public int size;

  private byte[] body;
  private String signature;
  private Map<String, String> headers;
  private WebhookVerifier verifier;
  private Mac mac;

  @Setup(Level.Trial)
  public void setUp() throws GeneralSecurityException {
    // a JSON-looking body of the requested size
    StringBuilder sb = new StringBuilder(size);
    sb.append("{\"event_id\":\"e1\",\"type\":\"sms.mo\",\"try\":0,\"data\":{\"text\":\"");
    SplittableRandom random = new SplittableRandom(42);
    while (sb.length() < size - 3) {
      sb.append((char) ('a' + random.nextInt(26)));
    }
    sb.append("\"}}");
    body = sb.toString().getBytes(StandardCharsets.UTF_8);
    headers = WebhookSigner.callr(HmacAlgorithm.SHA256, SECRET).sign(body, "e1");
    signature = headers.get(WebhookVerifier.CALLR_SIGNATURE_HEADER);
    verifier = WebhookVerifier.callr(HmacAlgorithm.SHA256, SECRET);
    mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    DecodeBenchmark.check(body.length == size && baseline() && verifier.isValid(body, headers::get), "signature");
  }

  @Benchmark
  public boolean sdk() {
    verifier.verify(body, headers::get);
    return true;
  }

  @Benchmark
  public boolean baseline() {
    byte[] expected = mac.doFinal(body); // doFinal resets the Mac for the next call
    return MessageDigest.isEqual(expected, Base64.getDecoder().decode(signature));
  }
}
