package dev.switchboard.core.errors;

/** HTTP 403: the credentials may not perform this operation. */
public class PermissionDeniedException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; prefer {@link ApiException#builder()}. */
  public PermissionDeniedException(ApiException.Builder builder) {
    super(builder);
  }
}
