package dev.switchboard.examples;

import dev.switchboard.callr.CallrClient;
import dev.switchboard.telmetrics.TelmetricsClient;
import dev.switchboard.testkit.Sandbox;
import dev.switchboard.voipbin.VoipbinClient;
import dev.switchboard.testkit.SandboxCredentials;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The four APIs the tour can target, with their flags, environment variables and production base URLs (the
 * clients' own defaults, so {@code --help} shows what a client really uses).
 */
public enum Provider {

    CALLR("callr", "CALLR", CallrClient.DEFAULT_BASE_URL, Sandbox::callrBaseUrl,
            List.of(new Credential("api-key", "API_KEY", SandboxCredentials.CALLR_API_KEY),
                    new Credential("login", "LOGIN", SandboxCredentials.CALLR_LOGIN),
                    new Credential("password", "PASSWORD", SandboxCredentials.CALLR_PASSWORD))),
    VOIPBIN("voipbin", "VOIPBIN", VoipbinClient.DEFAULT_BASE_URL, Sandbox::voipbinBaseUrl,
            List.of(new Credential("token", "TOKEN", SandboxCredentials.VOIPBIN_TOKEN),
                    new Credential("accesskey", "ACCESSKEY", SandboxCredentials.VOIPBIN_ACCESSKEY))),
    // no shared host: each account has https://<subdomain>.trackdrive.com/api/v1, so the URL is required when live
    TRACKDRIVE("trackdrive", "TRACKDRIVE", null, Sandbox::trackdriveBaseUrl,
            List.of(new Credential("public-key", "PUBLIC_KEY", SandboxCredentials.TRACKDRIVE_PUBLIC_KEY),
                    new Credential("private-key", "PRIVATE_KEY", SandboxCredentials.TRACKDRIVE_PRIVATE_KEY),
                    // a developer access token (Authorization: Token <t>), alternative to the keys
                    new Credential("token", "TOKEN", SandboxCredentials.TRACKDRIVE_TOKEN),
                    // an offer/schedule lead token: authenticates lead submission (POST /leads)
                    new Credential("lead-token", "LEAD_TOKEN", SandboxCredentials.TRACKDRIVE_LEAD_TOKEN))),
    TELMETRICS("telmetrics", "TELMETRICS", TelmetricsClient.DEFAULT_BASE_URL, Sandbox::telmetricsBaseUrl,
            List.of(new Credential("token", "TOKEN", SandboxCredentials.TELMETRICS_TOKEN)));

    /**
     * One credential of a provider: its name (also the flag suffix, {@code --<provider>-<name>}), the environment
     * variable suffix ({@code <PROVIDER>_<ENV>}) and the value used against the sandbox.
     */
    public record Credential(String name, String envSuffix, String sandboxValue) {
    }

    private final String id;
    private final String envPrefix;
    private final String productionUrl;
    private final Function<Sandbox, String> sandboxUrl;
    private final List<Credential> credentials;

    Provider(String id, String envPrefix, String productionUrl, Function<Sandbox, String> sandboxUrl,
             List<Credential> credentials) {
        this.id = id;
        this.envPrefix = envPrefix;
        this.productionUrl = productionUrl;
        this.sandboxUrl = sandboxUrl;
        this.credentials = credentials;
    }

    /** The lower-case id used by {@code --only} and in flags, e.g. {@code voipbin}. */
    public String id() {
        return id;
    }

    /**
     * The provider's production base URL, the one its client defaults to; empty for TrackDrive, whose URL names
     * your account ({@code https://<subdomain>.trackdrive.com/api/v1}) and must be given.
     */
    public Optional<String> productionUrl() {
        return Optional.ofNullable(productionUrl);
    }

    public String sandboxUrl(Sandbox sandbox) {
        return sandboxUrl.apply(sandbox);
    }

    public List<Credential> credentials() {
        return credentials;
    }

    /** {@code --voipbin-url} */
    public String urlFlag() {
        return "--" + id + "-url";
    }

    /** {@code VOIPBIN_BASE_URL} */
    public String urlEnv() {
        return envPrefix + "_BASE_URL";
    }

    /** {@code --voipbin-token} */
    public String flag(Credential c) {
        return "--" + id + "-" + c.name();
    }

    /** {@code VOIPBIN_TOKEN} */
    public String env(Credential c) {
        return envPrefix + "_" + c.envSuffix();
    }

    /** The sandbox value of each credential, by name. */
    public Map<String, String> sandboxCredentials() {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        credentials.forEach(c -> m.put(c.name(), c.sandboxValue()));
        return Map.copyOf(m);
    }

    public static Provider byId(String id) {
        for (Provider p : values()) {
            if (p.id.equals(id.toLowerCase(Locale.ROOT))) {
                return p;
            }
        }
        return null;
    }
}
