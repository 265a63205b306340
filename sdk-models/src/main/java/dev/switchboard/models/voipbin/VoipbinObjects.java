package dev.switchboard.models.voipbin;

import java.util.Map;

/** The VoIPBin documented objects and their model classes, by documented name (see {@code ModelCatalog}). */
public final class VoipbinObjects {
  /** Documented name → model class. */
  public static final Map<String, Class<?>> BY_DOCUMENTED_NAME =
      Map.ofEntries();

  private VoipbinObjects() {}
}
