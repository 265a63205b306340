/**
 * Switchboard SDK models: immutable, typed models for every documented object of the CALLR, VoIPBin, TrackDrive
 * and Telmetrics APIs, and the SDK's one JSON mapper ({@link dev.switchboard.models.SwitchboardJson}). No HTTP.
 *
 * <p>Jackson appears in the public API (models expose {@code JsonNode} extras, the mapper is an
 * {@code ObjectMapper}), so {@code com.fasterxml.jackson.databind} is required transitively. Immutables is an
 * annotation processor only ({@code requires static}: never needed at run time). Every package is exported, and
 * every model package is opened to Jackson, which reads the generated {@code Immutable*} types through their
 * package-private JSON creators. {@code ModuleExportsTest} fails the build when a package is added without an
 * {@code exports} line here.
 */
module dev.switchboard.models {
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires static org.immutables.value;

  exports dev.switchboard.models;
  exports dev.switchboard.models.callr;
  exports dev.switchboard.models.callr.v2;
  exports dev.switchboard.models.json;
  exports dev.switchboard.models.telmetrics;
  exports dev.switchboard.models.trackdrive;
  exports dev.switchboard.models.voipbin;

  opens dev.switchboard.models to com.fasterxml.jackson.databind;
  opens dev.switchboard.models.callr to com.fasterxml.jackson.databind;
  opens dev.switchboard.models.callr.v2 to com.fasterxml.jackson.databind;
  opens dev.switchboard.models.json to com.fasterxml.jackson.databind;
  opens dev.switchboard.models.telmetrics to com.fasterxml.jackson.databind;
  opens dev.switchboard.models.trackdrive to com.fasterxml.jackson.databind;
  opens dev.switchboard.models.voipbin to com.fasterxml.jackson.databind;
}
