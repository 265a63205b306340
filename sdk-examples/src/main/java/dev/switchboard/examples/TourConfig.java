package dev.switchboard.examples;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the tour runs against, from command-line flags and environment variables (a flag wins over its variable).
 *
 * <p>A provider is <em>live</em> when a base URL or any credential is given for it: the tour then calls that server
 * (the production URL when only credentials are given). Otherwise it is served by the in-process sandbox.
 * Immutable; {@link #toString()} masks secrets.
 */
public final class TourConfig {

    /** The section id of the sandbox section, selectable with {@code --only} like the provider ids. */
    public static final String SANDBOX = "sandbox";

    /** Thrown for a command line the tour does not understand; the message says why. */
    public static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        public UsageException(String message) {
            super(message);
        }
    }

    /** One provider's target: the explicit base URL (if any) and the credentials given (by credential name). */
    public record ProviderSettings(Provider provider, Optional<String> baseUrl, Map<String, String> credentials) {
        public ProviderSettings {
            credentials = Collections.unmodifiableMap(new LinkedHashMap<>(credentials));
        }

        /** Whether the tour targets a real server for this provider. */
        public boolean live() {
            return baseUrl.isPresent() || !credentials.isEmpty();
        }

        /** The explicit base URL, or the production one. Meaningful only when {@link #live()}. */
        public String liveBaseUrl() {
            return baseUrl.or(provider::productionUrl).orElseThrow(() -> new IllegalStateException(
                    provider.id() + " has no default URL"));
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(provider.id()).append('{');
            sb.append(live() ? "live " + liveBaseUrl() : "sandbox");
            credentials.keySet().forEach(k -> sb.append(", ").append(k).append("=****"));
            return sb.append('}').toString();
        }
    }

    private final boolean help;
    private final Set<String> only;
    private final Map<Provider, ProviderSettings> providers;

    private TourConfig(boolean help, Set<String> only, Map<Provider, ProviderSettings> providers) {
        this.help = help;
        this.only = Collections.unmodifiableSet(new LinkedHashSet<>(only));
        this.providers = Collections.unmodifiableMap(new EnumMap<>(providers));
    }

    /** The ids {@code --only} accepts, in tour order. */
    public static List<String> sectionIds() {
        List<String> ids = new ArrayList<>();
        ids.add(SANDBOX);
        for (Provider p : Provider.values()) {
            ids.add(p.id());
        }
        return List.copyOf(ids);
    }

    /** No flags, no environment: everything against the sandbox. */
    public static TourConfig defaults() {
        try {
            return parse(new String[0], Map.of());
        } catch (UsageException e) {
            throw new AssertionError(e);
        }
    }

    /** Parses {@code args} ({@code --flag value} or {@code --flag=value}) over {@code env}. */
    public static TourConfig parse(String[] args, Map<String, String> env) throws UsageException {
        Map<String, String> flags = new LinkedHashMap<>();
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
                continue;
            }
            if (!arg.startsWith("--")) {
                throw new UsageException("unexpected argument: " + arg);
            }
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            if (!knownValueFlags().contains(name)) {
                throw new UsageException("unknown option: " + name);
            }
            if (value == null) {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw new UsageException("option " + name + " needs a value");
                }
                value = args[++i];
            }
            flags.put(name, value);
        }

        Set<String> only = new LinkedHashSet<>(sectionIds());
        String onlyValue = flags.get("--only");
        if (onlyValue != null) {
            only.clear();
            for (String id : onlyValue.split(",")) {
                String trimmed = id.trim().toLowerCase(Locale.ROOT);
                if (trimmed.isEmpty()) {
                    continue;
                }
                if (!sectionIds().contains(trimmed)) {
                    throw new UsageException("--only: unknown section '" + id.trim() + "' (known: "
                            + String.join(",", sectionIds()) + ")");
                }
                only.add(trimmed);
            }
            if (only.isEmpty()) {
                throw new UsageException("--only needs at least one of " + String.join(",", sectionIds()));
            }
        }

        Map<Provider, ProviderSettings> providers = new EnumMap<>(Provider.class);
        for (Provider p : Provider.values()) {
            Optional<String> url = pick(flags.get(p.urlFlag()), env.get(p.urlEnv()));
            Map<String, String> creds = new LinkedHashMap<>();
            for (Provider.Credential c : p.credentials()) {
                pick(flags.get(p.flag(c)), env.get(p.env(c))).ifPresent(v -> creds.put(c.name(), v));
            }
            ProviderSettings settings = new ProviderSettings(p, url, creds);
            if (settings.live() && url.isEmpty() && p.productionUrl().isEmpty()) {
                throw new UsageException(p.id() + " has no default URL: give " + p.urlFlag() + " (or " + p.urlEnv()
                        + "), e.g. https://<subdomain>.trackdrive.com/api/v1");
            }
            providers.put(p, settings);
        }
        return new TourConfig(help, only, providers);
    }

    private static Optional<String> pick(String flag, String env) {
        if (flag != null && !flag.isBlank()) {
            return Optional.of(flag.trim());
        }
        return env == null || env.isBlank() ? Optional.empty() : Optional.of(env.trim());
    }

    private static Set<String> knownValueFlags() {
        Set<String> flags = new LinkedHashSet<>();
        flags.add("--only");
        for (Provider p : Provider.values()) {
            flags.add(p.urlFlag());
            p.credentials().forEach(c -> flags.add(p.flag(c)));
        }
        return flags;
    }

    /** The usage text printed by {@code --help}. */
    public static String usage() {
        StringBuilder sb = new StringBuilder();
        sb.append("Usage: Tour [options]\n\n");
        sb.append("Walks through the Switchboard SDK. Without options every provider is served by the in-process\n");
        sb.append("sandbox. Giving a provider's URL or credentials (flag or environment variable) targets that\n");
        sb.append("provider's real server instead.\n\n");
        sb.append("Options:\n");
        sb.append(String.format("  %-32s %s%n", "--only ID[,ID...]", "run only these sections: " + String.join(",", sectionIds())));
        sb.append(String.format("  %-32s %s%n", "-h, --help", "print this help and exit"));
        for (Provider p : Provider.values()) {
            sb.append(String.format("  %-32s %s%n", p.urlFlag() + " URL", "env " + p.urlEnv() + p.productionUrl()
                    .map(url -> " (default " + url + ")")
                    .orElse(" (no default: your account's https://<subdomain>.trackdrive.com/api/v1)")));
            for (Provider.Credential c : p.credentials()) {
                sb.append(String.format("  %-32s %s%n", p.flag(c) + " VALUE", "env " + p.env(c)));
            }
        }
        return sb.toString();
    }

    /** Whether {@code --help} was given. */
    public boolean help() {
        return help;
    }

    /** The selected section ids ({@code --only}), all by default. */
    public Set<String> only() {
        return only;
    }

    /** Whether the section with this id (a provider id or {@value #SANDBOX}) runs. */
    public boolean selected(String sectionId) {
        return only.contains(sectionId);
    }

    public ProviderSettings settings(Provider provider) {
        return providers.get(provider);
    }

    public boolean live(Provider provider) {
        return settings(provider).live();
    }

    @Override
    public String toString() {
        return "TourConfig{help=" + help + ", only=" + only + ", providers=" + providers.values() + "}";
    }
}
