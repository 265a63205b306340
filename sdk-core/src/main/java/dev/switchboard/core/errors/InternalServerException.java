package dev.switchboard.core.errors;

/** HTTP 5xx: the server failed. */
public class InternalServerException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; prefer {@link ApiException#builder()}. */
  public InternalServerException(ApiException.Builder builder) {
    super(builder);
  }
}
