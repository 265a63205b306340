package dev.switchboard.core.errors;

/** Any other error status (for example 402), or an error envelope on a 2xx/3xx response. */
public class UnexpectedStatusException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; prefer {@link ApiException#builder()}. */
  public UnexpectedStatusException(ApiException.Builder builder) {
    super(builder);
  }
}
