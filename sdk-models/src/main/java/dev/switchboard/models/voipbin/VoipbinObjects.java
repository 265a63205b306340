package dev.switchboard.models.voipbin;

import java.util.Map;

/**
 * The VoIPBin documented objects and their model classes, by documented name (see {@code ModelCatalog}): the docs'
 * {@code Groupcall} and {@code Address}, and the OpenAPI error schemas {@code ErrorResponse} and {@code ErrorBody}.
 */
public final class VoipbinObjects {
  /** Documented name → model class. */
  public static final Map<String, Class<?>> BY_DOCUMENTED_NAME =
      Map.ofEntries(
          Map.entry("Address", Address.class),
          Map.entry("ErrorBody", VoipbinErrorBody.class),
          Map.entry("ErrorResponse", VoipbinError.class),
          Map.entry("Groupcall", Groupcall.class));

  private VoipbinObjects() {}
}
