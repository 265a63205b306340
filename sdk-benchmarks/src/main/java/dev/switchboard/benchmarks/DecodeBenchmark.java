package dev.switchboard.benchmarks;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.benchmarks.plain.PlainCdrOut;
import dev.switchboard.benchmarks.plain.PlainLeadList;
import dev.switchboard.models.SwitchboardJson;
import dev.switchboard.models.callr.CdrOut;
import dev.switchboard.models.trackdrive.LeadList;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 2, decode throughput: one large page into the SDK models ({@link SwitchboardJson#mapper()}) against
 * Jackson into plain mutable POJOs with the same fields. Target: SDK time at most 1.2 x baseline. Run with
 * {@code -prof gc}; allocation per record = {@code gc.alloc.rate.norm} / records (1,000 leads, 10,000 CDRs).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DecodeBenchmark {
  /** Leads in the TrackDrive page. */
  public static final int LEADS = 1_000;
  /** Records in the CALLR CDR.Out list. */
  public static final int CDRS = 10_000;

  private static final TypeReference<List<CdrOut>> CDR_LIST = new TypeReference<>() {};
  private static final TypeReference<List<PlainCdrOut>> PLAIN_CDR_LIST = new TypeReference<>() {};

  private byte[] leadPage;
  private byte[] cdrPage;
  private ObjectMapper sdk;
  private ObjectMapper plain;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    leadPage = Fixtures.utf8(Fixtures.leadPage(0, LEADS, 1, LEADS));
    cdrPage = Fixtures.utf8(Fixtures.cdrOutArray(CDRS));
    sdk = SwitchboardJson.mapper();
    plain = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    // sanity: both sides read every record, and the SDK kept nothing it could not type
    LeadList leads = sdk.readValue(leadPage, LeadList.class);
    check(leads.leads().size() == LEADS && leads.leads().get(0).additionalProperties().isEmpty()
        && leads.leads().get(LEADS - 1).lastCallAt().isPresent(), "SDK lead page");
    check(plain.readValue(leadPage, PlainLeadList.class).leads.size() == LEADS, "plain lead page");
    List<CdrOut> cdrs = sdk.readValue(cdrPage, CDR_LIST);
    check(cdrs.size() == CDRS && cdrs.get(0).additionalProperties().isEmpty()
        && cdrs.get(0).callid().orElseThrow().toString().equals("18446744073709551615"), "SDK CDR list");
    check(plain.readValue(cdrPage, PLAIN_CDR_LIST).size() == CDRS, "plain CDR list");
  }

  static void check(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException("fixture check failed: " + what);
    }
  }

  @Benchmark
  public LeadList leadsSdk() throws IOException {
    return sdk.readValue(leadPage, LeadList.class);
  }

  /**
   * Diagnostic: the path {@code TrackdriveClient.leads().list} takes (it reads a tree first, to accept both the
   * object and the bare-array shape, then converts the tree).
   */
  @Benchmark
  public LeadList leadsSdkViaTree() throws IOException {
    return sdk.treeToValue(sdk.readTree(leadPage), LeadList.class);
  }

  @Benchmark
  public PlainLeadList leadsBaseline() throws IOException {
    return plain.readValue(leadPage, PlainLeadList.class);
  }

  @Benchmark
  public List<CdrOut> cdrsSdk() throws IOException {
    return sdk.readValue(cdrPage, CDR_LIST);
  }

  @Benchmark
  public List<PlainCdrOut> cdrsBaseline() throws IOException {
    return plain.readValue(cdrPage, PLAIN_CDR_LIST);
  }
}
