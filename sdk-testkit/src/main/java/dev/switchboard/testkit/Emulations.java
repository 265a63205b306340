package dev.switchboard.testkit;

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
        list.add(new dev.switchboard.testkit.callr.CallrEmulation(state));
        return list;
    }
}
