package dev.switchboard.models.trackdrive;

import java.util.Map;

/** The TrackDrive documented objects and their model classes, by documented name (see {@code ModelCatalog}). */
public final class TrackdriveObjects {
  /** Documented name → model class. */
  public static final Map<String, Class<?>> BY_DOCUMENTED_NAME =
      Map.ofEntries(
          Map.entry("Lead", Lead.class));

  private TrackdriveObjects() {}
}
