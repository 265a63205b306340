package dev.switchboard.reliability;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * The second server the hostile one redirects to ({@code /elsewhere/<case>}): a MockWebServer that records every
 * request per case, and every credential one carries (headers, URL, body). It answers with the operation's valid
 * body, so a client that follows a redirect gets a value it must never have had.
 */
final class RedirectTarget implements AutoCloseable {
  private static final Pattern CASE = Pattern.compile("/elsewhere/(\\d+)");

  private final MockWebServer server = new MockWebServer();
  private final Map<Integer, AtomicInteger> requests = new ConcurrentHashMap<>();
  private final Map<Integer, List<String>> leaks = new ConcurrentHashMap<>();

  RedirectTarget(IntFunction<CasePlan> plans) throws IOException {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        Matcher m = CASE.matcher(request.getTarget());
        int caseNumber = m.find() ? Integer.parseInt(m.group(1)) : -1;
        requests.computeIfAbsent(caseNumber, k -> new AtomicInteger()).incrementAndGet();
        String seen = request.getTarget() + "\n" + request.getHeaders() + "\n"
            + (request.getBody() == null ? "" : request.getBody().string(StandardCharsets.UTF_8));
        List<String> found = Secrets.find(seen);
        if (!found.isEmpty()) {
          leaks.put(caseNumber, found);
        }
        CasePlan plan = caseNumber < 0 ? null : plans.apply(caseNumber);
        String body = plan == null ? "{}" : new String(plan.operation().validBody(), StandardCharsets.UTF_8);
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
      }
    });
    server.start(InetAddress.getLoopbackAddress(), 0);
  }

  /** The base URL (no trailing slash). */
  String url() {
    String u = server.url("/").toString();
    return u.substring(0, u.length() - 1);
  }

  int requests(int caseNumber) {
    AtomicInteger n = requests.get(caseNumber);
    return n == null ? 0 : n.get();
  }

  /** The secrets the requests of a case carried to this other host, empty if none. */
  List<String> leaks(int caseNumber) {
    return leaks.getOrDefault(caseNumber, List.of());
  }

  /** Every request, including those without a case. */
  int total() {
    return requests.values().stream().mapToInt(AtomicInteger::get).sum();
  }

  @Override
  public void close() {
    server.close();
  }
}
