package dev.switchboard.core;

import java.util.HashSet;
import java.util.Set;
import okhttp3.Request;

/** Two credentials applied in order. */
final class CompositeCredentials implements Credentials {
  private final Credentials first;
  private final Credentials second;

  CompositeCredentials(Credentials first, Credentials second) {
    this.first = Checks.notNull(first, "credentials");
    this.second = Checks.notNull(second, "other");
  }

  @Override
  public Request authenticate(Request request) {
    return second.authenticate(first.authenticate(request));
  }

  @Override
  public Set<String> secrets() {
    Set<String> all = new HashSet<>(first.secrets());
    all.addAll(second.secrets());
    return Set.copyOf(all);
  }

  @Override
  public String toString() {
    return first + ".and(" + second + ")";
  }
}
