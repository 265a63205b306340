package dev.switchboard.models.telmetrics;

import java.util.Map;

/** The Telmetrics documented objects and their model classes, by documented name (see {@code ModelCatalog}). */
public final class TelmetricsObjects {
  /** Documented name → model class. */
  public static final Map<String, Class<?>> BY_DOCUMENTED_NAME =
      Map.ofEntries(
          Map.entry("Group", Group.class));

  private TelmetricsObjects() {}
}
