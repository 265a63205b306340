package dev.switchboard.core.errors;

import java.util.Optional;

/**
 * HTTP 3xx: the server answered an API call with a redirect. The SDK never follows a redirect on its own (a
 * credential must not travel to another host, and a 302/303 after a POST must not turn into a GET whose body would be
 * taken for the operation's result), so the redirect is raised as this exception, carrying the status, the
 * {@link #location()} the server named, the raw body and the headers. Never retried.
 */
public class RedirectException extends ApiException {
  private static final long serialVersionUID = 1L;

  private final String location;

  /** Creates the exception; prefer {@link ApiException#builder()}, which returns this class for a 3xx status. */
  public RedirectException(ApiException.Builder builder) {
    super(builder);
    this.location = headers().get("Location");
  }

  /** The {@code Location} header exactly as the server sent it (may be relative), if it sent one. */
  public Optional<String> location() {
    return Optional.ofNullable(location);
  }
}
