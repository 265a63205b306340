package dev.switchboard.callr.v2;

import dev.switchboard.core.ApiClient;
import dev.switchboard.core.ClientOptions;
import dev.switchboard.core.Credentials;
import dev.switchboard.core.http.HttpTransport;
import dev.switchboard.core.http.ProviderProfile;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Typed client of the CALLR REST API v2 (preview, {@code https://api.callr.com/v2.0}), the successor of the JSON-RPC
 * v1 API that {@link dev.switchboard.callr.CallrClient} speaks and that CALLR shuts down on 2027-06-30.
 *
 * <pre>{@code
 * try (CallrV2Client callr = CallrV2Client.builder().apiKey(System.getenv("CALLR_API_KEY")).build()) {
 *   SmsMessage sms = callr.sms().send(SmsSendRequest.builder().to("+33612345678").text("Hello").build());
 *   SmsMessage again = callr.sms().get(sms.sid().orElseThrow());
 * }
 * }</pre>
 *
 * <p><b>Authentication</b> [C: docs.callr.com/reference/authentication]: {@link Builder#apiKey} sends
 * {@code x-api-key: <key>}; {@link Builder#basic} sends Basic with the account SID and the API key;
 * {@link Builder#subAccount} sends Basic with a sub-account SID and the master account's API key, acting as that
 * sub-account. Existing v1 API keys work with v2 [C]. Secrets never appear in {@link #toString()}, logs or exception
 * messages.
 *
 * <p><b>Behaviour.</b> It shares the SDK's one runtime (transport, retry policy, error mapper, pager, JSON mapper).
 * Errors carry the v2 envelope {@code {"code", "message"}} (a string code; an empty or non-JSON body is kept raw) and
 * map to the exception hierarchy by status. Searches return a {@link V2SearchPage} over the
 * {@code {offset,total,hasMore,hits}} envelope. Dates are RFC 3339 {@link java.time.Instant}s; sids are validated as
 * 8 lowercase characters and E.164 numbers in paths are percent-encoded ({@code %2B}). Retry safety is declared per
 * operation in {@link V2Endpoint}: sending an SMS, starting a run, reserving and buying numbers are never retried
 * after an ambiguous failure.
 *
 * <p><b>Preview.</b> What is confirmed and what is inferred about each endpoint is listed in {@link V2Endpoint};
 * models say it per field. Webhook signature verification is not offered for v2 yet: the v2 scheme is not documented
 * (see {@link dev.switchboard.models.callr.v2.WebhookV2Event}). Thread-safe; {@link #close()} releases what the SDK
 * started.
 */
public final class CallrV2Client extends ApiClient {
  /** The production API root [C]. */
  public static final String DEFAULT_BASE_URL = "https://api.callr.com/v2.0";
  /** Environment variable holding the API key (the same key as v1). */
  public static final String ENV_API_KEY = "CALLR_API_KEY";
  /** Optional environment variable: with {@value #ENV_API_KEY}, authenticate with Basic as this account SID. */
  public static final String ENV_ACCOUNT_SID = "CALLR_ACCOUNT_SID";
  /** Optional environment variable: with {@value #ENV_API_KEY} (the master key), act as this sub-account. */
  public static final String ENV_SUBACCOUNT_SID = "CALLR_SUBACCOUNT_SID";
  /** Optional environment variable overriding the base URL ({@code CALLR_BASE_URL} is v1's). */
  public static final String ENV_BASE_URL = "CALLR_V2_BASE_URL";

  /** The transport profile: name {@code callr-v2}, the {@code {code, message}} parser, the default base URL. */
  static final ProviderProfile PROFILE = ProviderProfile.builder("callr-v2")
      .errorParser(CallrV2ErrorParser.instance())
      .defaultBaseUrl(DEFAULT_BASE_URL)
      .redactedKeys(Set.of("x-api-key"))
      .build();

  private final String auth;
  private final V2SystemService system;
  private final V2ActionsService actions;
  private final V2NumbersService numbers;
  private final V2NumberStoreService numberStore;
  private final V2SmsService sms;
  private final V2CallsService calls;
  private final V2TasksService tasks;
  private final V2AudioFilesService audioFiles;
  private final V2BillingService billing;

  private CallrV2Client(ClientOptions options, String auth) {
    super(new HttpTransport(options, PROFILE));
    this.auth = auth;
    V2Http http = new V2Http(transport());
    this.system = new V2SystemServiceImpl(http);
    this.actions = new V2ActionsServiceImpl(http);
    this.numbers = new V2NumbersServiceImpl(http);
    this.numberStore = new V2NumberStoreServiceImpl(http);
    this.sms = new V2SmsServiceImpl(http);
    this.calls = new V2CallsServiceImpl(http);
    this.tasks = new V2TasksServiceImpl(http);
    this.audioFiles = new V2AudioFilesServiceImpl(http);
    this.billing = new V2BillingServiceImpl(http);
  }

  /** Starts a builder: choose one of {@link Builder#apiKey}, {@link Builder#basic} or {@link Builder#subAccount}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client from the environment: {@value #ENV_API_KEY}, sent as {@code x-api-key}, or as the Basic password with
   * {@value #ENV_SUBACCOUNT_SID} (sub-account) or {@value #ENV_ACCOUNT_SID} (account) as user when one is set;
   * optional {@value #ENV_BASE_URL}.
   *
   * @throws IllegalStateException naming the variables when no API key is set
   */
  public static CallrV2Client fromEnv() {
    return fromEnv(System.getenv());
  }

  /** {@link #fromEnv()} reading {@code env} instead of the process environment. */
  public static CallrV2Client fromEnv(Map<String, String> env) {
    Objects.requireNonNull(env, "env");
    String key = blankToNull(env.get(ENV_API_KEY));
    if (key == null) {
      throw new IllegalStateException("CALLR v2 credentials not found: set " + ENV_API_KEY + " (optionally "
          + ENV_ACCOUNT_SID + " for Basic auth or " + ENV_SUBACCOUNT_SID + " to act as a sub-account; "
          + ENV_BASE_URL + " overrides " + DEFAULT_BASE_URL + ")");
    }
    Builder b = builder();
    String sub = blankToNull(env.get(ENV_SUBACCOUNT_SID));
    String account = blankToNull(env.get(ENV_ACCOUNT_SID));
    if (sub != null) {
      b.subAccount(sub, key);
    } else if (account != null) {
      b.basic(account, key);
    } else {
      b.apiKey(key);
    }
    String baseUrl = blankToNull(env.get(ENV_BASE_URL));
    if (baseUrl != null) {
      b.baseUrl(baseUrl);
    }
    return b.build();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  /** {@code GET /ping}. */
  public V2SystemService system() {
    return system;
  }

  /** {@code /actions}: Callr Actions scenarios (v1 apps, {@code actions.start}). */
  public V2ActionsService actions() {
    return actions;
  }

  /** {@code /numbers}: the account's phone numbers (v1 {@code did.*}). */
  public V2NumbersService numbers() {
    return numbers;
  }

  /** {@code /numbers/store}: buying numbers (v1 {@code did/areacode.*}, {@code did/store.*}). */
  public V2NumberStoreService numberStore() {
    return numberStore;
  }

  /** {@code /sms} (v1 {@code sms.*}). */
  public V2SmsService sms() {
    return sms;
  }

  /** {@code /calls/export} (v1 {@code cdr.export_async}). */
  public V2CallsService calls() {
    return calls;
  }

  /** {@code /tasks} (v1 {@code jobs.*}). */
  public V2TasksService tasks() {
    return tasks;
  }

  /** {@code /audio-files} (v1 media library). */
  public V2AudioFilesService audioFiles() {
    return audioFiles;
  }

  /** {@code /billing} (v1 {@code billing.get_prepaid_credit}, {@code list.destinations}). */
  public V2BillingService billing() {
    return billing;
  }

  @Override
  protected String describeExtra() {
    return ", auth=" + auth;
  }

  /** Builds a {@link CallrV2Client}. */
  public static final class Builder {
    private ClientOptions options = ClientOptions.builder().build();
    private Credentials credentials;
    private String auth;
    private String baseUrl;

    private Builder() {}

    /** Authenticate with {@code x-api-key: <apiKey>} [C]. */
    public Builder apiKey(String apiKey) {
      this.credentials = Credentials.header("x-api-key", required(apiKey, "apiKey"));
      this.auth = "api-key";
      return this;
    }

    /** Authenticate with {@code Authorization: Basic base64(accountSid:apiKey)} [C]. */
    public Builder basic(String accountSid, String apiKey) {
      this.credentials = Credentials.basic(required(accountSid, "accountSid"), required(apiKey, "apiKey"));
      this.auth = "basic";
      return this;
    }

    /**
     * Act as a sub-account: Basic with the sub-account SID as user and the <b>master</b> account's API key as
     * password [C].
     */
    public Builder subAccount(String subAccountSid, String masterApiKey) {
      this.credentials = Credentials.basic(required(subAccountSid, "subAccountSid"),
          required(masterApiKey, "masterApiKey"));
      this.auth = "sub-account";
      return this;
    }

    /** The API root including {@code /v2.0}; default {@value CallrV2Client#DEFAULT_BASE_URL}. */
    public Builder baseUrl(String baseUrl) {
      required(baseUrl, "baseUrl");
      ClientOptions.builder().baseUrl(baseUrl); // validates now, naming the field
      this.baseUrl = baseUrl.trim();
      return this;
    }

    /**
     * Timeouts, retries, OkHttp client, sleeper, User-Agent suffix. Credentials and base URL set on this builder
     * take precedence over those in {@code options}.
     */
    public Builder clientOptions(ClientOptions options) {
      this.options = Objects.requireNonNull(options, "options");
      return this;
    }

    /**
     * Builds the client.
     *
     * @throws IllegalStateException when no credentials were given (here or in {@code clientOptions})
     */
    public CallrV2Client build() {
      ClientOptions.Builder b = options.toBuilder();
      Credentials c = credentials;
      String description = auth;
      if (c == null) {
        if (options.credentials().equals(Credentials.none())) {
          throw new IllegalStateException(
              "CallrV2Client needs credentials: apiKey(..), basic(accountSid, apiKey) or subAccount(sid, masterKey)");
        }
        c = options.credentials();
        description = "custom";
      }
      b.credentials(new NumberPathCredentials(c));
      if (baseUrl != null) {
        b.baseUrl(baseUrl);
      }
      return new CallrV2Client(b.build(), description);
    }

    private static String required(String value, String field) {
      if (value == null) {
        throw new NullPointerException(field + ": is required");
      }
      if (value.isBlank()) {
        throw new IllegalArgumentException(field + ": must not be blank");
      }
      return value.trim();
    }

    @Override
    public String toString() {
      return "CallrV2Client.Builder{auth=" + auth + ", baseUrl=" + baseUrl + "}";
    }
  }
}
