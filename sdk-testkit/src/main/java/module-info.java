/**
 * Switchboard SDK testkit: {@code Sandbox}, an in-process emulation of the four APIs (on the JDK's
 * {@code jdk.httpserver}) with fault injection, and an optional JUnit 5 extension.
 *
 * <p>The SDK core and Jackson (the sandbox hands out {@code JsonNode} request bodies) are required transitively.
 * JUnit is {@code requires static}: only a test that uses {@code SandboxExtension} needs it, and it brings its own.
 * Every package is exported; {@code ModuleExportsTest} fails the build when a package is added without an
 * {@code exports} line here.
 */
module dev.switchboard.testkit {
  requires transitive dev.switchboard.core;
  requires transitive com.fasterxml.jackson.databind;
  requires java.net.http;
  requires jdk.httpserver;
  requires org.slf4j;
  requires static org.junit.jupiter.api;
  // compile time only: javac and javadoc read the models' Immutables style annotations (never at run time)
  requires static org.immutables.value;

  exports dev.switchboard.testkit;
  exports dev.switchboard.testkit.callr;
  exports dev.switchboard.testkit.callr.v2;
  exports dev.switchboard.testkit.telmetrics;
  exports dev.switchboard.testkit.trackdrive;
  exports dev.switchboard.testkit.voipbin;

  opens dev.switchboard.testkit to com.fasterxml.jackson.databind;
  opens dev.switchboard.testkit.callr to com.fasterxml.jackson.databind;
  opens dev.switchboard.testkit.callr.v2 to com.fasterxml.jackson.databind;
  opens dev.switchboard.testkit.telmetrics to com.fasterxml.jackson.databind;
  opens dev.switchboard.testkit.trackdrive to com.fasterxml.jackson.databind;
  opens dev.switchboard.testkit.voipbin to com.fasterxml.jackson.databind;
}
