package dev.switchboard.core;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import okhttp3.Request;

/**
 * How a request proves who sends it: adds headers or query parameters to every attempt.
 *
 * <p>Implementations are immutable and thread-safe. {@link #secrets()} lists every value that must never appear in
 * logs or exception messages; the SDK scrubs them wherever they occur. {@code toString()} masks all values.
 *
 * <p>The factories check their arguments when called, before any request, and never quote a value in the message
 * ({@code value: must be printable ASCII (no control or non-ASCII characters)}): a header name must be an HTTP
 * token; a header credential (header, authorization) must be printable ASCII, as HTTP requires, so that OkHttp never
 * rejects it later with the value in its message; a Basic user must not contain {@code :}; no value may contain
 * CR, LF or another control character.
 */
public interface Credentials {

  /** Returns {@code request} with the authentication added (headers and/or query parameters). */
  Request authenticate(Request request);

  /** The secret values (tokens, passwords, encoded forms) to scrub from logs and messages. */
  Set<String> secrets();

  /** Returns credentials that apply this and then {@code other} (for example an auth header plus a Login-As header). */
  default Credentials and(Credentials other) {
    return new CompositeCredentials(this, other);
  }

  /** No authentication. */
  static Credentials none() {
    return NoCredentials.INSTANCE;
  }

  /** A header carrying a secret, for example {@code x-organization-token: <token>}. */
  static Credentials header(String name, String value) {
    Checks.headerName(name, "name");
    dev.switchboard.models.Checks.printableAscii("value", value);
    return new HeaderCredentials(name, value, Set.of(value), name + "=****");
  }

  /** {@code Authorization: <scheme> <value>} (for Bearer, Api-Key, Session or Token schemes). */
  static Credentials authorization(String scheme, String value) {
    Checks.headerName(scheme, "scheme");
    dev.switchboard.models.Checks.printableAscii("value", value);
    String header = scheme + " " + value;
    return new HeaderCredentials("Authorization", header, Set.of(value, header), "Authorization=" + scheme + " ****");
  }

  /** {@code Authorization: Basic base64(user:password)}. */
  static Credentials basic(String user, String password) {
    dev.switchboard.models.Checks.basicUser("user", user);
    dev.switchboard.models.Checks.noControlCharacters("password", password);
    String pair = user + ":" + password;
    String encoded = Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    Set<String> secrets = password.isEmpty() ? Set.of(pair, encoded) : Set.of(password, pair, encoded);
    return new HeaderCredentials("Authorization", "Basic " + encoded, secrets, "Authorization=Basic ****");
  }

  /** A query parameter carrying a secret, for example VoIPBin's {@code ?accesskey=<key>}. */
  static Credentials queryParameter(String name, String value) {
    Checks.queryName(name, "name");
    Checks.notBlank(dev.switchboard.models.Checks.noControlCharacters("value", value), "value");
    return new QueryParameterCredentials(name, value);
  }
}
