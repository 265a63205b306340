package dev.switchboard.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Vectors computed with OpenSSL 3.0.19, independently of the SDK:
 * <pre>
 * BODY='{"event_id":"evt_7f3a","try":0,"type":"sms.mo","data":{"from":"+33612345678","text":"Hello"}}'
 * printf '%s' "$BODY" | openssl dgst -sha256 -hmac 's3cr3t-hmac-key' -binary | base64 -w0
 * printf '%s' "$BODY" | openssl dgst -md5    -hmac 's3cr3t-hmac-key' -binary | base64 -w0
 * V='{"type":"groupcall_hangup","data":{"id":"3f1c"}}'
 * printf '%s' "$V" | openssl dgst -sha256 -hmac 's3cr3t-hmac-key'
 * </pre>
 */
class VerifyWebhookTest {

    private static final String BODY =
            "{\"event_id\":\"evt_7f3a\",\"try\":0,\"type\":\"sms.mo\",\"data\":{\"from\":\"+33612345678\",\"text\":\"Hello\"}}";
    private static final String SECRET = "s3cr3t-hmac-key";
    private static final String CALLR_SHA256 = "ui3tBEKVWnSUBQmH8zZC3XkyXfxIo8bc9ApDzjXCl3Y=";
    private static final String CALLR_MD5 = "2/u5yalzXi3CIKwa9Yp0nQ==";
    private static final String VOIPBIN_BODY = "{\"type\":\"groupcall_hangup\",\"data\":{\"id\":\"3f1c\"}}";
    private static final String VOIPBIN =
            "sha256=276c6cefaaa10533e3f57f3eaaeb95d0547c6dec69db93efc53ec01ed4a5fe34";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, Map<String, String> env, String... args) {
        return VerifyWebhook.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                env);
    }

    private int run(String stdin, String... args) {
        return run(stdin, Map.of(), args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void validCallrFromStdin() {
        int status = run(BODY, "--provider", "callr", "--secret", SECRET, "--signature", CALLR_SHA256);

        assertThat(status).isZero();
        assertThat(out()).isEqualTo("valid: type=sms.mo event_id=evt_7f3a" + System.lineSeparator());
        assertThat(err()).isEmpty();
    }

    @Test
    void validCallrFromFileWithAlgorithm() throws IOException {
        Path file = dir.resolve("body.json");
        Files.write(file, BODY.getBytes(StandardCharsets.UTF_8));

        int status = run("ignored", "--provider", "callr", "--secret", SECRET, "--algorithm", "md5",
                "--signature", CALLR_MD5, "--file", file.toString());

        assertThat(status).isZero();
        assertThat(out()).startsWith("valid: type=sms.mo event_id=evt_7f3a");
    }

    @Test
    void validVoipbinWithSecretFromEnvironment() {
        int status = run(VOIPBIN_BODY, Map.of("SWITCHBOARD_WEBHOOK_SECRET", SECRET),
                "--provider=voipbin", "--signature=" + VOIPBIN);

        assertThat(status).isZero();
        assertThat(out()).startsWith("valid: type=groupcall_hangup").doesNotContain("event_id");
    }

    @Test
    void validNonJsonBodyPrintsJustValid() {
        // printf '%s' 'plain text' | openssl dgst -sha256 -hmac 's3cr3t-hmac-key' -binary | base64 -w0
        int status = run("plain text", "--provider", "callr", "--secret", SECRET,
                "--signature", "M0XLN54MsaCf4y36uwLjnC/POXHwFE3uruJXAPQiMgY=");

        assertThat(status).as(out()).isZero();
        assertThat(out()).isEqualTo("valid" + System.lineSeparator());
    }

    @Test
    void repeatedSignatureFlagAcceptsAnyMatch() {
        int status = run(BODY, "--provider", "callr", "--secret", SECRET,
                "--signature", "bm90IGl0", "--signature", CALLR_SHA256);

        assertThat(status).isZero();
    }

    @Test
    void mismatchIsInvalid() {
        int status = run(BODY.replace("Hello", "Hullo"), "--provider", "callr", "--secret", SECRET,
                "--signature", CALLR_SHA256);

        assertThat(status).isEqualTo(1);
        assertThat(out()).startsWith("invalid: SIGNATURE_MISMATCH X-CALLR-HmacSignature does not match")
                .doesNotContain(SECRET);
        assertThat(err()).isEmpty();
    }

    @Test
    void wrongSecretFromFileIsInvalid() throws IOException {
        Path file = dir.resolve("body.json");
        Files.write(file, BODY.getBytes(StandardCharsets.UTF_8));

        int status = run("", "--provider", "callr", "--secret", "not-the-secret", "--signature", CALLR_SHA256,
                "--file", file.toString());

        assertThat(status).isEqualTo(1);
        assertThat(out()).startsWith("invalid: SIGNATURE_MISMATCH").doesNotContain("not-the-secret");
    }

    @Test
    void malformedSignatureIsInvalid() {
        int status = run(VOIPBIN_BODY, "--provider", "voipbin", "--secret", SECRET,
                "--signature", VOIPBIN.substring("sha256=".length()));

        assertThat(status).isEqualTo(1);
        assertThat(out()).startsWith("invalid: MALFORMED_HEADER X-VoIPBIN-Signature");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "--provider callr --secret s3cr3t-hmac-key --signature x --verbose",            // unknown flag
        "--provider callr --secret s3cr3t-hmac-key",                                    // missing --signature
        "--secret s3cr3t-hmac-key --signature x",                                       // missing --provider
        "--provider callr --signature x",                                               // missing secret
        "--provider twilio --secret s3cr3t-hmac-key --signature x",                     // unknown provider
        "--provider callr --secret s3cr3t-hmac-key --signature x --file /nonexistent/body.json",
        "--provider callr --secret short --signature x",                                // secret too short
        "--provider callr --secret s3cr3t-hmac-key --algorithm SHA384 --signature x",   // unsupported algorithm
        "--provider voipbin --secret s3cr3t-hmac-key --algorithm MD5 --signature x",
        "--provider callr --provider voipbin --secret s3cr3t-hmac-key --signature x",   // repeated flag
        "--provider callr --secret s3cr3t-hmac-key --signature x stray",                // positional argument
        "--provider callr --secret s3cr3t-hmac-key --signature",                        // flag without value
    })
    void badUsage(String commandLine) {
        int status = run(BODY, commandLine.split(" "));

        assertThat(status).isEqualTo(2);
        assertThat(out()).isEmpty();
        assertThat(err()).startsWith("verify-webhook: ").contains("usage: verify-webhook --provider callr|voipbin");
        assertThat(err()).doesNotContain(SECRET).doesNotContain("short\n");
    }

    @Test
    void badUsageMessages() {
        assertThat(run(BODY, "--provider", "callr", "--secret", SECRET, "--signature", "x", "--file",
                dir.resolve("missing.json").toString())).isEqualTo(2);
        assertThat(err()).contains("cannot read file").contains("missing.json");
    }

    @Test
    void emptySecretInEnvironmentCountsAsAbsent() {
        assertThat(run(BODY, Map.of("SWITCHBOARD_WEBHOOK_SECRET", ""), "--provider", "callr",
                "--signature", CALLR_SHA256)).isEqualTo(2);
        assertThat(err()).contains("missing --secret");
    }

    @Test
    void secretFlagWinsOverEnvironment() {
        int status = run(BODY, Map.of("SWITCHBOARD_WEBHOOK_SECRET", "some-other-secret"), "--provider", "callr",
                "--secret", SECRET, "--signature", CALLR_SHA256);

        assertThat(status).isZero();
    }

    @Test
    void helpPrintsUsage() {
        assertThat(run("", "--help")).isZero();
        assertThat(out()).contains("exit status: 0 valid, 1 invalid, 2 bad usage");
    }
}
