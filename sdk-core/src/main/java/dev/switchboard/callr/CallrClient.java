package dev.switchboard.callr;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.switchboard.core.ApiClient;
import dev.switchboard.core.ClientOptions;
import dev.switchboard.core.Credentials;
import dev.switchboard.core.RequestOptions;
import dev.switchboard.core.http.HttpTransport;
import dev.switchboard.core.http.ProviderProfile;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Typed client of the CALLR JSON-RPC API v1.1 ({@code POST https://api.callr.com/json-rpc/v1.1/}).
 *
 * <pre>{@code
 * try (CallrClient callr = CallrClient.fromEnv()) {
 *   String hash = callr.sms().send(SmsSendParams.builder().sender("SMS").to("+33612345678").body("Hi").build());
 *   Sms sms = callr.sms().get(hash);
 * }
 * }</pre>
 *
 * <p>Thread-safe; one per application. Every service is an interface (mockable). Reads are retried after 5xx,
 * timeouts and dropped connections; writes ({@code sms.send}, {@code calls.*}, {@code did/store.reserve}, ...) are
 * never retried once the request may have reached the server. JSON-RPC errors become
 * {@link dev.switchboard.core.errors.ApiException}s whatever the HTTP status (200, 401, 500), with the CALLR code (as a
 * string), message and data. {@code close()} releases the SDK-owned HTTP resources.
 */
public final class CallrClient extends ApiClient {
  /** The production endpoint. */
  public static final String DEFAULT_BASE_URL = "https://api.callr.com/json-rpc/v1.1/";

  /**
   * The transport profile. Secret positional params (docs/CALLR-METHODS.md): the refresh token of
   * {@code session.refresh} and the reservation token of {@code did/store.view_order}, {@code buy_order} and
   * {@code cancel_order}; secrets inside object params ({@code hmac_secret}, REALTIME10 {@code password}) are masked
   * by name.
   */
  static final ProviderProfile PROFILE = ProviderProfile.builder("callr")
      .errorParser(CallrErrorParser.INSTANCE)
      .secretParams(SessionsServiceImpl.REFRESH.name, 0)
      .secretParams(DidStoreServiceImpl.VIEW_ORDER.name, 0)
      .secretParams(DidStoreServiceImpl.BUY_ORDER.name, 0)
      .secretParams(DidStoreServiceImpl.CANCEL_ORDER.name, 0)
      .defaultBaseUrl(DEFAULT_BASE_URL)
      .build();

  private final CallrRpc rpc;
  private final LoginAs loginAs;
  private final SmsService sms;
  private final CallsService calls;
  private final ClickToCallService clickToCall;
  private final AppsService apps;
  private final DidService did;
  private final DidAreaCodesService didAreaCodes;
  private final DidStoreService didStore;
  private final MediaService media;
  private final MediaLibraryService mediaLibrary;
  private final MediaTtsService mediaTts;
  private final MediaEmailService mediaEmail;
  private final MediaRecordingsService mediaRecordings;
  private final CdrService cdr;
  private final BillingService billing;
  private final ListsService lists;
  private final SystemService system;
  private final JobsService jobs;
  private final ApiKeysService apiKeys;
  private final SessionsService sessions;
  private final WebhooksService webhooks;

  private CallrClient(ClientOptions options, LoginAs loginAs) {
    super(new HttpTransport(options, PROFILE));
    this.loginAs = loginAs;
    this.rpc = new CallrRpc(transport(), loginAs);
    this.sms = new SmsServiceImpl(rpc);
    this.calls = new CallsServiceImpl(rpc);
    this.clickToCall = new ClickToCallServiceImpl(rpc);
    this.apps = new AppsServiceImpl(rpc);
    this.did = new DidServiceImpl(rpc);
    this.didAreaCodes = new DidAreaCodesServiceImpl(rpc);
    this.didStore = new DidStoreServiceImpl(rpc);
    this.media = new MediaServiceImpl(rpc);
    this.mediaLibrary = new MediaLibraryServiceImpl(rpc);
    this.mediaTts = new MediaTtsServiceImpl(rpc);
    this.mediaEmail = new MediaEmailServiceImpl(rpc);
    this.mediaRecordings = new MediaRecordingsServiceImpl(rpc);
    this.cdr = new CdrServiceImpl(rpc);
    this.billing = new BillingServiceImpl(rpc);
    this.lists = new ListsServiceImpl(rpc);
    this.system = new SystemServiceImpl(rpc);
    this.jobs = new JobsServiceImpl(rpc);
    this.apiKeys = new ApiKeysServiceImpl(rpc);
    this.sessions = new SessionsServiceImpl(rpc);
    this.webhooks = new WebhooksServiceImpl(rpc);
  }

  /** Starts a builder: choose one of {@code apiKey}, {@code login} or {@code sessionToken}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client from the environment: {@code CALLR_API_KEY}, or {@code CALLR_LOGIN} and {@code CALLR_PASSWORD};
   * optional {@code CALLR_BASE_URL}.
   *
   * @throws IllegalStateException naming the variables when no credentials are set
   */
  public static CallrClient fromEnv() {
    return fromEnv(System.getenv());
  }

  /** {@link #fromEnv()} reading from {@code env} (for tests and custom sources). */
  public static CallrClient fromEnv(Map<String, String> env) {
    Objects.requireNonNull(env, "env");
    Builder b = builder();
    String apiKey = blankToNull(env.get("CALLR_API_KEY"));
    String login = blankToNull(env.get("CALLR_LOGIN"));
    String password = env.get("CALLR_PASSWORD");
    if (apiKey != null) {
      b.apiKey(apiKey);
    } else if (login != null && password != null && !password.isEmpty()) {
      b.login(login, password);
    } else {
      throw new IllegalStateException("CALLR credentials not found: set CALLR_API_KEY, or CALLR_LOGIN and "
          + "CALLR_PASSWORD (optional CALLR_BASE_URL, default " + DEFAULT_BASE_URL + ")");
    }
    String baseUrl = blankToNull(env.get("CALLR_BASE_URL"));
    if (baseUrl != null) {
      b.baseUrl(baseUrl);
    }
    return b.build();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  /** {@code sms.*}. */
  public SmsService sms() {
    return sms;
  }

  /** {@code calls.*} and {@code dialr/call.realtime}. */
  public CallsService calls() {
    return calls;
  }

  /** {@code clicktocall/calls.*}. */
  public ClickToCallService clickToCall() {
    return clickToCall;
  }

  /** {@code apps.*}. */
  public AppsService apps() {
    return apps;
  }

  /** {@code did.*}. */
  public DidService did() {
    return did;
  }

  /** {@code did/areacode.*}. */
  public DidAreaCodesService didAreaCodes() {
    return didAreaCodes;
  }

  /** {@code did/store.*}. */
  public DidStoreService didStore() {
    return didStore;
  }

  /** {@code media.*}. */
  public MediaService media() {
    return media;
  }

  /** {@code media/library.*}. */
  public MediaLibraryService mediaLibrary() {
    return mediaLibrary;
  }

  /** {@code media/tts.*}. */
  public MediaTtsService mediaTts() {
    return mediaTts;
  }

  /** {@code media/email.*}. */
  public MediaEmailService mediaEmail() {
    return mediaEmail;
  }

  /** {@code media/recording.*} (unverified names). */
  public MediaRecordingsService mediaRecordings() {
    return mediaRecordings;
  }

  /** {@code cdr.*}. */
  public CdrService cdr() {
    return cdr;
  }

  /** {@code billing.*}. */
  public BillingService billing() {
    return billing;
  }

  /** {@code list.*}. */
  public ListsService lists() {
    return lists;
  }

  /** {@code system.*}. */
  public SystemService system() {
    return system;
  }

  /** {@code jobs.*}. */
  public JobsService jobs() {
    return jobs;
  }

  /** {@code api-key.*}. */
  public ApiKeysService apiKeys() {
    return apiKeys;
  }

  /** {@code session.*}. */
  public SessionsService sessions() {
    return sessions;
  }

  /** {@code webhooks.*}. */
  public WebhooksService webhooks() {
    return webhooks;
  }

  /** Calls any method (not idempotent: never retried once sent) and reads its result as {@code resultType}. */
  public <T> T call(String method, List<?> params, Class<T> resultType) {
    return call(method, params, resultType, false, RequestOptions.none());
  }

  /** Calls any method and reads its result as {@code resultType}; {@code idempotent} enables retries. */
  public <T> T call(String method, List<?> params, Class<T> resultType, boolean idempotent, RequestOptions options) {
    return rpc.call(generic(method, idempotent, CallrResults.of(Objects.requireNonNull(resultType, "resultType"))),
        paramList(params), options);
  }

  /** Calls any method (not idempotent) and reads its result as {@code resultType}. */
  public <T> T call(String method, List<?> params, TypeReference<T> resultType) {
    return call(method, params, resultType, false, RequestOptions.none());
  }

  /** Calls any method and reads its result as {@code resultType}; {@code idempotent} enables retries. */
  public <T> T call(String method, List<?> params, TypeReference<T> resultType, boolean idempotent,
      RequestOptions options) {
    return rpc.call(generic(method, idempotent, CallrResults.of(Objects.requireNonNull(resultType, "resultType"))),
        paramList(params), options);
  }

  /** Asynchronous {@link #call(String, List, Class, boolean, RequestOptions)}. */
  public <T> CompletableFuture<T> callAsync(String method, List<?> params, Class<T> resultType, boolean idempotent,
      RequestOptions options) {
    return rpc.callAsync(generic(method, idempotent, CallrResults.of(Objects.requireNonNull(resultType,
        "resultType"))), paramList(params), options);
  }

  /** Asynchronous {@link #call(String, List, TypeReference, boolean, RequestOptions)}. */
  public <T> CompletableFuture<T> callAsync(String method, List<?> params, TypeReference<T> resultType,
      boolean idempotent, RequestOptions options) {
    return rpc.callAsync(generic(method, idempotent, CallrResults.of(Objects.requireNonNull(resultType,
        "resultType"))), paramList(params), options);
  }

  private static <T> CallrMethod<T> generic(String method, boolean idempotent, CallrResults.Reader<T> reader) {
    CallrRpc.required(method, "method");
    return CallrMethod.of(method, idempotent, reader);
  }

  private static List<?> paramList(List<?> params) {
    return params == null ? List.of() : params;
  }

  @Override
  protected String describeExtra() {
    return loginAs == null ? "" : ", " + loginAs;
  }

  /** Builds a {@link CallrClient}. */
  public static final class Builder {
    private ClientOptions options = ClientOptions.builder().build();
    private Credentials credentials;
    private String baseUrl;
    private LoginAs loginAs;

    private Builder() {}

    /** {@code Authorization: Api-Key <key>}. */
    public Builder apiKey(String apiKey) {
      this.credentials = Credentials.authorization("Api-Key",
          dev.switchboard.models.Checks.printableAscii("apiKey", CallrRpc.required(apiKey, "apiKey")));
      return this;
    }

    /** {@code Authorization: Basic base64(login:password)}. */
    public Builder login(String login, String password) {
      this.credentials = Credentials.basic(
          dev.switchboard.models.Checks.basicUser("login", CallrRpc.required(login, "login")),
          dev.switchboard.models.Checks.noControlCharacters("password", password));
      return this;
    }

    /** {@code Authorization: Session <token>} (a token from {@code session.create}). */
    public Builder sessionToken(String token) {
      this.credentials = Credentials.authorization("Session",
          dev.switchboard.models.Checks.printableAscii("sessionToken", CallrRpc.required(token, "sessionToken")));
      return this;
    }

    /** Impersonation header {@code CALLR-Login-As}; {@code null} removes it. */
    public Builder loginAs(LoginAs loginAs) {
      this.loginAs = loginAs;
      return this;
    }

    /** The endpoint, default {@value CallrClient#DEFAULT_BASE_URL}; {@code http://} URLs work too. */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = CallrRpc.required(baseUrl, "baseUrl");
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
    public CallrClient build() {
      ClientOptions.Builder b = options.toBuilder();
      if (credentials != null) {
        b.credentials(credentials);
      } else if (options.credentials().equals(Credentials.none())) {
        throw new IllegalStateException(
            "CallrClient needs credentials: apiKey(..), login(..) or sessionToken(..)");
      }
      if (baseUrl != null) {
        b.baseUrl(baseUrl);
      }
      return new CallrClient(b.build(), loginAs);
    }
  }
}
