package dev.switchboard.core.http;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okio.AsyncTimeout;
import org.slf4j.Logger;

/**
 * Keeps Okio's timeout watchdog from being woken on every call. OkHttp enforces the call timeout and every socket
 * read and write timeout with an {@link AsyncTimeout}; Okio keeps them in one queue watched by one daemon thread and
 * signals that thread whenever a timeout becomes the earliest one in the queue. Between two calls the queue is
 * empty, so each call's timeout and each socket operation's timeout becomes the earliest and wakes the watchdog: a
 * futex wake-up and a context switch per operation, which on a virtualised 2-core machine was the largest single
 * cost the SDK added to a loopback call (RESULTS.md, run G).
 *
 * <p>A pacer is a timeout of its own, {@link #PERIOD} long, always in the queue: each time it fires (on the
 * watchdog thread) it re-arms itself. A timeout due later than the pacer no longer becomes the earliest and no
 * longer wakes the watchdog; the watchdog wakes once per period instead, and every timeout still fires when due
 * (the watchdog always waits for the earliest one, the pacer's or a shorter one's). Correctness never depends on the
 * pacer: without it, timeouts work as before at the old cost.
 *
 * <p>One per transport, started with it and stopped by its {@code close()}; it never throws on the watchdog thread
 * (an exception there would stop the process's Okio timeouts).
 */
final class TimeoutPacer implements AutoCloseable {
  /** How often the pacer fires: shorter than any timeout the SDK sets by default. */
  static final Duration PERIOD = Duration.ofSeconds(1);

  private static final Logger LOG = HttpTransport.LOG;

  private final Node node;
  private boolean closed;
  private long rearms;

  private TimeoutPacer(Duration period) {
    this.node = new Node();
    node.timeout(period.toNanos(), TimeUnit.NANOSECONDS);
  }

  /** Starts a pacer firing every {@link #PERIOD}. */
  static TimeoutPacer start() {
    return start(PERIOD);
  }

  /** Starts a pacer firing every {@code period} (tests use a short one). */
  static TimeoutPacer start(Duration period) {
    TimeoutPacer pacer = new TimeoutPacer(period);
    synchronized (pacer) {
      pacer.node.enter();
    }
    return pacer;
  }

  /** How many times the pacer has fired and re-armed itself. */
  synchronized long rearms() {
    return rearms;
  }

  /** Whether the pacer is closed (then it is out of Okio's queue and never re-arms). */
  synchronized boolean isClosed() {
    return closed;
  }

  private synchronized void fired() {
    if (closed) {
      return;
    }
    try {
      node.exit();
      node.enter();
      rearms++;
      notifyAll();
    } catch (RuntimeException e) {
      LOG.debug("timeout pacer stopped: {}", e.toString());
      closed = true;
    }
  }

  /** Waits until the pacer has re-armed {@code count} times in all, or {@code timeoutMillis} passed. */
  synchronized boolean awaitRearms(long count, long timeoutMillis) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    while (rearms < count) {
      long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
      if (left <= 0) {
        return false;
      }
      wait(left);
    }
    return rearms >= count;
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    node.exit();
    notifyAll();
  }

  /** The timeout in Okio's queue. */
  private final class Node extends AsyncTimeout {
    @Override
    protected void timedOut() {
      try {
        fired();
      } catch (Throwable t) {
        // never let anything escape onto Okio's watchdog thread
        LOG.debug("timeout pacer failed: {}", t.toString());
      }
    }
  }
}
