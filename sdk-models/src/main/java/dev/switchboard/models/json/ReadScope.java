package dev.switchboard.models.json;

/**
 * Tells a model builder whether it is being filled by the JSON reader rather than by a user.
 *
 * <p>Request-side models validate what a user writes ({@code build()} throws {@link IllegalArgumentException} naming
 * the field), but the same types also come back in responses, and a response is never rejected. The reader of
 * {@link dev.switchboard.models.SwitchboardJson} enters this scope for the duration of one model read, on the reading
 * thread only; builders skip their request-side checks inside it. It holds no configuration.
 */
public final class ReadScope {
  private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

  private ReadScope() {}

  /** Returns true while the current thread is reading a model from JSON. */
  public static boolean reading() {
    return DEPTH.get()[0] > 0;
  }

  static void enter() {
    DEPTH.get()[0]++;
  }

  static void exit() {
    // the counter stays with the thread (one int): removing it would allocate a new one on every model read
    DEPTH.get()[0]--;
  }
}
