package dev.switchboard.testkit.callr.v2;

import dev.switchboard.testkit.SandboxCredentials;
import dev.switchboard.testkit.SandboxState;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything the v2 emulation holds for one sandbox: the emulated clock, build mode and one {@link V2Account} per
 * account SID (the main account and its sub-account, each with its own data, since Basic auth with a sub-account
 * SID "acts as that sub-account" [C, §2.2]). Kept in the {@link SandboxState} store, so {@code reset()} rebuilds it;
 * guarded by its own monitor (every request runs inside {@code synchronized (world)}).
 */
final class V2World {

    /** The emulated clock starts here, like the v1 emulation's, and moves only with {@code advanceClock}. */
    static final Instant START = Instant.parse("2025-01-15T12:00:00Z");
    static final Duration RESERVATION_TTL = Duration.ofMinutes(5);

    final Map<String, V2Account> accounts = new LinkedHashMap<>();
    Instant now = START;
    boolean buildMode;

    V2World(SandboxState state) {
        for (String sid : new String[] {SandboxCredentials.CALLR_ACCOUNT_SID, SandboxCredentials.CALLR_SUBACCOUNT_SID}) {
            accounts.put(sid, new V2Account(sid, state.random("callr.v2." + sid), START));
        }
    }

    String nowText() {
        return V2Json.time(now);
    }
}
