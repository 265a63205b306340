package dev.switchboard.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.models.callr.HmacAlgorithm;
import dev.switchboard.webhooks.WebhookVerificationException;
import dev.switchboard.webhooks.WebhookVerifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Command-line webhook verifier: checks a captured CALLR or VoIPBin delivery against your secret.
 *
 * <pre>
 * verify-webhook --provider callr|voipbin --secret SECRET [--algorithm MD5|SHA1|SHA256|SHA512]
 *                --signature HEADER_VALUE [--file PATH]
 * </pre>
 *
 * <p>The body is read as raw bytes from {@code --file}, else from standard input. The secret may come from the
 * environment variable {@value #SECRET_ENV} instead of {@code --secret} (preferred: command lines are visible to other
 * users of the machine). {@code --signature} may be repeated (a repeated header). Exit status: 0 valid, 1 invalid,
 * 2 bad usage.
 */
public final class VerifyWebhook {

    /** Environment variable read when {@code --secret} is absent. */
    public static final String SECRET_ENV = "SWITCHBOARD_WEBHOOK_SECRET";

    static final int EXIT_VALID = 0;
    static final int EXIT_INVALID = 1;
    static final int EXIT_USAGE = 2;

    static final String USAGE = String.join(System.lineSeparator(),
            "usage: verify-webhook --provider callr|voipbin --secret SECRET [--algorithm MD5|SHA1|SHA256|SHA512]",
            "                      --signature HEADER_VALUE [--file PATH]",
            "  --provider   callr (X-CALLR-HmacSignature) or voipbin (X-VoIPBIN-Signature)",
            "  --secret     the hmac_secret / webhook_secret; if absent, read from $" + SECRET_ENV,
            "  --algorithm  CALLR hmac_algo, default SHA256 (VoIPBin is always SHA256)",
            "  --signature  the signature header value as received (repeatable)",
            "  --file       the raw body; if absent, the body is read from standard input",
            "exit status: 0 valid, 1 invalid, 2 bad usage");

    private static final ObjectMapper JSON = new ObjectMapper();

    private VerifyWebhook() {
    }

    /**
     * Runs the verifier and exits with its status.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /**
     * Runs the verifier with the process environment.
     *
     * @return 0 valid, 1 invalid, 2 bad usage
     */
    static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
        return run(args, stdin, out, err, System.getenv());
    }

    /**
     * Runs the verifier.
     *
     * @param env the environment ({@value #SECRET_ENV} is read from it)
     * @return 0 valid, 1 invalid, 2 bad usage
     */
    static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err, Map<String, String> env) {
        Map<String, String> options = new HashMap<>();
        List<String> signatures = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                out.println(USAGE);
                return EXIT_VALID;
            }
            String name;
            String value;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(2, eq);
                value = arg.substring(eq + 1);
            } else if (arg.startsWith("--")) {
                name = arg.substring(2);
                if (i + 1 >= args.length) {
                    return usage(err, "missing value for " + arg);
                }
                value = args[++i];
            } else {
                // not echoed: a stray positional argument may well be a secret
                return usage(err, "unexpected argument at position " + (i + 1));
            }
            switch (name) {
                case "signature":
                    signatures.add(value);
                    break;
                case "provider":
                case "secret":
                case "algorithm":
                case "file":
                    if (options.putIfAbsent(name, value) != null) {
                        return usage(err, "--" + name + " given more than once");
                    }
                    break;
                default:
                    return usage(err, "unknown option --" + name);
            }
        }

        String provider = options.get("provider");
        if (provider == null) {
            return usage(err, "missing --provider");
        }
        if (signatures.isEmpty()) {
            return usage(err, "missing --signature");
        }
        String secret = options.get("secret");
        if (secret == null) {
            secret = env.get(SECRET_ENV);
            if (secret == null || secret.isEmpty()) {
                return usage(err, "missing --secret (or $" + SECRET_ENV + ")");
            }
        }

        WebhookVerifier verifier;
        try {
            verifier = verifierFor(provider.toLowerCase(Locale.ROOT), options.get("algorithm"), secret);
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        } catch (WebhookVerificationException e) {
            return usage(err, e.reason() + " " + e.getMessage());
        }
        if (verifier == null) {
            return usage(err, "unknown provider '" + provider + "' (expected callr or voipbin)");
        }

        byte[] body;
        String file = options.get("file");
        try {
            body = file != null ? Files.readAllBytes(Path.of(file)) : stdin.readAllBytes();
        } catch (IOException | InvalidPathException e) {
            return usage(err, "cannot read " + (file != null ? "file '" + file + "'" : "standard input") + ": "
                    + e.getClass().getSimpleName());
        }

        try {
            verifier.verify(body, Map.of(verifier.signatureHeader(), signatures));
        } catch (WebhookVerificationException e) {
            out.println("invalid: " + e.reason() + " " + e.getMessage());
            return EXIT_INVALID;
        }
        out.println("valid" + describe(body));
        return EXIT_VALID;
    }

    private static WebhookVerifier verifierFor(String provider, String algorithm, String secret) {
        switch (provider) {
            case "callr":
                return WebhookVerifier.callr(
                        algorithm == null ? HmacAlgorithm.SHA256 : WebhookVerifier.supportedAlgorithm(algorithm), secret);
            case "voipbin":
                if (algorithm != null && WebhookVerifier.supportedAlgorithm(algorithm) != HmacAlgorithm.SHA256) {
                    throw new IllegalArgumentException("VoIPBin signs with SHA256 only");
                }
                return WebhookVerifier.voipbin(secret);
            default:
                return null;
        }
    }

    /** ": type=sms.mo event_id=..." when the body is a JSON object with those fields, else "". */
    private static String describe(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            return "";
        }
        if (root == null || !root.isObject()) {
            return "";
        }
        StringBuilder description = new StringBuilder();
        for (String field : new String[] {"type", "event_id"}) {
            JsonNode value = root.get(field);
            if (value != null && value.isValueNode() && !value.isNull()) {
                description.append(description.length() == 0 ? ": " : " ")
                        .append(field).append('=').append(value.asText().replaceAll("[\\p{Cntrl}\\s]", "?"));
            }
        }
        return description.toString();
    }

    private static int usage(PrintStream err, String problem) {
        err.println("verify-webhook: " + problem);
        err.println(USAGE);
        return EXIT_USAGE;
    }
}
