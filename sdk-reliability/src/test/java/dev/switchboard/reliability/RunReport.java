package dev.switchboard.reliability;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The results of a run: counts per fault family and outcome, and the cases with each problem. */
final class RunReport {
  static final int SHOWN = 20;

  final RunSettings settings;
  final List<CaseResult> results;
  final long millis;
  private final java.util.function.IntFunction<String> details;

  RunReport(RunSettings settings, List<CaseResult> results, java.util.function.IntFunction<String> details,
      long millis) {
    this.settings = settings;
    this.details = details;
    this.results = results;
    this.millis = millis;
  }

  List<CaseResult> with(Problem problem) {
    return results.stream().filter(r -> r.problems().contains(problem)).collect(Collectors.toList());
  }

  long count(Outcome outcome) {
    return results.stream().filter(r -> r.outcome() == outcome).count();
  }

  /** The failure message for a problem: how many, the first {@value #SHOWN} cases, and how to replay one. */
  String failures(Problem problem) {
    List<CaseResult> failing = with(problem);
    StringBuilder sb = new StringBuilder();
    sb.append(failing.size()).append(" of ").append(results.size()).append(" cases: ").append(problem);
    Map<Fault, Long> byFault = failing.stream().collect(Collectors.groupingBy(r -> r.plan().fault(),
        () -> new EnumMap<>(Fault.class), Collectors.counting()));
    sb.append("\n  by fault: ").append(byFault);
    Map<String, Long> byOp = failing.stream().collect(Collectors.groupingBy(r -> r.plan().operation().name(),
        java.util.TreeMap::new, Collectors.counting()));
    sb.append("\n  by operation: ").append(byOp);
    // the first case of each fault first (one replayable case per kind of failure), then the others in order
    List<CaseResult> shown = new ArrayList<>();
    java.util.Set<Fault> seen = EnumSet.noneOf(Fault.class);
    for (CaseResult r : failing) {
      if (shown.size() < SHOWN && seen.add(r.plan().fault())) {
        shown.add(r);
      }
    }
    for (CaseResult r : failing) {
      if (shown.size() < SHOWN && !shown.contains(r)) {
        shown.add(r);
      }
    }
    for (CaseResult r : shown) {
      sb.append("\n  - ").append(r.report(details.apply(r.plan().caseNumber())));
    }
    if (!failing.isEmpty()) {
      sb.append("\n  replay one: ").append(settings.replayCommand(failing.get(0).plan().caseNumber()));
    }
    return sb.toString();
  }

  /** One line per fault family (and a total): outcomes, problems and time. */
  List<String> summary() {
    List<String> lines = new ArrayList<>();
    lines.add(String.format("reliability: %d cases, seed %d, %d ms wall, %d log events (%d at TRACE), %d log lines"
        + " with a secret", results.size(), settings.seed(), millis, LogCapture.events(), LogCapture.traceEvents(),
        LogCapture.findings().size()));
    for (FaultFamily family : FaultFamily.values()) {
      List<CaseResult> of = results.stream().filter(r -> r.plan().fault().family == family)
          .collect(Collectors.toList());
      lines.add(line(family.name(), of));
    }
    lines.add(line("ALL", results));
    return lines;
  }

  private static String line(String name, List<CaseResult> of) {
    Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
    Map<Problem, Long> problems = new EnumMap<>(Problem.class);
    long ms = 0;
    for (CaseResult r : of) {
      outcomes.merge(r.outcome(), 1L, Long::sum);
      r.problems().forEach(p -> problems.merge(p, 1L, Long::sum));
      ms += r.millis();
    }
    return String.format("  %-9s %5d cases  value %5d  sdk-exception %5d  escape %4d  hang %3d  problems %s  (%d ms of calls)",
        name, of.size(), outcomes.getOrDefault(Outcome.VALUE, 0L), outcomes.getOrDefault(Outcome.SDK_EXCEPTION, 0L),
        outcomes.getOrDefault(Outcome.ESCAPE, 0L), outcomes.getOrDefault(Outcome.HANG, 0L), problems, ms);
  }
}
