package dev.switchboard.models;

import dev.switchboard.models.callr.CallrObjects;
import dev.switchboard.models.telmetrics.TelmetricsObjects;
import dev.switchboard.models.trackdrive.TrackdriveObjects;
import dev.switchboard.models.voipbin.VoipbinObjects;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Finds the model class of a documented object by provider and documented name, e.g. {@code ("callr",
 * "DID.Store.Quote")} → {@code DidStoreQuote}, {@code ("voipbin", "Groupcall")}, {@code ("trackdrive", "Lead")},
 * {@code ("telmetrics", "Group")}. A small public contract that tools and users rely on.
 */
public final class ModelCatalog {
  private static final Map<String, Map<String, Class<?>>> BY_PROVIDER =
      Map.of(
          "callr", CallrObjects.BY_DOCUMENTED_NAME,
          "voipbin", VoipbinObjects.BY_DOCUMENTED_NAME,
          "trackdrive", TrackdriveObjects.BY_DOCUMENTED_NAME,
          "telmetrics", TelmetricsObjects.BY_DOCUMENTED_NAME);

  private ModelCatalog() {}

  /** The providers, in lower case: {@code callr}, {@code telmetrics}, {@code trackdrive}, {@code voipbin}. */
  public static List<String> providers() {
    return List.of("callr", "telmetrics", "trackdrive", "voipbin");
  }

  /**
   * The model class of a documented object.
   *
   * @param provider {@code callr}, {@code voipbin}, {@code trackdrive} or {@code telmetrics} (any case)
   * @param documentedName the object's name exactly as the provider's reference spells it
   * @throws IllegalArgumentException naming the provider or object when either is unknown
   */
  public static Class<?> typeOf(String provider, String documentedName) {
    Objects.requireNonNull(documentedName, "documentedName");
    Class<?> type = objects(provider).get(documentedName);
    if (type == null) {
      throw new IllegalArgumentException(
          "unknown documented object \"" + documentedName + "\" for provider " + provider);
    }
    return type;
  }

  /** The documented names of a provider's objects, sorted. */
  public static List<String> documentedNames(String provider) {
    return objects(provider).keySet().stream().sorted().collect(java.util.stream.Collectors.toUnmodifiableList());
  }

  private static Map<String, Class<?>> objects(String provider) {
    Objects.requireNonNull(provider, "provider");
    Map<String, Class<?>> objects = BY_PROVIDER.get(provider.toLowerCase(Locale.ROOT));
    if (objects == null) {
      throw new IllegalArgumentException(
          "unknown provider \"" + provider + "\" (expected one of " + providers() + ")");
    }
    return objects;
  }
}
