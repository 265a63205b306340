package dev.switchboard.benchmarks.plain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/** Baseline: a TrackDrive lead page as a plain mutable POJO, public fields named and typed as the JSON (no SDK code). */
public class PlainLeadList {
  public List<PlainLead> leads;
  public Map<String, JsonNode> metadata;
}
