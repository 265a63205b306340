package dev.switchboard.core;

import dev.switchboard.core.http.HttpTransport;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * What the four provider clients ({@code CallrClient}, {@code VoipbinClient}, {@code TrackdriveClient},
 * {@code TelmetricsClient}) have in common: one {@link HttpTransport}, the options it was built from, and
 * {@link #close()}, which releases what the SDK started (never a user-supplied OkHttpClient). Clients are immutable
 * and thread-safe.
 */
public abstract class ApiClient implements AutoCloseable {
  private final HttpTransport transport;

  /** Creates a client over {@code transport}, which it owns and closes. */
  protected ApiClient(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /** The transport every operation of this client goes through. */
  protected final HttpTransport transport() {
    return transport;
  }

  /** The effective base URL (the API root including its version path). */
  public HttpUrl baseUrl() {
    return transport.baseUrl();
  }

  /** The options in use (base URL, credentials, timeouts, retries); {@code toString()} masks credentials. */
  public ClientOptions options() {
    return transport.options();
  }

  /** Releases the SDK-owned HTTP client and retry scheduler; idempotent. A user-supplied OkHttpClient is untouched. */
  @Override
  public void close() {
    transport.close();
  }

  /** {@code Name{baseUrl=..., credentials=****...}}; never a secret. */
  @Override
  public String toString() {
    return getClass().getSimpleName() + "{baseUrl=" + transport.baseUrl() + ", credentials="
        + transport.options().credentials() + describeExtra() + "}";
  }

  /** Extra {@code toString()} detail of a subclass (starting with {@code ", "}), never a secret. */
  protected String describeExtra() {
    return "";
  }
}
