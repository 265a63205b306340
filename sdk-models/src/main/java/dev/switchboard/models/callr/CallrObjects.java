package dev.switchboard.models.callr;

import java.util.Map;

/** The CALLR documented objects and their model classes, by documented name (see {@code ModelCatalog}). */
public final class CallrObjects {
  /** Documented name → model class. */
  public static final Map<String, Class<?>> BY_DOCUMENTED_NAME =
      Map.ofEntries(
          Map.entry("SMS", Sms.class),
          Map.entry("Target", Target.class));

  private CallrObjects() {}
}
