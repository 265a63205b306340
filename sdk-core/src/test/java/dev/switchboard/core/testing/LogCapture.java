package dev.switchboard.core.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.slf4j.event.Level;

/** The events recorded by {@link CapturingServiceProvider} (test-only, thread-safe). */
public final class LogCapture {
  private static final List<Event> EVENTS = new CopyOnWriteArrayList<>();

  private LogCapture() {}

  /** One formatted log event. */
  public record Event(String logger, Level level, String message, Throwable throwable) {}

  static void record(Event event) {
    EVENTS.add(event);
  }

  /** Forgets everything recorded so far. */
  public static void clear() {
    EVENTS.clear();
  }

  /** Events of {@code logger}. */
  public static List<Event> events(String logger) {
    return EVENTS.stream().filter(e -> e.logger().equals(logger)).collect(Collectors.toList());
  }

  /** All messages of {@code logger} joined with newlines (plus throwable messages). */
  public static String text(String logger) {
    return events(logger).stream()
        .map(e -> e.message() + (e.throwable() == null ? "" : " " + e.throwable()))
        .collect(Collectors.joining("\n"));
  }
}
