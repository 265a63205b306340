package dev.switchboard.core.http;

import dev.switchboard.core.errors.ErrorParser;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;

/**
 * What the transport needs to know about one provider: its name (for logs and messages), its error envelope
 * parser, the response header carrying a request id, extra keys to redact, and its default base URL.
 */
public final class ProviderProfile {
  private final String name;
  private final ErrorParser errorParser;
  private final String requestIdHeader;
  private final Set<String> redactedKeys;
  private final HttpUrl defaultBaseUrl;

  private ProviderProfile(Builder b) {
    this.name = b.name;
    this.errorParser = b.errorParser;
    this.requestIdHeader = b.requestIdHeader;
    java.util.Set<String> keys = new java.util.LinkedHashSet<>(b.redactedKeys);
    keys.addAll(b.secretParams);
    this.redactedKeys = Set.copyOf(keys);
    this.defaultBaseUrl = b.defaultBaseUrl;
  }

  /** Starts a profile for provider {@code name} (lower case, for example {@code callr}). */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** Provider name, for example {@code voipbin}. */
  public String name() {
    return name;
  }

  /** Parser for the provider's error envelope. */
  public ErrorParser errorParser() {
    return errorParser;
  }

  /** Response header holding the request id, if the provider sends one. */
  public Optional<String> requestIdHeader() {
    return Optional.ofNullable(requestIdHeader);
  }

  /**
   * Extra header, query or JSON keys (lower case) redacted from logs, beyond the built-in list, and the secret
   * JSON-RPC positional params declared with {@link Builder#secretParams}, written {@code method[index]} (what
   * {@link Redactor} reads).
   */
  public Set<String> redactedKeys() {
    return redactedKeys;
  }

  /** Base URL used when {@code ClientOptions.baseUrl()} is empty. */
  public Optional<HttpUrl> defaultBaseUrl() {
    return Optional.ofNullable(defaultBaseUrl);
  }

  @Override
  public String toString() {
    return "ProviderProfile{" + name + "}";
  }

  /** Builds a {@link ProviderProfile}. */
  public static final class Builder {
    private final String name;
    private ErrorParser errorParser = ErrorParser.none();
    private String requestIdHeader;
    private Set<String> redactedKeys = Set.of();
    private final Set<String> secretParams = new java.util.LinkedHashSet<>();
    private HttpUrl defaultBaseUrl;

    private Builder(String name) {
      Objects.requireNonNull(name, "name");
      if (name.isBlank()) {
        throw new IllegalArgumentException("name must not be blank");
      }
      this.name = name;
    }

    /** The provider's error envelope parser. */
    public Builder errorParser(ErrorParser errorParser) {
      this.errorParser = Objects.requireNonNull(errorParser, "errorParser");
      return this;
    }

    /** The response header carrying a request id, or {@code null}. */
    public Builder requestIdHeader(String requestIdHeader) {
      this.requestIdHeader = requestIdHeader;
      return this;
    }

    /** Extra keys to redact (case-insensitive). */
    public Builder redactedKeys(Set<String> redactedKeys) {
      Objects.requireNonNull(redactedKeys, "redactedKeys");
      this.redactedKeys = redactedKeys.stream()
          .map(k -> Objects.requireNonNull(k, "redactedKeys element").toLowerCase(Locale.ROOT))
          .collect(Collectors.toUnmodifiableSet());
      return this;
    }

    /**
     * Declares positional params of JSON-RPC {@code method} that carry a secret (CALLR {@code session.refresh}
     * param 0, the refresh token): the {@link Redactor} masks them in logged request bodies. Repeatable.
     */
    public Builder secretParams(String method, int... indexes) {
      Objects.requireNonNull(method, "method");
      if (method.isBlank()) {
        throw new IllegalArgumentException("method must not be blank");
      }
      for (int index : indexes) {
        if (index < 0) {
          throw new IllegalArgumentException("index must not be negative: " + index);
        }
        secretParams.add(method.toLowerCase(Locale.ROOT) + "[" + index + "]");
      }
      return this;
    }

    /** The default API root. */
    public Builder defaultBaseUrl(String defaultBaseUrl) {
      Objects.requireNonNull(defaultBaseUrl, "defaultBaseUrl");
      HttpUrl url = HttpUrl.parse(defaultBaseUrl);
      if (url == null) {
        throw new IllegalArgumentException("defaultBaseUrl is not an absolute http(s) URL");
      }
      this.defaultBaseUrl = url;
      return this;
    }

    /** Returns the immutable profile. */
    public ProviderProfile build() {
      return new ProviderProfile(this);
    }
  }
}
