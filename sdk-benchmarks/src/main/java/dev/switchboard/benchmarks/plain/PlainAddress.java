package dev.switchboard.benchmarks.plain;

/** Baseline: a VoIPBin address as a plain mutable POJO, public fields named and typed as the JSON (no SDK code). */
public class PlainAddress {
  public String type;
  public String target;
  public String target_name;
  public String name;
  public String detail;
}
