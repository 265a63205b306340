package dev.switchboard.telmetrics;

import dev.switchboard.core.ApiClient;
import dev.switchboard.core.ClientOptions;
import dev.switchboard.core.Credentials;
import dev.switchboard.core.http.HttpTransport;
import dev.switchboard.core.http.ProviderProfile;
import java.util.Map;
import java.util.Objects;

/**
 * Client of the Telmetrics v3 REST API ({@code https://api.telmetrics.com/v3/api}). Thread-safe; create one per
 * organization and {@link #close()} it when done.
 *
 * <pre>{@code
 * try (TelmetricsClient tm = TelmetricsClient.builder().organizationToken(token).build()) {
 *   Group g = tm.groups().create(GroupCreateRequest.builder().name("Spring campaign")
 *       .timeZone(GroupTimeZone.EASTERN).build());
 * }
 * }</pre>
 *
 * <p>Authentication: header {@code x-organization-token: <token>} (tokens are created by an Administrator in the
 * Ordering Portal, Settings → API Access). {@code toString()} never prints the token.
 */
public final class TelmetricsClient extends ApiClient {
  /** The production base URL. */
  public static final String DEFAULT_BASE_URL = "https://api.telmetrics.com/v3/api";
  /** Environment variable of the organization token. */
  public static final String ENV_TOKEN = "TELMETRICS_TOKEN";
  /** Environment variable of an alternative base URL (optional). */
  public static final String ENV_BASE_URL = "TELMETRICS_BASE_URL";
  /** The authentication header. */
  static final String TOKEN_HEADER = "x-organization-token";

  /** Telmetrics' transport profile: unknown error format (status + raw body), production base URL. */
  static final ProviderProfile PROFILE = ProviderProfile.builder("telmetrics")
      .errorParser(new TelmetricsErrorParser())
      .defaultBaseUrl(DEFAULT_BASE_URL)
      .build();

  private final GroupService groups;

  private TelmetricsClient(ClientOptions options) {
    super(new HttpTransport(options, PROFILE));
    this.groups = new GroupServiceImpl(transport());
  }

  /** Returns a builder; {@link Builder#organizationToken(String)} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a client from the process environment: {@value #ENV_TOKEN} (required) and {@value #ENV_BASE_URL}
   * (optional).
   *
   * @throws IllegalStateException naming the missing variable
   */
  public static TelmetricsClient fromEnv() {
    return fromEnv(System.getenv());
  }

  /** {@link #fromEnv()} reading the variables from {@code env}. */
  public static TelmetricsClient fromEnv(Map<String, String> env) {
    Objects.requireNonNull(env, "env");
    String token = env.get(ENV_TOKEN);
    if (token == null || token.isBlank()) {
      throw new IllegalStateException("Telmetrics client: missing environment variable(s): " + ENV_TOKEN);
    }
    Builder b = builder().organizationToken(token.trim());
    String baseUrl = env.get(ENV_BASE_URL);
    if (baseUrl != null && !baseUrl.isBlank()) {
      b.baseUrl(baseUrl);
    }
    return b.build();
  }

  /** Number groups: create, list, get, update. */
  public GroupService groups() {
    return groups;
  }

  /** Builds a {@link TelmetricsClient}. */
  public static final class Builder {
    private String token;
    private String baseUrl;
    private ClientOptions clientOptions;

    private Builder() {}

    /** The organization's API token, sent as {@code x-organization-token}. */
    public Builder organizationToken(String token) {
      Objects.requireNonNull(token, "token must not be null");
      if (token.isBlank()) {
        throw new IllegalArgumentException("token must not be blank");
      }
      this.token = dev.switchboard.models.Checks.printableAscii("token", token);
      return this;
    }

    /** Another API root including {@code /v3/api} (sandbox, proxy); default {@value #DEFAULT_BASE_URL}. */
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
     * @throws IllegalStateException when no organization token is set (here or in the client options)
     */
    public TelmetricsClient build() {
      ClientOptions.Builder options =
          (clientOptions == null ? ClientOptions.builder().build() : clientOptions).toBuilder();
      if (token != null) {
        options.credentials(Credentials.header(TOKEN_HEADER, token));
      } else if (clientOptions == null || clientOptions.credentials().secrets().isEmpty()) {
        throw new IllegalStateException("Telmetrics client: organizationToken(...) is required");
      }
      if (baseUrl != null) {
        options.baseUrl(baseUrl);
      }
      return new TelmetricsClient(options.build());
    }
  }
}
