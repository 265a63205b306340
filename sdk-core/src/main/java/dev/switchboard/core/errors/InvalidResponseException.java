package dev.switchboard.core.errors;

/** A response arrived but could not be read or parsed; keeps its status and raw body. */
public class InvalidResponseException extends SwitchboardException {
  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final String rawBody;

  /** Creates the exception. */
  public InvalidResponseException(String message, int statusCode, String rawBody, Throwable cause) {
    super(message, cause);
    this.statusCode = statusCode;
    this.rawBody = rawBody == null ? "" : rawBody;
  }

  /** The HTTP status of the unreadable response. */
  public int statusCode() {
    return statusCode;
  }

  /** The body as received (UTF-8 decoded), empty if none could be read. */
  public String rawBody() {
    return rawBody;
  }
}
