package dev.switchboard.reliability;

import java.util.SplittableRandom;

/**
 * What one case does: which operation, sync or async, which fault the server answers with, and whether the call
 * overrides {@code maxRetries} to 0. Derived from (seed, case number) alone, so a case number replays exactly.
 */
record CasePlan(long seed, int caseNumber, Operation operation, boolean async, Fault fault, boolean noRetries,
    long faultSeed) {

  /** The plan of a case: the operation cycles through the catalogue, mode and fault are drawn from the seed. */
  static CasePlan of(long seed, int caseNumber, java.util.List<Operation> catalogue) {
    SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + caseNumber);
    Operation op = catalogue.get(caseNumber % catalogue.size());
    boolean async = ((caseNumber / catalogue.size()) & 1) == 1;
    Fault fault = drawFault(r);
    boolean noRetries = r.nextInt(4) == 0;
    return new CasePlan(seed, caseNumber, op, async, fault, noRetries, r.nextLong());
  }

  private static Fault drawFault(SplittableRandom r) {
    int total = 0;
    for (Fault f : Fault.values()) {
      total += f.weight();
    }
    int x = r.nextInt(total);
    for (Fault f : Fault.values()) {
      x -= f.weight();
      if (x < 0) {
        return f;
      }
    }
    throw new AssertionError();
  }

  /** The most requests this case may send: one, plus the retries allowed. */
  int maxRequests(int clientMaxRetries) {
    return 1 + (noRetries ? 0 : clientMaxRetries);
  }

  /** True when the server answered 429, the one answer the SDK may retry for every operation. */
  boolean rateLimited() {
    return fault == Fault.RETRY_AFTER_429 || fault == Fault.RETRY_AFTER_MS_429;
  }

  /** The line identifying the case in reports. */
  String label() {
    return "case " + caseNumber + " (seed " + seed + "): " + fault + " on " + operation.name()
        + (async ? " async" : " sync") + (noRetries ? " maxRetries(0)" : "");
  }
}
