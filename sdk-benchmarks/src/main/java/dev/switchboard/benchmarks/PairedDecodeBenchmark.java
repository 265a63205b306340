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
import java.io.UncheckedIOException;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Benchmark 2, interleaved: the pages of {@link DecodeBenchmark} (1,000 TrackDrive leads, 10,000 CALLR CDR.Out)
 * decoded by the SDK and by the plain-POJO baseline back to back in each operation, each side timed on its own
 * ({@link PairedSides}), so that both meet the same machine load. Target: SDK time at most 1.1 x; the allocation
 * figures come from {@link DecodeBenchmark} with {@code -prof gc}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 6, time = 3)
public class PairedDecodeBenchmark {
  private static final TypeReference<List<CdrOut>> CDR_LIST = new TypeReference<>() {};
  private static final TypeReference<List<PlainCdrOut>> PLAIN_CDR_LIST = new TypeReference<>() {};

  private byte[] leadPage;
  private byte[] cdrPage;
  private ObjectMapper sdk;
  private ObjectMapper plain;

  @Setup(Level.Trial)
  public void setUp() {
    leadPage = Fixtures.utf8(Fixtures.leadPage(0, DecodeBenchmark.LEADS, 1, DecodeBenchmark.LEADS));
    cdrPage = Fixtures.utf8(Fixtures.cdrOutArray(DecodeBenchmark.CDRS));
    sdk = SwitchboardJson.mapper();
    plain = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  /** 1,000 leads, every column: SDK then baseline (or the reverse). */
  @Benchmark
  public void leads(PairedSides sides, Blackhole bh) {
    sides.pair(() -> read(sdk, leadPage, LeadList.class), () -> read(plain, leadPage, PlainLeadList.class), bh);
  }

  /** 10,000 CDR.Out: SDK then baseline (or the reverse). */
  @Benchmark
  public void cdrs(PairedSides sides, Blackhole bh) {
    sides.pair(() -> read(sdk, cdrPage, CDR_LIST), () -> read(plain, cdrPage, PLAIN_CDR_LIST), bh);
  }

  private static <T> T read(ObjectMapper mapper, byte[] body, Class<T> type) {
    try {
      return mapper.readValue(body, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T read(ObjectMapper mapper, byte[] body, TypeReference<T> type) {
    try {
      return mapper.readValue(body, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
