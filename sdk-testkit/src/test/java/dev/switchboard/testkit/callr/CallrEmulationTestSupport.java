package dev.switchboard.testkit.callr;

final class CallrEmulationTestSupport {
    static final long START_EPOCH = java.time.Instant.parse("2025-01-15T12:00:00Z").getEpochSecond();

    private CallrEmulationTestSupport() {
    }
}
