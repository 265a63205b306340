package dev.switchboard.testkit.callr;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

final class CallrEmulationTestSupport {
    /** The fixed clock of the CALLR emulation tests: their expected dates are relative to it. */
    static final Instant START = Instant.parse("2025-01-15T12:00:00Z");
    static final long START_EPOCH = START.getEpochSecond();
    static final Clock CLOCK = Clock.fixed(START, ZoneOffset.UTC);

    private CallrEmulationTestSupport() {
    }
}
