package dev.switchboard.trackdrive;

import dev.switchboard.core.ApiClient;
import dev.switchboard.core.ClientOptions;
import dev.switchboard.core.Credentials;
import dev.switchboard.core.http.HttpTransport;
import dev.switchboard.core.http.ProviderProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Client of the TrackDrive REST API ({@code https://<subdomain>.trackdrive.com/api/v1}). Thread-safe; create one per
 * account and {@link #close()} it when done (releases the SDK-owned HTTP client).
 *
 * <pre>{@code
 * try (TrackdriveClient td = TrackdriveClient.builder()
 *     .subdomain("acme")
 *     .keys(publicKey, privateKey)
 *     .build()) {
 *   LeadPage page = td.leads().list(LeadListParams.builder().perPage(100).build());
 * }
 * }</pre>
 *
 * <p>Authentication: {@link Builder#keys(String, String)} sends {@code Authorization: Basic base64(public:private)}
 * (TrackDrive's preferred method); {@link Builder#token(String)} sends {@code Authorization: Token <token>} (a
 * developer access token). A client without either is allowed: only lead submission
 * ({@link LeadService#create}), authenticated by the {@code lead_token} in its body, then works.
 * {@code toString()} never prints a key or token.
 */
public final class TrackdriveClient extends ApiClient {
  /** Environment variable of the public key. */
  public static final String ENV_PUBLIC_KEY = "TRACKDRIVE_PUBLIC_KEY";
  /** Environment variable of the private key. */
  public static final String ENV_PRIVATE_KEY = "TRACKDRIVE_PRIVATE_KEY";
  /** Environment variable of a developer access token (alternative to the keys). */
  public static final String ENV_TOKEN = "TRACKDRIVE_TOKEN";
  /** Environment variable of the account subdomain. */
  public static final String ENV_SUBDOMAIN = "TRACKDRIVE_SUBDOMAIN";
  /** Environment variable of a full base URL (overrides the subdomain). */
  public static final String ENV_BASE_URL = "TRACKDRIVE_BASE_URL";

  private static final Pattern SUBDOMAIN = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?");

  /** TrackDrive's transport profile: error parser, request-id header, lead tokens redacted from logs. */
  static final ProviderProfile PROFILE = ProviderProfile.builder("trackdrive")
      .errorParser(new TrackdriveErrorParser())
      .requestIdHeader("X-Request-Id")
      .redactedKeys(Set.of("lead_token", "offer_lead_token", "schedule_lead_token", "auth_token"))
      .build();

  private final LeadService leads;

  private TrackdriveClient(ClientOptions options) {
    super(new HttpTransport(options, PROFILE));
    this.leads = new LeadServiceImpl(transport());
  }

  /** Returns a builder; set {@link Builder#subdomain} or {@link Builder#baseUrl}, and keys or a token. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a client from the process environment: {@value #ENV_PUBLIC_KEY} and {@value #ENV_PRIVATE_KEY}, or
   * {@value #ENV_TOKEN}; and {@value #ENV_BASE_URL} or {@value #ENV_SUBDOMAIN}.
   *
   * @throws IllegalStateException naming every missing variable
   */
  public static TrackdriveClient fromEnv() {
    return fromEnv(System.getenv());
  }

  /** {@link #fromEnv()} reading the variables from {@code env} (tests, other configuration sources). */
  public static TrackdriveClient fromEnv(Map<String, String> env) {
    Objects.requireNonNull(env, "env");
    String publicKey = value(env, ENV_PUBLIC_KEY);
    String privateKey = value(env, ENV_PRIVATE_KEY);
    String token = value(env, ENV_TOKEN);
    String baseUrl = value(env, ENV_BASE_URL);
    String subdomain = value(env, ENV_SUBDOMAIN);
    List<String> missing = new ArrayList<>();
    if (baseUrl == null && subdomain == null) {
      missing.add(ENV_SUBDOMAIN + " (or " + ENV_BASE_URL + ")");
    }
    boolean keys = publicKey != null && privateKey != null;
    if (!keys && token == null) {
      if (publicKey != null) {
        missing.add(ENV_PRIVATE_KEY);
      } else if (privateKey != null) {
        missing.add(ENV_PUBLIC_KEY);
      } else {
        missing.add(ENV_PUBLIC_KEY + " and " + ENV_PRIVATE_KEY + " (or " + ENV_TOKEN + ")");
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException("TrackDrive client: missing environment variable(s): "
          + String.join(", ", missing));
    }
    Builder b = builder();
    if (baseUrl != null) {
      b.baseUrl(baseUrl);
    } else {
      b.subdomain(subdomain);
    }
    return (keys ? b.keys(publicKey, privateKey) : b.token(token)).build();
  }

  private static String value(Map<String, String> env, String name) {
    String v = env.get(name);
    return v == null || v.isBlank() ? null : v.trim();
  }

  /** Leads: list, submit, update, get. */
  public LeadService leads() {
    return leads;
  }

  /** Builds a {@link TrackdriveClient}. */
  public static final class Builder {
    private String publicKey;
    private String privateKey;
    private String token;
    private String subdomain;
    private String baseUrl;
    private ClientOptions clientOptions;

    private Builder() {}

    /** Basic authentication with the account's API keys: {@code Authorization: Basic base64(public:private)}. */
    public Builder keys(String publicKey, String privateKey) {
      this.publicKey = dev.switchboard.models.Checks.basicUser("publicKey", notBlank(publicKey, "publicKey"));
      this.privateKey = dev.switchboard.models.Checks.noControlCharacters("privateKey", notBlank(privateKey, "privateKey"));
      return this;
    }

    /** A developer access token: {@code Authorization: Token <token>}. */
    public Builder token(String token) {
      this.token = dev.switchboard.models.Checks.printableAscii("token", notBlank(token, "token"));
      return this;
    }

    /** The account subdomain: {@code acme} → {@code https://acme.trackdrive.com/api/v1}. */
    public Builder subdomain(String subdomain) {
      String s = notBlank(subdomain, "subdomain").trim().toLowerCase(Locale.ROOT);
      if (!SUBDOMAIN.matcher(s).matches()) {
        throw new IllegalArgumentException("subdomain must be letters, digits and inner hyphens: " + subdomain);
      }
      this.subdomain = s;
      return this;
    }

    /** The API root including {@code /api/v1} (sandbox, proxy); overrides {@link #subdomain(String)}. */
    public Builder baseUrl(String baseUrl) {
      ClientOptions.builder().baseUrl(baseUrl); // validates with the runtime's rules
      this.baseUrl = baseUrl.trim();
      return this;
    }

    /** Timeouts, retries, HTTP client, sleeper... Its base URL and credentials are used when not set here. */
    public Builder clientOptions(ClientOptions clientOptions) {
      this.clientOptions = Objects.requireNonNull(clientOptions, "clientOptions");
      return this;
    }

    /**
     * Builds the client.
     *
     * @throws IllegalStateException when no base URL can be determined, or both keys and a token are set
     */
    public TrackdriveClient build() {
      if (publicKey != null && token != null) {
        throw new IllegalStateException("TrackDrive client: set keys(...) or token(...), not both");
      }
      ClientOptions.Builder options =
          (clientOptions == null ? ClientOptions.builder().build() : clientOptions).toBuilder();
      if (publicKey != null) {
        options.credentials(Credentials.basic(publicKey, privateKey));
      } else if (token != null) {
        options.credentials(Credentials.authorization("Token", token));
      }
      if (baseUrl != null) {
        options.baseUrl(baseUrl);
      } else if (subdomain != null) {
        options.baseUrl("https://" + subdomain + ".trackdrive.com/api/v1");
      } else if (clientOptions == null || clientOptions.baseUrl().isEmpty()) {
        throw new IllegalStateException("TrackDrive client: set subdomain(...) or baseUrl(...)");
      }
      return new TrackdriveClient(options.build());
    }

    private static String notBlank(String value, String name) {
      Objects.requireNonNull(value, name + " must not be null");
      if (value.isBlank()) {
        throw new IllegalArgumentException(name + " must not be blank");
      }
      return value;
    }
  }
}
