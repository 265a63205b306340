package dev.switchboard.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class WebhookDeduplicatorTest {

    /** A clock the test moves by hand. */
    static final class FakeClock extends Clock {
        private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-01T10:00:00Z"));

        void advance(Duration duration) {
            now.updateAndGet(instant -> instant.plus(duration));
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @Test
    void firstDeliveryOnlyOnce() {
        WebhookDeduplicator dedup = new WebhookDeduplicator();

        assertThat(dedup.firstDelivery("evt-1")).isTrue();
        assertThat(dedup.firstDelivery("evt-1")).isFalse();
        assertThat(dedup.firstDelivery("evt-1")).isFalse();
        assertThat(dedup.firstDelivery("evt-2")).isTrue();
        assertThat(dedup.size()).isEqualTo(2);
        assertThat(dedup.capacity()).isEqualTo(WebhookDeduplicator.DEFAULT_CAPACITY).isEqualTo(10_000);
    }

    @Test
    void evictsLeastRecentlySeenAtCapacity() {
        WebhookDeduplicator dedup = WebhookDeduplicator.builder().capacity(3).build();
        dedup.firstDelivery("a");
        dedup.firstDelivery("b");
        dedup.firstDelivery("c");

        assertThat(dedup.firstDelivery("a")).isFalse();   // a is now the most recently seen
        assertThat(dedup.firstDelivery("d")).isTrue();    // evicts b, the least recently seen
        assertThat(dedup.size()).isEqualTo(3);
        assertThat(dedup.firstDelivery("a")).isFalse();
        assertThat(dedup.firstDelivery("c")).isFalse();
        assertThat(dedup.firstDelivery("d")).isFalse();
        assertThat(dedup.firstDelivery("b")).isTrue();    // forgotten, so new again
        assertThat(dedup.size()).isEqualTo(3);
    }

    @Test
    void memoryStaysBounded() {
        WebhookDeduplicator dedup = WebhookDeduplicator.builder().capacity(100).build();
        for (int i = 0; i < 10_000; i++) {
            assertThat(dedup.firstDelivery("evt-" + i)).isTrue();
        }
        assertThat(dedup.size()).isEqualTo(100);
        assertThat(dedup.firstDelivery("evt-9999")).isFalse();
        assertThat(dedup.firstDelivery("evt-0")).isTrue();
    }

    @Test
    void timeToLiveWithFakeClock() {
        FakeClock clock = new FakeClock();
        WebhookDeduplicator dedup = WebhookDeduplicator.builder()
                .timeToLive(Duration.ofHours(1)).clock(clock).build();

        assertThat(dedup.firstDelivery("evt")).isTrue();
        clock.advance(Duration.ofMinutes(59));
        assertThat(dedup.firstDelivery("evt")).isFalse();   // a repeat does not extend the time-to-live
        clock.advance(Duration.ofMinutes(1));
        assertThat(dedup.firstDelivery("evt")).isTrue();    // exactly one hour after the first: new again
        clock.advance(Duration.ofMinutes(30));
        assertThat(dedup.firstDelivery("evt")).isFalse();   // counted from the new first delivery
    }

    @Test
    void forgetLetsARetryThrough() {
        WebhookDeduplicator dedup = new WebhookDeduplicator();
        dedup.firstDelivery("evt");

        assertThat(dedup.forget("evt")).isTrue();
        assertThat(dedup.forget("evt")).isFalse();
        assertThat(dedup.firstDelivery("evt")).isTrue();
        dedup.clear();
        assertThat(dedup.size()).isZero();
    }

    @Test
    void rejectsBadArguments() {
        WebhookDeduplicator dedup = new WebhookDeduplicator();

        assertThatThrownBy(() -> dedup.firstDelivery(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> dedup.firstDelivery("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WebhookDeduplicator.builder().capacity(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WebhookDeduplicator.builder().timeToLive(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WebhookDeduplicator.builder().timeToLive(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void concurrentFirstDeliveryIsTrueExactlyOncePerId() throws Exception {
        int threads = 16;
        int ids = 500;
        WebhookDeduplicator dedup = new WebhookDeduplicator();
        AtomicInteger[] firsts = new AtomicInteger[ids];
        for (int i = 0; i < ids; i++) {
            firsts[i] = new AtomicInteger();
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < ids; i++) {
                        if (dedup.firstDelivery("evt-" + i)) {
                            firsts[i].incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        for (int i = 0; i < ids; i++) {
            assertThat(firsts[i].get()).as("evt-" + i).isEqualTo(1);
        }
        assertThat(dedup.size()).isEqualTo(ids);
    }
}
