package dev.switchboard.core.errors;

/** HTTP 409: the request conflicts with the resource's current state. */
public class ConflictException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; prefer {@link ApiException#builder()}. */
  public ConflictException(ApiException.Builder builder) {
    super(builder);
  }
}
