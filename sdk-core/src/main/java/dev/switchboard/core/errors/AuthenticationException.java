package dev.switchboard.core.errors;

/** HTTP 401: the credentials are missing, wrong or expired. */
public class AuthenticationException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; prefer {@link ApiException#builder()}. */
  public AuthenticationException(ApiException.Builder builder) {
    super(builder);
  }
}
