package dev.switchboard.core.errors;

/** A connect, read, write or whole-call timeout expired. */
public class ApiTimeoutException extends ConnectionException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; {@code cause} is usually a {@link java.net.SocketTimeoutException}. */
  public ApiTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }
}
