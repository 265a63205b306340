package dev.switchboard.core.http;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Dispatcher;

/**
 * The dispatcher of an SDK-owned OkHttpClient: up to {@code maxConcurrentRequests} calls at once (in total and per
 * host, since a client talks to one provider host), run on at most that many daemon threads, reused through a queue
 * instead of OkHttp's unbounded cached pool, and reclaimed after a short idle time. {@code close()} of the transport
 * shuts the pool down.
 */
final class SdkDispatcher {
  /** How long an idle dispatcher thread lives. */
  static final long KEEP_ALIVE_SECONDS = 10;

  private SdkDispatcher() {}

  static Dispatcher create(String provider, int maxConcurrentRequests) {
    AtomicInteger count = new AtomicInteger();
    ThreadPoolExecutor executor = new ThreadPoolExecutor(maxConcurrentRequests, maxConcurrentRequests,
        KEEP_ALIVE_SECONDS, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), runnable -> {
          Thread thread = new Thread(runnable, "switchboard-" + provider + "-http-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
    executor.allowCoreThreadTimeOut(true);
    Dispatcher dispatcher = new Dispatcher(executor);
    dispatcher.setMaxRequests(maxConcurrentRequests);
    dispatcher.setMaxRequestsPerHost(maxConcurrentRequests);
    return dispatcher;
  }
}
