package dev.switchboard.core;

import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.Request;

/** Credentials sent as one query parameter. */
final class QueryParameterCredentials implements Credentials {
  private final String name;
  private final String value;
  private final Set<String> secrets;

  QueryParameterCredentials(String name, String value) {
    this.name = Checks.notBlank(name, "name");
    this.value = Checks.notBlank(value, "value");
    String encoded = HttpUrl.parse("http://x/").newBuilder().addQueryParameter("q", value).build().encodedQuery();
    this.secrets = encoded.substring(2).equals(value) ? Set.of(value) : Set.of(value, encoded.substring(2));
  }

  @Override
  public Request authenticate(Request request) {
    HttpUrl url = request.url().newBuilder().setQueryParameter(name, value).build();
    return request.newBuilder().url(url).build();
  }

  @Override
  public Set<String> secrets() {
    return secrets;
  }

  @Override
  public String toString() {
    return "Credentials{?" + name + "=****}";
  }
}
