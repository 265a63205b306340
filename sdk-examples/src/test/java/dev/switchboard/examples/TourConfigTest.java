package dev.switchboard.examples;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TourConfigTest {

    private static TourConfig parse(Map<String, String> env, String... args) throws TourConfig.UsageException {
        return TourConfig.parse(args, env);
    }

    @Test
    void noArgumentsNoEnvironmentMeansEverythingOnTheSandbox() throws Exception {
        TourConfig c = parse(Map.of());
        assertThat(c.help()).isFalse();
        assertThat(c.only()).containsExactly("sandbox", "callr", "voipbin", "trackdrive", "telmetrics");
        for (Provider p : Provider.values()) {
            assertThat(c.live(p)).as(p.id()).isFalse();
            assertThat(c.settings(p).credentials()).isEmpty();
        }
        assertThat(TourConfig.defaults().only()).isEqualTo(c.only());
    }

    @Test
    void environmentMakesProvidersLive() throws Exception {
        TourConfig c = parse(Map.of(
                "CALLR_API_KEY", "ck",
                "VOIPBIN_BASE_URL", "https://voipbin.example/v1.0",
                "TRACKDRIVE_PUBLIC_KEY", "pub", "TRACKDRIVE_PRIVATE_KEY", "priv",
                "TRACKDRIVE_BASE_URL", "https://acme.trackdrive.com/api/v1",
                "TELMETRICS_TOKEN", "  ",
                "CALLR_LOGIN", "me", "CALLR_PASSWORD", "pw"));
        assertThat(c.live(Provider.CALLR)).isTrue();
        assertThat(c.settings(Provider.CALLR).liveBaseUrl()).isEqualTo("https://api.callr.com/json-rpc/v1.1/");
        assertThat(c.settings(Provider.CALLR).credentials())
                .containsEntry("api-key", "ck").containsEntry("login", "me").containsEntry("password", "pw");
        assertThat(c.live(Provider.VOIPBIN)).isTrue();
        assertThat(c.settings(Provider.VOIPBIN).liveBaseUrl()).isEqualTo("https://voipbin.example/v1.0");
        assertThat(c.settings(Provider.VOIPBIN).credentials()).isEmpty();
        assertThat(c.settings(Provider.TRACKDRIVE).credentials())
                .containsOnly(Map.entry("public-key", "pub"), Map.entry("private-key", "priv"));
        assertThat(c.live(Provider.TELMETRICS)).as("blank variables count as unset").isFalse();
    }

    @Test
    void flagsOverrideEnvironmentInBothSpellings() throws Exception {
        TourConfig c = parse(Map.of("VOIPBIN_TOKEN", "from-env", "TELMETRICS_BASE_URL", "https://env/v3/api",
                        "VOIPBIN_ACCESSKEY", "ak-env"),
                "--voipbin-token", "from-flag",
                "--telmetrics-url=https://flag/v3/api",
                "--telmetrics-token", "tt",
                "--callr-url", "http://localhost:9999/json-rpc/v1.1/");
        assertThat(c.settings(Provider.VOIPBIN).credentials())
                .containsEntry("token", "from-flag").containsEntry("accesskey", "ak-env");
        assertThat(c.settings(Provider.TELMETRICS).liveBaseUrl()).isEqualTo("https://flag/v3/api");
        assertThat(c.settings(Provider.TELMETRICS).credentials()).containsEntry("token", "tt");
        assertThat(c.live(Provider.CALLR)).as("a URL alone makes a provider live").isTrue();
        assertThat(c.settings(Provider.CALLR).liveBaseUrl()).isEqualTo("http://localhost:9999/json-rpc/v1.1/");
        assertThat(c.live(Provider.TRACKDRIVE)).isFalse();
    }

    @Test
    void onlySelectsSections() throws Exception {
        TourConfig c = parse(Map.of(), "--only", "VoIPBin, sandbox,");
        assertThat(c.only()).containsExactly("voipbin", "sandbox");
        assertThat(c.selected("voipbin")).isTrue();
        assertThat(c.selected("callr")).isFalse();
        assertThatThrownBy(() -> parse(Map.of(), "--only", "twilio"))
                .isInstanceOf(TourConfig.UsageException.class).hasMessageContaining("twilio");
        assertThatThrownBy(() -> parse(Map.of(), "--only=,"))
                .isInstanceOf(TourConfig.UsageException.class);
    }

    @Test
    void helpIsAFlag() throws Exception {
        assertThat(parse(Map.of(), "--help").help()).isTrue();
        assertThat(parse(Map.of(), "-h", "--only", "callr").help()).isTrue();
        assertThat(TourConfig.usage())
                .contains("--only", "--callr-api-key", "CALLR_API_KEY", "--voipbin-accesskey", "VOIPBIN_ACCESSKEY",
                        "--trackdrive-private-key", "TRACKDRIVE_PRIVATE_KEY", "--telmetrics-token", "TELMETRICS_BASE_URL");
    }

    @Test
    void helpTellsTheTruthAboutDefaultUrls() {
        // each default shown is the one the provider's client has; TrackDrive's client has none (it needs the
        // account's subdomain), so the help says so and a live TrackDrive without a URL is a usage error
        assertThat(TourConfig.usage())
                .contains("(default https://api.callr.com/json-rpc/v1.1/)", "(default https://api.voipbin.net/v1.0)",
                        "(default https://api.telmetrics.com/v3/api)",
                        "(no default: your account's https://<subdomain>.trackdrive.com/api/v1)")
                .doesNotContain("https://trackdrive.com/api/v1");
        assertThatThrownBy(() -> parse(Map.of("TRACKDRIVE_TOKEN", "t")))
                .isInstanceOf(TourConfig.UsageException.class)
                .hasMessageContaining("trackdrive has no default URL: give --trackdrive-url (or TRACKDRIVE_BASE_URL)");
    }

    @Test
    void badCommandLinesAreRejected() {
        assertThatThrownBy(() -> parse(Map.of(), "--frobnicate"))
                .isInstanceOf(TourConfig.UsageException.class).hasMessage("unknown option: --frobnicate");
        assertThatThrownBy(() -> parse(Map.of(), "--callr-api-key"))
                .isInstanceOf(TourConfig.UsageException.class).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> parse(Map.of(), "--callr-api-key", "--help"))
                .isInstanceOf(TourConfig.UsageException.class).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> parse(Map.of(), "stray"))
                .isInstanceOf(TourConfig.UsageException.class).hasMessageContaining("stray");
    }

    @Test
    void toStringMasksSecrets() throws Exception {
        TourConfig c = parse(Map.of("TRACKDRIVE_PRIVATE_KEY", "sk_live_secret",
                        "TRACKDRIVE_BASE_URL", "https://acme.trackdrive.com/api/v1"),
                "--callr-api-key", "callr-secret", "--callr-password", "hunter2", "--voipbin-token", "eyJsecret");
        assertThat(c.toString())
                .doesNotContain("callr-secret", "hunter2", "eyJsecret", "sk_live_secret")
                .contains("api-key=****", "password=****", "token=****", "private-key=****",
                        "live https://api.callr.com/json-rpc/v1.1/", "telmetrics{sandbox}");
    }
}
