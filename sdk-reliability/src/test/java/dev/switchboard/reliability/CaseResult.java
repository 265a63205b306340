package dev.switchboard.reliability;

import java.util.List;

/**
 * The classified result of one case: its plan, how the call ended, how many requests the
 * server (and the redirect target) saw, and the problems found. The throwable is kept only for cases with
 * problems (a report needs it; ten thousand exception bodies would not fit in a small heap).
 */
record CaseResult(CasePlan plan, Outcome outcome, String resultType, Throwable thrown,
    int requests, int pages, int redirected, List<Problem> problems, List<String> notes, long millis) {

  /** The lines of a failure report for this case. */
  String report(String serverDetail) {
    StringBuilder sb = new StringBuilder();
    sb.append(plan.label()).append(" -> ").append(outcome).append(' ').append(problems)
        .append("\n      server sent: ").append(serverDetail)
        .append("\n      requests seen: ").append(requests).append(" (max ")
        .append(plan.maxRequests(SuiteClients.MAX_RETRIES)).append("), pages walked: ").append(pages)
        .append(", redirect target saw: ").append(redirected).append(", result: ").append(resultType)
        .append(", ").append(millis).append(" ms");
    for (String note : notes) {
      sb.append("\n      ").append(note);
    }
    if (thrown != null) {
      sb.append("\n      thrown: ").append(Throwables.top(thrown, 6).replace("\n", "\n    "));
    }
    return sb.toString();
  }
}
