package dev.switchboard.core.testing;

import dev.switchboard.core.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link Sleeper} that records requested delays and returns at once. */
public final class FakeSleeper implements Sleeper {
  private final List<Duration> delays = new CopyOnWriteArrayList<>();

  @Override
  public void sleep(Duration duration) {
    delays.add(duration);
  }

  @Override
  public CompletableFuture<Void> delay(Duration duration) {
    delays.add(duration);
    return CompletableFuture.completedFuture(null);
  }

  /** The delays requested so far, in order. */
  public List<Duration> delays() {
    return List.copyOf(delays);
  }
}
