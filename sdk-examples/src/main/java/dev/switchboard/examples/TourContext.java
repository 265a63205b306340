package dev.switchboard.examples;

import dev.switchboard.testkit.Sandbox;

import java.util.Map;
import java.util.Optional;

/**
 * What a {@link TourSection} gets: the configuration, the sandbox (when one runs), each provider's base URL and
 * credentials (the sandbox's, or the real ones for a live provider) and the printer.
 */
public final class TourContext {

    private final TourConfig config;
    private final Sandbox sandbox;
    private final TourPrinter printer;

    public TourContext(TourConfig config, Sandbox sandbox, TourPrinter printer) {
        this.config = config;
        this.sandbox = sandbox;
        this.printer = printer;
    }

    public TourConfig config() {
        return config;
    }

    /** The sandbox, absent when every selected provider is live and the sandbox section is not selected. */
    public Optional<Sandbox> sandbox() {
        return Optional.ofNullable(sandbox);
    }

    /** The sandbox, or an {@link IllegalStateException}. */
    public Sandbox requireSandbox() {
        if (sandbox == null) {
            throw new IllegalStateException("no sandbox is running");
        }
        return sandbox;
    }

    public TourPrinter printer() {
        return printer;
    }

    /** Whether {@code provider} is a real server (URL or credentials given) rather than the sandbox. */
    public boolean live(Provider provider) {
        return config.live(provider);
    }

    /** The base URL to use for {@code provider}: the live one, or the sandbox's mirror of it. */
    public String baseUrl(Provider provider) {
        if (live(provider)) {
            return config.settings(provider).liveBaseUrl();
        }
        return provider.sandboxUrl(requireSandbox());
    }

    /**
     * The credentials to use for {@code provider}, by {@link Provider.Credential#name() name} (e.g. {@code api-key},
     * {@code login}, {@code password}, {@code token}, {@code accesskey}, {@code public-key}, {@code private-key}):
     * the given ones for a live provider (possibly only some), all the sandbox ones otherwise.
     */
    public Map<String, String> credentials(Provider provider) {
        return live(provider) ? config.settings(provider).credentials() : provider.sandboxCredentials();
    }

    /** One credential (see {@link #credentials(Provider)}). */
    public Optional<String> credential(Provider provider, String name) {
        return Optional.ofNullable(credentials(provider).get(name));
    }
}
