package dev.switchboard.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Issue 11: the reused Mac (one-slot pool) gives every thread the MAC a fresh Mac gives, call after call. */
class HmacTest {
  private static byte[] reference(String secret, byte[] message) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return mac.doFinal(message);
  }

  @Test
  void repeatedAndConcurrentCallsMatchAFreshMac() throws Exception {
    Hmac hmac = new Hmac(MacSpec.SHA256, "s3cret");
    // sequential: the spare Mac must come back reset after each call
    for (int i = 0; i < 100; i++) {
      byte[] message = ("message " + i).getBytes(StandardCharsets.UTF_8);
      assertThat(hmac.mac(message)).isEqualTo(reference("s3cret", message));
    }
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int id = t;
        Callable<Integer> task = () -> {
          start.await();
          int wrong = 0;
          for (int i = 0; i < 2_000; i++) {
            byte[] message = ("thread " + id + " message " + i).getBytes(StandardCharsets.UTF_8);
            if (!java.util.Arrays.equals(hmac.mac(message), reference("s3cret", message))) {
              wrong++;
            }
          }
          return wrong;
        };
        results.add(pool.submit(task));
      }
      start.countDown();
      for (Future<Integer> r : results) {
        assertThat(r.get(60, TimeUnit.SECONDS)).isZero();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
