package dev.switchboard.testkit.callr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.testkit.Sandbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sandbox clock: real by default, injectable, advanced by {@link Sandbox#advanceClock(Duration)}. */
class CallrClockTest {

    private static final DateTimeFormatter DATETIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    @Test
    void byDefaultTheClockIsTheSystemClockSoTheLastHourHoldsAnSmsJustSent() {
        try (Sandbox sandbox = Sandbox.start()) {
            Rpc rpc = new Rpc(sandbox);
            Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            String hash = rpc.ok("sms.send", "SMS", "+33612345678", "just now", null).asText();
            Instant after = Instant.now().plusSeconds(1);

            assertThat(sandbox.now()).isBetween(before, after);
            JsonNode lastHour = rpc.ok("sms.get_list", "OUT", DATETIME.format(before.minus(Duration.ofHours(1))),
                    DATETIME.format(after));
            List<String> hashes = new ArrayList<>();
            lastHour.forEach(s -> hashes.add(s.get("hash").asText()));
            assertThat(hashes).contains(hash);
            // the seeded history lies before start: some of it is in the last 120 hours, none in the future
            assertThat(rpc.ok("sms.get_list", "OUT", DATETIME.format(before.minus(Duration.ofHours(121))),
                    DATETIME.format(after)).size()).isGreaterThan(hashes.size());
        }
    }

    @Test
    void anInjectedClockIsAdvancedForEveryEmulationAndResetRestoresIt() {
        Instant start = Instant.parse("2030-06-01T08:00:00Z");
        try (Sandbox sandbox = Sandbox.builder().clock(Clock.fixed(start, ZoneOffset.UTC)).start()) {
            Rpc rpc = new Rpc(sandbox);
            assertThat(rpc.ok("system.get_timestamp").asLong()).isEqualTo(start.getEpochSecond());

            sandbox.advanceClock(Duration.ofMinutes(90));

            assertThat(sandbox.now()).isEqualTo(start.plus(Duration.ofMinutes(90)));
            assertThat(sandbox.clock().instant()).isEqualTo(sandbox.now());
            assertThat(sandbox.callr().now()).isEqualTo(sandbox.now());
            assertThat(rpc.ok("system.get_timestamp").asLong()).isEqualTo(start.getEpochSecond() + 90 * 60);
            String hash = rpc.ok("sms.send", "SMS", "+33612345678", "later", null).asText();
            assertThat(rpc.ok("sms.get", hash).get("date_creation").asText()).isEqualTo("2030-06-01 09:30:00");
            assertThatThrownBy(() -> sandbox.advanceClock(Duration.ofSeconds(-1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("forward");

            sandbox.reset();
            assertThat(sandbox.now()).isEqualTo(start);
        }
    }

    @Test
    void sessionRefreshMovesValidUntilAsTheClockMoves() {
        Instant start = Instant.parse("2030-06-01T08:00:00Z");
        try (Sandbox sandbox = Sandbox.builder().clock(Clock.fixed(start, ZoneOffset.UTC)).start()) {
            Rpc rpc = new Rpc(sandbox);
            JsonNode first = rpc.ok("session.create");
            assertThat(first.get("valid_until").asText()).isEqualTo("2030-06-01 09:00:00");

            sandbox.advanceClock(Duration.ofMinutes(20));
            JsonNode refreshed = rpc.ok("session.refresh", first.get("refresh_token").asText());

            assertThat(refreshed.get("valid_until").asText()).isEqualTo("2030-06-01 09:20:00");
            assertThat(refreshed.get("token").asText()).isNotEqualTo(first.get("token").asText());
        }
    }
}
