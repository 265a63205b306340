package dev.switchboard.core.errors;

/** HTTP 404: the resource does not exist. */
public class NotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; prefer {@link ApiException#builder()}. */
  public NotFoundException(ApiException.Builder builder) {
    super(builder);
  }
}
