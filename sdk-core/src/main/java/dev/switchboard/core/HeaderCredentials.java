package dev.switchboard.core;

import java.util.Set;
import okhttp3.Request;

/** Credentials sent as one request header. */
final class HeaderCredentials implements Credentials {
  private final String name;
  private final String value;
  private final Set<String> secrets;
  private final String description;

  HeaderCredentials(String name, String value, Set<String> secrets, String description) {
    this.name = Checks.headerName(name, "name");
    this.value = Checks.headerValue(Checks.notBlank(value, "value"), "value");
    this.secrets = Set.copyOf(secrets);
    this.description = description;
  }

  @Override
  public Request authenticate(Request request) {
    return request.newBuilder().header(name, value).build();
  }

  @Override
  public Set<String> secrets() {
    return secrets;
  }

  @Override
  public String toString() {
    return "Credentials{" + description + "}";
  }
}
