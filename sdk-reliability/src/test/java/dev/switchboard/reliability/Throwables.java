package dev.switchboard.reliability;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/** Text of a throwable as a user could see it: toString of it, its causes and suppressed, with the stack top. */
final class Throwables {
  private Throwables() {}

  static String describe(Throwable t) {
    StringBuilder sb = new StringBuilder();
    append(t, sb, Collections.newSetFromMap(new IdentityHashMap<>()), "");
    return sb.toString();
  }

  private static void append(Throwable t, StringBuilder sb, Set<Throwable> seen, String prefix) {
    if (t == null || !seen.add(t)) {
      return;
    }
    sb.append(prefix).append(t).append('\n');
    for (Throwable s : t.getSuppressed()) {
      append(s, sb, seen, "Suppressed: ");
    }
    append(t.getCause(), sb, seen, "Caused by: ");
  }

  /** The exception's class and message, and the first stack frames, for a failure report. */
  static String top(Throwable t, int frames) {
    StringBuilder sb = new StringBuilder(String.valueOf(t));
    StackTraceElement[] st = t.getStackTrace();
    for (int i = 0; i < Math.min(frames, st.length); i++) {
      sb.append("\n        at ").append(st[i]);
    }
    for (int i = frames; i < st.length; i++) {
      if (st[i].getClassName().startsWith("dev.switchboard.") && !st[i].getClassName().contains(".reliability.")) {
        sb.append("\n        ... first SDK frame: ").append(st[i]);
        break;
      }
    }
    Throwable cause = t.getCause();
    if (cause != null && cause != t) {
      sb.append("\n      caused by ").append(cause);
      StackTraceElement[] cs = cause.getStackTrace();
      for (int i = 0; i < Math.min(3, cs.length); i++) {
        sb.append("\n        at ").append(cs[i]);
      }
    }
    return sb.toString();
  }
}
