package dev.switchboard.reliability;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request as the {@link HostileServer} read it off the socket: the request line, headers (names lower-cased, in
 * order) and body, plus the case number from {@link HostileServer#CASE_HEADER}, or -1 without one.
 */
record ReceivedRequest(int caseNumber, String method, String target, List<Map.Entry<String, String>> headers,
    byte[] body, String head) {

  /** The first value of a header, or null. */
  String header(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, String> h : headers) {
      if (h.getKey().equals(lower)) {
        return h.getValue();
      }
    }
    return null;
  }

  /** The request line, headers and body as text, the way a careless server would echo them. */
  String asText() {
    return head + new String(body, StandardCharsets.UTF_8);
  }
}
