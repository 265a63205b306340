package dev.switchboard.reliability;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.core.errors.SwitchboardException;
import dev.switchboard.core.paging.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one case and classifies it. The call (sync, or async and then waited for) runs on a caller thread; the case
 * waits for it with {@code Future.get(deadline)} (the deadline counted per step: the call, each page), so a call that never completes is a {@link Outcome#HANG}, never a
 * stuck suite. A returned {@link Page} is walked with {@code hasNextPage()/nextPage()} up to {@link #MAX_PAGES}.
 */
final class CaseRunner {
  /** A pager still asking after this many pages of the same answer is endless. */
  static final int MAX_PAGES = 20;

  private final HostileServer server;
  private final RedirectTarget elsewhere;
  private final ExecutorService callers;
  private final long deadlineMillis;

  CaseRunner(HostileServer server, RedirectTarget elsewhere,
      ExecutorService callers, long deadlineMillis) {
    this.server = server;
    this.elsewhere = elsewhere;
    this.callers = callers;
    this.deadlineMillis = deadlineMillis;
  }

  /** What happened inside the caller thread. */
  private static final class Trace {
    Object value;
    Throwable thrown;
    boolean thrownByAsyncMethod;
    volatile int requestsAfterCall = -1;
    int pages;
    boolean endless;
    /** When the call returned or the last page arrived: the deadline runs from there. */
    volatile long progressNanos = System.nanoTime();
  }

  /**
   * Waits for the caller thread; the deadline applies to each step (the call, then each page of the walk), so a
   * slow but progressing walk over {@link #MAX_PAGES} large pages is not taken for a hang.
   */
  private void awaitWithProgress(Future<?> call, Trace trace)
      throws InterruptedException, ExecutionException, TimeoutException {
    while (true) {
      long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - trace.progressNanos);
      long remaining = deadlineMillis - waitedMillis;
      if (remaining <= 0) {
        throw new TimeoutException();
      }
      try {
        call.get(remaining, TimeUnit.MILLISECONDS);
        return;
      } catch (TimeoutException e) {
        // progress may have been made meanwhile: look again
      }
    }
  }

  CaseResult run(CasePlan plan) {
    long start = System.nanoTime();
    RequestOptions.Builder ro = RequestOptions.builder()
        .header(HostileServer.CASE_HEADER, Integer.toString(plan.caseNumber()));
    if (plan.noRetries()) {
      ro.maxRetries(0);
    }
    RequestOptions options = ro.build();
    Trace trace = new Trace();
    Future<?> call = callers.submit(() -> invoke(plan, options, trace));
    Outcome outcome;
    try {
      awaitWithProgress(call, trace);
      outcome = trace.thrown == null ? Outcome.VALUE
          : trace.thrown instanceof SwitchboardException && !trace.thrownByAsyncMethod ? Outcome.SDK_EXCEPTION
          : Outcome.ESCAPE;
    } catch (TimeoutException e) {
      call.cancel(true);
      outcome = Outcome.HANG;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      call.cancel(true);
      outcome = Outcome.HANG;
    } catch (ExecutionException e) {
      trace.thrown = e.getCause();
      outcome = Outcome.ESCAPE;
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    int requests = trace.requestsAfterCall >= 0 ? trace.requestsAfterCall : server.requests(plan.caseNumber());
    int redirected = elsewhere.requests(plan.caseNumber());
    List<Problem> problems = new ArrayList<>(1);
    List<String> notes = new ArrayList<>(1);
    if (outcome == Outcome.ESCAPE) {
      problems.add(Problem.ESCAPE);
      if (trace.thrownByAsyncMethod) {
        notes.add("thrown by the ...Async method itself instead of completing its future");
      }
    }
    if (outcome == Outcome.HANG) {
      problems.add(Problem.HANG);
      notes.add("no completion within " + deadlineMillis + " ms of the call" + (trace.pages > 0
          ? " or of the last page (" + trace.pages + " walked)" : ""));
    }
    Operation op = plan.operation();
    if (!op.idempotent() && !plan.rateLimited() && requests > 1) {
      problems.add(Problem.DUPLICATE);
      notes.add("non-idempotent " + op.name() + " reached the server " + requests + " times after "
          + (plan.fault().ambiguous ? "an ambiguous" : "a") + " fault");
    }
    if (requests > plan.maxRequests(SuiteClients.MAX_RETRIES)) {
      problems.add(Problem.OVER_RETRY);
    }
    if (redirected > 0 || (plan.fault().family == FaultFamily.REDIRECT && outcome == Outcome.VALUE)) {
      problems.add(Problem.REDIRECT_FOLLOWED);
    }
    if ((plan.fault() == Fault.GZIP_BOMB || plan.fault() == Fault.OVERSIZED_BODY) && outcome == Outcome.VALUE) {
      problems.add(Problem.UNBOUNDED_BODY);
    }
    if (trace.endless) {
      problems.add(Problem.ENDLESS_PAGING);
      notes.add("still paging after " + MAX_PAGES + " pages of the same answer");
    }
    String valueText = outcome == Outcome.VALUE ? safeToString(trace.value) : "";
    String thrownText = trace.thrown == null ? "" : Throwables.describe(trace.thrown);
    List<String> secrets = new ArrayList<>(Secrets.find(valueText));
    secrets.addAll(Secrets.find(thrownText));
    if (!secrets.isEmpty()) {
      problems.add(Problem.SECRET);
      notes.add("secret " + secrets + " in " + (Secrets.find(valueText).isEmpty() ? "the exception: \""
          + Secrets.excerpt(thrownText) : "the result's toString(): \"" + Secrets.excerpt(valueText)) + "\"");
    }
    List<String> carried = elsewhere.leaks(plan.caseNumber());
    if (!carried.isEmpty()) {
      if (!problems.contains(Problem.SECRET)) {
        problems.add(Problem.SECRET);
      }
      notes.add("credentials " + carried + " sent to the other host of the redirect");
    }
    if (op.shortCredential()) {
      String mangled = Secrets.mangled(thrownText);
      if (mangled == null) {
        mangled = Secrets.mangled(valueText);
      }
      if (mangled != null) {
        problems.add(Problem.MANGLED);
        notes.add("masking the short credential mangled: \"" + mangled + "\"");
      }
    }
    String resultType = trace.value == null ? "-" : trace.value.getClass().getSimpleName();
    return new CaseResult(plan, outcome, resultType,
        problems.isEmpty() ? null : trace.thrown, requests, trace.pages, redirected, List.copyOf(problems),
        List.copyOf(notes), millis);
  }

  private void invoke(CasePlan plan, RequestOptions options, Trace trace) {
    Operation op = plan.operation();
    try {
      if (plan.async()) {
        CompletableFuture<?> future;
        try {
          future = op.async().apply(options);
        } catch (Throwable t) {
          trace.thrown = t;
          trace.thrownByAsyncMethod = true;
          return;
        }
        try {
          trace.value = future.get();
        } catch (ExecutionException e) {
          trace.thrown = e.getCause() == null ? e : e.getCause();
          return;
        } catch (InterruptedException e) {
          future.cancel(true);
          Thread.currentThread().interrupt();
          return;
        }
      } else {
        trace.value = op.sync().apply(options);
      }
      trace.requestsAfterCall = server.requests(plan.caseNumber());
      trace.progressNanos = System.nanoTime();
      if (trace.value instanceof Page<?> page) {
        walk(page, trace);
      }
    } catch (Throwable t) {
      if (trace.requestsAfterCall < 0) {
        trace.requestsAfterCall = server.requests(plan.caseNumber());
      }
      trace.thrown = t;
    }
  }

  private static void walk(Page<?> first, Trace trace) {
    Page<?> page = first;
    trace.pages = 1;
    while (page.hasNextPage()) {
      if (trace.pages >= MAX_PAGES) {
        trace.endless = true;
        return;
      }
      page = page.nextPage();
      trace.pages++;
      trace.progressNanos = System.nanoTime();
      String text = safeToString(page);
      if (!Secrets.find(text).isEmpty()) {
        trace.value = page;
        return;
      }
    }
  }

  private static String safeToString(Object value) {
    try {
      return String.valueOf(value);
    } catch (RuntimeException e) {
      return "toString() threw " + e;
    }
  }
}
