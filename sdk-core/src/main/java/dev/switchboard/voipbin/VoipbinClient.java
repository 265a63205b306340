package dev.switchboard.voipbin;

import dev.switchboard.core.ApiClient;
import dev.switchboard.core.ClientOptions;
import dev.switchboard.core.Credentials;
import dev.switchboard.core.http.HttpTransport;
import dev.switchboard.core.http.ProviderProfile;
import java.util.Map;
import java.util.Objects;

/**
 * The VoIPBin API client ({@code https://api.voipbin.net/v1.0}). Thread-safe; create one per account and
 * {@link #close()} it when done (releases the SDK-owned connection pool and threads).
 *
 * <pre>{@code
 * try (VoipbinClient voipbin = VoipbinClient.fromEnv()) {           // VOIPBIN_TOKEN or VOIPBIN_ACCESSKEY
 *   Groupcall g = voipbin.groupcalls().create(GroupcallCreateRequest.builder()
 *       .source(Address.tel("+14155550100"))
 *       .addDestinations(Address.tel("+14155550101"), Address.tel("+14155550102"))
 *       .ringMethod(RingMethod.RING_ALL).answerMethod(AnswerMethod.HANGUP_OTHERS)
 *       .build());
 * }
 * }</pre>
 *
 * <p><b>Authentication.</b> Exactly one of: a JWT ({@link Builder#token}, sent as {@code Authorization: Bearer <jwt>})
 * or an access key ({@link Builder#accessKey}, sent as the query parameter {@code accesskey} on every request, the only
 * form VoIPBin accepts for access keys). Secrets never appear in {@link #toString()}, logs or exception messages.
 */
public final class VoipbinClient extends ApiClient {
  /** The production API root. */
  public static final String DEFAULT_BASE_URL = "https://api.voipbin.net/v1.0";
  /** Environment variable holding a JWT. */
  public static final String ENV_TOKEN = "VOIPBIN_TOKEN";
  /** Environment variable holding an access key (used when {@value #ENV_TOKEN} is not set). */
  public static final String ENV_ACCESSKEY = "VOIPBIN_ACCESSKEY";
  /** Optional environment variable overriding the base URL. */
  public static final String ENV_BASE_URL = "VOIPBIN_BASE_URL";

  /** The transport profile: name {@code voipbin}, the error envelope parser and the default base URL. */
  static final ProviderProfile PROFILE = ProviderProfile.builder("voipbin")
      .errorParser(VoipbinErrorParser.instance())
      .defaultBaseUrl(DEFAULT_BASE_URL)
      .build();

  private final GroupcallService groupcalls;
  private final String authDescription;

  private VoipbinClient(HttpTransport transport, String authDescription) {
    super(transport);
    this.groupcalls = new DefaultGroupcallService(transport);
    this.authDescription = authDescription;
  }

  /** Returns a builder; set a {@link Builder#token token} or an {@link Builder#accessKey access key}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client configured from the environment: {@value #ENV_TOKEN} (a JWT) or else {@value #ENV_ACCESSKEY}, and
   * optionally {@value #ENV_BASE_URL}.
   *
   * @throws IllegalStateException if neither {@value #ENV_TOKEN} nor {@value #ENV_ACCESSKEY} is set
   */
  public static VoipbinClient fromEnv() {
    return fromEnv(System.getenv());
  }

  /** {@link #fromEnv()} reading {@code env} instead of the process environment. */
  public static VoipbinClient fromEnv(Map<String, String> env) {
    Objects.requireNonNull(env, "env");
    Builder b = builder();
    String token = nonBlank(env.get(ENV_TOKEN));
    String accessKey = nonBlank(env.get(ENV_ACCESSKEY));
    if (token != null) {
      b.token(token);
    } else if (accessKey != null) {
      b.accessKey(accessKey);
    } else {
      throw new IllegalStateException("VoIPBin credentials missing: set " + ENV_TOKEN + " (a JWT) or "
          + ENV_ACCESSKEY + " (an access key); " + ENV_BASE_URL + " optionally overrides " + DEFAULT_BASE_URL);
    }
    String baseUrl = nonBlank(env.get(ENV_BASE_URL));
    if (baseUrl != null) {
      b.baseUrl(baseUrl);
    }
    return b.build();
  }

  private static String nonBlank(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  /** Groupcalls: create, list, get, delete, hang up. */
  public GroupcallService groupcalls() {
    return groupcalls;
  }

  /** {@code VoipbinClient{baseUrl=..., auth=Bearer ****}}: how it authenticates, never the secret. */
  @Override
  public String toString() {
    return "VoipbinClient{baseUrl=" + baseUrl() + ", auth=" + authDescription + "}";
  }

  /** Builds a {@link VoipbinClient}. */
  public static final class Builder {
    private String token;
    private String accessKey;
    private String baseUrl;
    private ClientOptions clientOptions = ClientOptions.builder().build();

    private Builder() {}

    /** Authenticate with a JWT, sent as {@code Authorization: Bearer <jwt>}. Excludes {@link #accessKey}. */
    public Builder token(String jwt) {
      this.token = dev.switchboard.models.Checks.printableAscii("token", requireSecret(jwt, "token"));
      return this;
    }

    /**
     * Authenticate with an access key, sent as the query parameter {@code ?accesskey=<key>} on every request (VoIPBin
     * has no header form for access keys). Excludes {@link #token}.
     */
    public Builder accessKey(String key) {
      this.accessKey = dev.switchboard.models.Checks.noControlCharacters("accessKey", requireSecret(key, "accessKey"));
      return this;
    }

    /** The API root including the version path; default {@value VoipbinClient#DEFAULT_BASE_URL}. */
    public Builder baseUrl(String baseUrl) {
      if (baseUrl == null || baseUrl.isBlank()) {
        throw new IllegalArgumentException("baseUrl must not be blank");
      }
      ClientOptions.builder().baseUrl(baseUrl); // validates now, naming the field
      this.baseUrl = baseUrl.trim();
      return this;
    }

    /**
     * Timeouts, retries, the OkHttpClient, a sleeper and so on. Its base URL is used unless {@link #baseUrl} is set;
     * its credentials are replaced by {@link #token}/{@link #accessKey} when one is set.
     */
    public Builder clientOptions(ClientOptions clientOptions) {
      this.clientOptions = Objects.requireNonNull(clientOptions, "clientOptions");
      return this;
    }

    /**
     * Returns the client.
     *
     * @throws IllegalStateException if both or neither of token and access key are set (and the client options carry
     *     no credentials)
     */
    public VoipbinClient build() {
      if (token != null && accessKey != null) {
        throw new IllegalStateException("set either token or accessKey, not both");
      }
      ClientOptions.Builder options = clientOptions.toBuilder();
      String auth;
      if (token != null) {
        options.credentials(Credentials.authorization("Bearer", token));
        auth = "Bearer ****";
      } else if (accessKey != null) {
        options.credentials(Credentials.queryParameter("accesskey", accessKey));
        auth = "?accesskey=****";
      } else if (!clientOptions.credentials().secrets().isEmpty()) {
        auth = clientOptions.credentials().toString();
      } else {
        throw new IllegalStateException("VoIPBin credentials missing: call token(jwt) or accessKey(key)");
      }
      if (baseUrl != null) {
        options.baseUrl(baseUrl);
      }
      return new VoipbinClient(new HttpTransport(options.build(), PROFILE), auth);
    }

    private static String requireSecret(String value, String field) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(field + " must not be blank");
      }
      return value.trim();
    }

    @Override
    public String toString() {
      return "VoipbinClient.Builder{token=" + (token == null ? "unset" : "****")
          + ", accessKey=" + (accessKey == null ? "unset" : "****") + ", baseUrl=" + baseUrl + "}";
    }
  }
}
