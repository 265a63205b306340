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
    this.redactedKeys = Set.copyOf(b.redactedKeys);
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

  /** Extra header, query or JSON keys (lower case) redacted from logs, beyond the built-in list. */
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
