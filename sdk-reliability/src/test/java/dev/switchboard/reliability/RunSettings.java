package dev.switchboard.reliability;

/**
 * The run's settings, from system properties (Maven passes {@code -D} user properties to the tests):
 * {@code switchboard.reliability.cases} (default 10,000), {@code .seed} (default 12), {@code .case} (replay one case
 * number only), {@code .parallelism} (cases in flight, default 8), {@code .deadlineMillis} (per case, default
 * 8,000: well above the worst legitimate case, three attempts of a 500 ms call timeout).
 */
record RunSettings(int cases, long seed, int onlyCase, int parallelism, long deadlineMillis) {
  static final String PREFIX = "switchboard.reliability.";

  static RunSettings fromSystemProperties() {
    return new RunSettings(
        Integer.parseInt(System.getProperty(PREFIX + "cases", "10000").replace("_", "")),
        Long.parseLong(System.getProperty(PREFIX + "seed", "12")),
        Integer.parseInt(System.getProperty(PREFIX + "case", "-1")),
        Integer.parseInt(System.getProperty(PREFIX + "parallelism", "8")),
        Long.parseLong(System.getProperty(PREFIX + "deadlineMillis", "8000")));
  }

  boolean replay() {
    return onlyCase >= 0;
  }

  /** The command that replays one case of this run. */
  String replayCommand(int caseNumber) {
    return "mvn -B -o -pl sdk-reliability -am verify -Dtest=HostileServerSuiteTest -Dsurefire.failIfNoSpecifiedTests=false"
        + " -D" + PREFIX + "seed=" + seed + " -D" + PREFIX + "case=" + caseNumber;
  }
}
