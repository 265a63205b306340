package dev.switchboard.callr;

import java.util.Objects;

/**
 * Impersonation: the {@code CALLR-Login-As} header sent with every request ({@code user.login <login>} or
 * {@code account.hash <hash>}, lower case as in the official Java SDK). Combines with any authentication scheme.
 */
public final class LoginAs {
  private final String headerValue;

  private LoginAs(String type, String target) {
    Objects.requireNonNull(target, type);
    if (target.isBlank() || target.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      throw new IllegalArgumentException(type + ": must be a non-blank header-safe value");
    }
    this.headerValue = type + " " + target.trim();
  }

  /** Act as the user with this login: {@code CALLR-Login-As: user.login <login>}. */
  public static LoginAs user(String login) {
    return new LoginAs("user.login", login);
  }

  /** Act as the account with this hash: {@code CALLR-Login-As: account.hash <hash>}. */
  public static LoginAs account(String hash) {
    return new LoginAs("account.hash", hash);
  }

  /** The header value, for example {@code user.login alice}. */
  public String headerValue() {
    return headerValue;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LoginAs && ((LoginAs) o).headerValue.equals(headerValue);
  }

  @Override
  public int hashCode() {
    return headerValue.hashCode();
  }

  @Override
  public String toString() {
    return "LoginAs{" + headerValue + "}";
  }
}
