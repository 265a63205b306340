package dev.switchboard.core;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Immutable configuration of one API client: where to send requests, how to authenticate, timeouts, retries and the
 * HTTP client to use. Build with {@link #builder()}; derive a variant with {@link #toBuilder()}.
 *
 * <p>When {@link #okHttpClient()} is supplied, the SDK derives its own client from it with
 * {@link OkHttpClient#newBuilder()} (sharing its connection pool and dispatcher, applying these timeouts, with
 * redirects, {@code retryOnConnectionFailure} and OkHttp's own follow-ups off, so that the SDK's retry policy is the
 * only one) and never shuts it down; {@link #maxConcurrentRequests()} then does not apply. {@code toString()} never
 * prints a secret.
 */
public final class ClientOptions {
  /** Default connect timeout: 10 s. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  /** Default read timeout: 30 s. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
  /** Default write timeout: 30 s. */
  public static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(30);
  /** Default timeout of one whole attempt: 60 s. */
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(60);
  /** Default number of retries after the first attempt: 2. */
  public static final int DEFAULT_MAX_RETRIES = 2;
  /** Default first backoff delay: 0.5 s. */
  public static final Duration DEFAULT_INITIAL_RETRY_DELAY = Duration.ofMillis(500);
  /** Default backoff cap: 8 s. */
  public static final Duration DEFAULT_MAX_RETRY_DELAY = Duration.ofSeconds(8);
  /** Default longest {@code Retry-After} the SDK waits for: 60 s. */
  public static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofSeconds(60);
  /** Default cap on one response body after decompression: 64 MiB. */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 64L * 1024 * 1024;
  /** Default number of requests one SDK-owned client runs at once: 64. */
  public static final int DEFAULT_MAX_CONCURRENT_REQUESTS = 64;
  /** Largest accepted {@link Builder#maxConcurrentRequests(int)}: 1000. */
  public static final int MAX_CONCURRENT_REQUESTS_LIMIT = 1000;

  private final HttpUrl baseUrl;
  private final Credentials credentials;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Duration writeTimeout;
  private final Duration callTimeout;
  private final int maxRetries;
  private final Duration initialRetryDelay;
  private final Duration maxRetryDelay;
  private final Duration maxRetryAfter;
  private final long maxResponseBytes;
  private final int maxConcurrentRequests;
  private final String userAgentSuffix;
  private final OkHttpClient okHttpClient;
  private final Clock clock;
  private final Sleeper sleeper;

  private ClientOptions(Builder b) {
    this.baseUrl = b.baseUrl;
    this.credentials = b.credentials;
    this.connectTimeout = b.connectTimeout;
    this.readTimeout = b.readTimeout;
    this.writeTimeout = b.writeTimeout;
    this.callTimeout = b.callTimeout;
    this.maxRetries = b.maxRetries;
    this.initialRetryDelay = b.initialRetryDelay;
    this.maxRetryDelay = b.maxRetryDelay;
    this.maxRetryAfter = b.maxRetryAfter;
    this.maxResponseBytes = b.maxResponseBytes;
    this.maxConcurrentRequests = b.maxConcurrentRequests;
    this.userAgentSuffix = b.userAgentSuffix;
    this.okHttpClient = b.okHttpClient;
    this.clock = b.clock;
    this.sleeper = b.sleeper;
  }

  /** Returns a builder with every default set and no base URL (the provider's default is used). */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised with these options. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The API root including the version path; empty means the provider's default. */
  public Optional<HttpUrl> baseUrl() {
    return Optional.ofNullable(baseUrl);
  }

  /** How requests authenticate; {@link Credentials#none()} by default. */
  public Credentials credentials() {
    return credentials;
  }

  /** TCP/TLS connect timeout. */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** Longest wait for response bytes. */
  public Duration readTimeout() {
    return readTimeout;
  }

  /** Longest wait while sending request bytes. */
  public Duration writeTimeout() {
    return writeTimeout;
  }

  /** Timeout of one complete attempt (connect, send, wait, read). */
  public Duration callTimeout() {
    return callTimeout;
  }

  /** Retries after the first attempt (0 disables retries). */
  public int maxRetries() {
    return maxRetries;
  }

  /** The first backoff delay; doubled per retry. */
  public Duration initialRetryDelay() {
    return initialRetryDelay;
  }

  /** Upper bound of the exponential backoff. */
  public Duration maxRetryDelay() {
    return maxRetryDelay;
  }

  /** Longest server-requested {@code Retry-After} honoured; longer requests fail at once. */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /**
   * The largest response body read, in bytes, counted after decompression. A larger body (a decompression bomb, an
   * endless stream) ends the call with an {@code InvalidResponseException} as soon as the cap is passed; the SDK
   * never buffers more than this plus one byte.
   */
  public long maxResponseBytes() {
    return maxResponseBytes;
  }

  /**
   * How many requests an SDK-owned client runs at once (OkHttp's {@code maxRequests} and {@code maxRequestsPerHost});
   * its async threads are bounded by it and reclaimed when idle. Further async calls wait in the dispatcher's queue.
   * Not applied to a user-supplied {@link #okHttpClient()}, whose dispatcher is kept as it is.
   */
  public int maxConcurrentRequests() {
    return maxConcurrentRequests;
  }

  /** The integrator's {@code name/version} appended to the User-Agent. */
  public Optional<String> userAgentSuffix() {
    return Optional.ofNullable(userAgentSuffix);
  }

  /** A user-supplied HTTP client (never closed by the SDK); empty means the SDK creates and owns one. */
  public Optional<OkHttpClient> okHttpClient() {
    return Optional.ofNullable(okHttpClient);
  }

  /** The clock used to interpret {@code Retry-After} dates. */
  public Clock clock() {
    return clock;
  }

  /** A custom sleeper; empty means the SDK's default. */
  public Optional<Sleeper> sleeper() {
    return Optional.ofNullable(sleeper);
  }

  @Override
  public String toString() {
    return "ClientOptions{baseUrl=" + baseUrl
        + ", credentials=" + credentials
        + ", connectTimeout=" + connectTimeout
        + ", readTimeout=" + readTimeout
        + ", writeTimeout=" + writeTimeout
        + ", callTimeout=" + callTimeout
        + ", maxRetries=" + maxRetries
        + ", initialRetryDelay=" + initialRetryDelay
        + ", maxRetryDelay=" + maxRetryDelay
        + ", maxRetryAfter=" + maxRetryAfter
        + ", maxResponseBytes=" + maxResponseBytes
        + ", maxConcurrentRequests=" + maxConcurrentRequests
        + ", userAgentSuffix=" + userAgentSuffix
        + ", okHttpClient=" + (okHttpClient == null ? "sdk-owned" : "user-supplied")
        + ", clock=" + clock
        + ", sleeper=" + (sleeper == null ? "default" : sleeper.getClass().getName())
        + "}";
  }

  /** Builds {@link ClientOptions}; every setter validates its argument and names the field when rejecting it. */
  public static final class Builder {
    private HttpUrl baseUrl;
    private Credentials credentials = Credentials.none();
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration readTimeout = DEFAULT_READ_TIMEOUT;
    private Duration writeTimeout = DEFAULT_WRITE_TIMEOUT;
    private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
    private int maxRetries = DEFAULT_MAX_RETRIES;
    private Duration initialRetryDelay = DEFAULT_INITIAL_RETRY_DELAY;
    private Duration maxRetryDelay = DEFAULT_MAX_RETRY_DELAY;
    private Duration maxRetryAfter = DEFAULT_MAX_RETRY_AFTER;
    private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
    private int maxConcurrentRequests = DEFAULT_MAX_CONCURRENT_REQUESTS;
    private String userAgentSuffix;
    private OkHttpClient okHttpClient;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper;

    private Builder() {}

    private Builder(ClientOptions o) {
      baseUrl = o.baseUrl;
      credentials = o.credentials;
      connectTimeout = o.connectTimeout;
      readTimeout = o.readTimeout;
      writeTimeout = o.writeTimeout;
      callTimeout = o.callTimeout;
      maxRetries = o.maxRetries;
      initialRetryDelay = o.initialRetryDelay;
      maxRetryDelay = o.maxRetryDelay;
      maxRetryAfter = o.maxRetryAfter;
      maxResponseBytes = o.maxResponseBytes;
      maxConcurrentRequests = o.maxConcurrentRequests;
      userAgentSuffix = o.userAgentSuffix;
      okHttpClient = o.okHttpClient;
      clock = o.clock;
      sleeper = o.sleeper;
    }

    /** The API root including the version path, for example {@code https://api.voipbin.net/v1.0/}. */
    public Builder baseUrl(HttpUrl baseUrl) {
      Checks.notNull(baseUrl, "baseUrl");
      if (baseUrl.query() != null || baseUrl.fragment() != null) {
        throw new IllegalArgumentException("baseUrl must not have a query or fragment");
      }
      this.baseUrl = baseUrl;
      return this;
    }

    /** The API root as a string; must be an absolute http or https URL. */
    public Builder baseUrl(String baseUrl) {
      Checks.notBlank(baseUrl, "baseUrl");
      HttpUrl parsed = HttpUrl.parse(baseUrl.trim());
      if (parsed == null) {
        throw new IllegalArgumentException("baseUrl is not an absolute http(s) URL");
      }
      return baseUrl(parsed);
    }

    /** How requests authenticate. */
    public Builder credentials(Credentials credentials) {
      this.credentials = Checks.notNull(credentials, "credentials");
      return this;
    }

    /** Connect timeout; zero means none. */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = Checks.nonNegative(connectTimeout, "connectTimeout");
      return this;
    }

    /** Read timeout; zero means none. */
    public Builder readTimeout(Duration readTimeout) {
      this.readTimeout = Checks.nonNegative(readTimeout, "readTimeout");
      return this;
    }

    /** Write timeout; zero means none. */
    public Builder writeTimeout(Duration writeTimeout) {
      this.writeTimeout = Checks.nonNegative(writeTimeout, "writeTimeout");
      return this;
    }

    /** Timeout of one whole attempt; zero means none. */
    public Builder callTimeout(Duration callTimeout) {
      this.callTimeout = Checks.nonNegative(callTimeout, "callTimeout");
      return this;
    }

    /** Retries after the first attempt, 0 to 10. */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0 || maxRetries > 10) {
        throw new IllegalArgumentException("maxRetries must be between 0 and 10: " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /** First backoff delay (positive). */
    public Builder initialRetryDelay(Duration initialRetryDelay) {
      this.initialRetryDelay = Checks.positive(initialRetryDelay, "initialRetryDelay");
      return this;
    }

    /** Backoff cap (positive). */
    public Builder maxRetryDelay(Duration maxRetryDelay) {
      this.maxRetryDelay = Checks.positive(maxRetryDelay, "maxRetryDelay");
      return this;
    }

    /** Longest {@code Retry-After} honoured (not negative). */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = Checks.nonNegative(maxRetryAfter, "maxRetryAfter");
      return this;
    }

    /** The largest response body read after decompression, in bytes (positive; default 64 MiB). */
    public Builder maxResponseBytes(long maxResponseBytes) {
      if (maxResponseBytes <= 0) {
        throw new IllegalArgumentException("maxResponseBytes must be positive: " + maxResponseBytes);
      }
      this.maxResponseBytes = maxResponseBytes;
      return this;
    }

    /**
     * Requests an SDK-owned client runs at once, 1 to 1000 (default 64); ignored for a user-supplied OkHttpClient,
     * whose dispatcher decides.
     */
    public Builder maxConcurrentRequests(int maxConcurrentRequests) {
      if (maxConcurrentRequests < 1 || maxConcurrentRequests > MAX_CONCURRENT_REQUESTS_LIMIT) {
        throw new IllegalArgumentException("maxConcurrentRequests must be between 1 and "
            + MAX_CONCURRENT_REQUESTS_LIMIT + ": " + maxConcurrentRequests);
      }
      this.maxConcurrentRequests = maxConcurrentRequests;
      return this;
    }

    /** The integrator's {@code name/version}, appended to the User-Agent; {@code null} removes it. */
    public Builder userAgentSuffix(String userAgentSuffix) {
      if (userAgentSuffix != null) {
        Checks.headerSafe(Checks.notBlank(userAgentSuffix, "userAgentSuffix"), "userAgentSuffix");
      }
      this.userAgentSuffix = userAgentSuffix;
      return this;
    }

    /** A user-supplied HTTP client, shared and never shut down by the SDK; {@code null} lets the SDK own one. */
    public Builder okHttpClient(OkHttpClient okHttpClient) {
      this.okHttpClient = okHttpClient;
      return this;
    }

    /** The clock used for {@code Retry-After} dates. */
    public Builder clock(Clock clock) {
      this.clock = Checks.notNull(clock, "clock");
      return this;
    }

    /** A custom sleeper (tests); {@code null} restores the default. */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = sleeper;
      return this;
    }

    /** Returns the immutable options. */
    public ClientOptions build() {
      if (initialRetryDelay.compareTo(maxRetryDelay) > 0) {
        throw new IllegalArgumentException("initialRetryDelay must not exceed maxRetryDelay");
      }
      return new ClientOptions(this);
    }
  }
}
