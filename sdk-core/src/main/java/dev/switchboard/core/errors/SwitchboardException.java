package dev.switchboard.core.errors;

/** Root of every exception the SDK throws. Unchecked, so it works with lambdas and streams. */
public class SwitchboardException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message. */
  public SwitchboardException(String message) {
    super(message);
  }

  /** Creates an exception with a message and a cause. */
  public SwitchboardException(String message, Throwable cause) {
    super(message, cause);
  }
}
