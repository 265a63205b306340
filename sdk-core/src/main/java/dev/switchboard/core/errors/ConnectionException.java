package dev.switchboard.core.errors;

/** The request failed on the network (refused, reset, DNS, TLS) without a usable HTTP response. */
public class ConnectionException extends SwitchboardException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; {@code cause} is usually an {@link java.io.IOException}. */
  public ConnectionException(String message, Throwable cause) {
    super(message, cause);
  }
}
