package dev.switchboard.callr.v2;

import dev.switchboard.core.Credentials;
import java.util.Objects;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * The v2 client's credentials: the user's (x-api-key or Basic), plus percent-encoding of {@code +} in the request
 * path, so that an E.164 path id such as {@code /numbers/+33199001020} is sent as {@code /numbers/%2B33199001020}.
 *
 * <p>Why here: the shared transport encodes each path segment with OkHttp's {@code addPathSegment}, which leaves
 * {@code +} literal (it is legal in a path), and {@link Credentials#authenticate} is the transport's one per-attempt
 * hook on the final request. Percent-encoding is the safe choice when it is unknown whether the server decodes a
 * literal {@code +} as a plus or a space [I]. Only the path changes, never the query; v2 sids and tokens contain no
 * {@code +}, so only phone numbers are affected.
 */
final class NumberPathCredentials implements Credentials {
  private final Credentials delegate;

  NumberPathCredentials(Credentials delegate) {
    this.delegate = Objects.requireNonNull(delegate, "credentials");
  }

  @Override
  public Request authenticate(Request request) {
    Request authenticated = delegate.authenticate(request);
    HttpUrl url = authenticated.url();
    String path = url.encodedPath();
    if (path.indexOf('+') < 0) {
      return authenticated;
    }
    HttpUrl encoded = url.newBuilder().encodedPath(path.replace("+", "%2B")).build();
    return authenticated.newBuilder().url(encoded).build();
  }

  @Override
  public Set<String> secrets() {
    return delegate.secrets();
  }

  @Override
  public String toString() {
    return delegate.toString();
  }
}
