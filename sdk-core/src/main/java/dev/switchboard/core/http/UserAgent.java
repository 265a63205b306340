package dev.switchboard.core.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import okhttp3.OkHttp;

/** Builds the {@code User-Agent} header value. */
final class UserAgent {
  private UserAgent() {}

  /** The SDK version from the generated {@code version.properties}, or {@code unknown}. */
  static String sdkVersion() {
    try (InputStream in = UserAgent.class.getResourceAsStream("/dev/switchboard/core/version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "unknown").trim();
      return v.isEmpty() || v.startsWith("${") ? "unknown" : v;
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** {@code switchboard-java/<v> (Java <java.version>; <os.name> <os.arch>) okhttp/<v>[ suffix]}. */
  static String value(String suffix) {
    String ua = "switchboard-java/" + sdkVersion()
        + " (Java " + System.getProperty("java.version") + "; "
        + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ")"
        + " okhttp/" + OkHttp.VERSION;
    String full = suffix == null ? ua : ua + " " + suffix;
    StringBuilder ascii = new StringBuilder(full.length());
    for (char c : full.toCharArray()) {
      ascii.append(c >= 0x20 && c < 0x7f ? c : '?');
    }
    return ascii.toString();
  }
}
