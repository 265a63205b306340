package dev.switchboard.core;

import java.util.Set;
import okhttp3.Request;

/** Credentials that add nothing. */
final class NoCredentials implements Credentials {
  static final NoCredentials INSTANCE = new NoCredentials();

  private NoCredentials() {}

  @Override
  public Request authenticate(Request request) {
    return request;
  }

  @Override
  public Set<String> secrets() {
    return Set.of();
  }

  @Override
  public String toString() {
    return "Credentials.none()";
  }
}
