package dev.switchboard.core.errors;

/** HTTP 400: the request was malformed or a parameter is invalid. */
public class BadRequestException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; prefer {@link ApiException#builder()}. */
  public BadRequestException(ApiException.Builder builder) {
    super(builder);
  }
}
