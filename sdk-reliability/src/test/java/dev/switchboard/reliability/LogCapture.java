package dev.switchboard.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where {@link CapturingLoggerProvider} sends every log event (all levels, TRACE included): each formatted line,
 * with its throwable chain, is scanned for {@link Secrets} as it is logged and then dropped (bodies can be tens of
 * MiB), keeping only the findings. A finding names the case when the line carries the case header.
 */
final class LogCapture {
  private static final Pattern CASE = Pattern.compile("(?i)" + HostileServer.CASE_HEADER + ":\\s*(\\d+)");
  private static final AtomicLong EVENTS = new AtomicLong();
  private static final AtomicLong TRACE_EVENTS = new AtomicLong();
  private static final ConcurrentLinkedQueue<String> FINDINGS = new ConcurrentLinkedQueue<>();

  private LogCapture() {}

  static void record(String level, String logger, String message, Throwable t) {
    EVENTS.incrementAndGet();
    if (level.equals("TRACE")) {
      TRACE_EVENTS.incrementAndGet();
    }
    String text = t == null ? message : message + "\n" + Throwables.describe(t);
    List<String> found = Secrets.find(text);
    if (!found.isEmpty()) {
      Matcher m = CASE.matcher(text);
      String where = m.find() ? "case " + m.group(1) : "thread " + Thread.currentThread().getName();
      FINDINGS.add(level + " " + logger + " (" + where + "): " + found + " in \"" + Secrets.excerpt(text) + "\"");
    }
  }

  static long events() {
    return EVENTS.get();
  }

  static long traceEvents() {
    return TRACE_EVENTS.get();
  }

  /** Drops findings planted on purpose (the harness self-test). */
  static void forget(java.util.function.Predicate<String> planted) {
    FINDINGS.removeIf(planted);
  }

  static List<String> findings() {
    return new ArrayList<>(FINDINGS);
  }
}
