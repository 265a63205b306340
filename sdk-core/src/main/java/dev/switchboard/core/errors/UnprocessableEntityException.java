package dev.switchboard.core.errors;

/** HTTP 422: the request was well-formed but semantically invalid. */
public class UnprocessableEntityException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; prefer {@link ApiException#builder()}. */
  public UnprocessableEntityException(ApiException.Builder builder) {
    super(builder);
  }
}
