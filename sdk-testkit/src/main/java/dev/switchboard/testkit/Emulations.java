package dev.switchboard.testkit;

import dev.switchboard.testkit.telmetrics.TelmetricsEmulation;
import dev.switchboard.testkit.trackdrive.TrackdriveEmulation;
import dev.switchboard.testkit.voipbin.VoipbinEmulation;

import dev.switchboard.testkit.callr.CallrEmulation;
import dev.switchboard.testkit.callr.v2.CallrV2Emulation;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in emulations every {@link Sandbox} starts with (unless {@link Sandbox.Builder#withoutDefaults()}).
 *
 * <p>To add a provider's emulation, add one line to {@link #defaults(SandboxState)}.
 */
public final class Emulations {

    private Emulations() {
    }

    /** A fresh list of the built-in emulations, all sharing {@code state}. */
    public static List<Emulation> defaults(SandboxState state) {
        List<Emulation> list = new ArrayList<>();
        // one line per provider, e.g.: list.add(new VoipbinEmulation(state));
        list.add(new CallrEmulation(state));
        list.add(new CallrV2Emulation(state));
        list.add(new VoipbinEmulation(state));
        list.add(new TrackdriveEmulation(state));
        list.add(new TelmetricsEmulation(state));
        return list;
    }
}
