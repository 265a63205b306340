package dev.switchboard.core.http;

import dev.switchboard.core.Sleeper;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The default {@link Sleeper}: {@link Thread#sleep} for sync calls; one daemon scheduler thread, created on first
 * use and stopped by {@link #close()}, for async waits.
 */
final class ScheduledSleeper implements Sleeper, AutoCloseable {
  private ScheduledExecutorService scheduler;
  private boolean closed;

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    long nanos = duration.toNanos();
    if (nanos > 0) {
      TimeUnit.NANOSECONDS.sleep(nanos);
    }
  }

  @Override
  public CompletableFuture<Void> delay(Duration duration) {
    if (duration.isZero() || duration.isNegative()) {
      return CompletableFuture.completedFuture(null);
    }
    CompletableFuture<Void> future = new CompletableFuture<>();
    try {
      ScheduledFuture<?> task =
          scheduler().schedule(() -> future.complete(null), duration.toNanos(), TimeUnit.NANOSECONDS);
      future.whenComplete((v, t) -> {
        if (future.isCancelled()) {
          task.cancel(false);
        }
      });
    } catch (RejectedExecutionException | IllegalStateException e) {
      future.completeExceptionally(e);
    }
    return future;
  }

  private synchronized ScheduledExecutorService scheduler() {
    if (closed) {
      throw new IllegalStateException("transport is closed");
    }
    if (scheduler == null) {
      ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "switchboard-retry-scheduler");
        t.setDaemon(true);
        return t;
      });
      executor.setRemoveOnCancelPolicy(true);
      scheduler = executor;
    }
    return scheduler;
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (scheduler != null) {
      scheduler.shutdownNow();
    }
  }
}
