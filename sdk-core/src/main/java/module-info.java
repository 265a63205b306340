/**
 * Switchboard SDK core: the HTTP runtime (authentication, retries, errors, paging, logging and redaction), the
 * CALLR, VoIPBin, TrackDrive and Telmetrics clients, and webhook verification.
 *
 * <p>{@code requires dev.switchboard.core;} is all an application needs: the models, OkHttp (whose
 * {@code OkHttpClient} a caller may pass in {@code ClientOptions}; it brings Okio and the Kotlin standard library)
 * and Jackson are required transitively because they appear in the public API. SLF4J is used internally only.
 * Every package is exported; {@code ModuleExportsTest} fails the build when a package is added without an
 * {@code exports} line here.
 */
module dev.switchboard.core {
  requires transitive dev.switchboard.models;
  requires transitive okhttp3;
  // used directly (request bodies write to okio.BufferedSink); OkHttp 5 also requires it transitively, OkHttp 4.12
  // is an automatic module that does not
  requires okio;
  requires transitive com.fasterxml.jackson.databind;
  requires org.slf4j;
  // compile time only: javac and javadoc read the models' Immutables style annotations (never at run time)
  requires static org.immutables.value;

  exports dev.switchboard.callr;
  exports dev.switchboard.callr.realtime;
  exports dev.switchboard.callr.v2;
  exports dev.switchboard.core;
  exports dev.switchboard.core.errors;
  exports dev.switchboard.core.http;
  exports dev.switchboard.core.paging;
  exports dev.switchboard.telmetrics;
  exports dev.switchboard.trackdrive;
  exports dev.switchboard.voipbin;
  exports dev.switchboard.webhooks;
}
