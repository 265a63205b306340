package dev.switchboard.benchmarks.plain;

import java.util.List;

/** Baseline: a VoIPBin groupcall as a plain mutable POJO, public fields named and typed as the JSON (no SDK code). */
public class PlainGroupcall {
  public String id;
  public String customer_id;
  public String owner_type;
  public String owner_id;
  public String status;
  public String flow_id;
  public PlainAddress source;
  public List<PlainAddress> destinations;
  public String master_call_id;
  public String master_groupcall_id;
  public String ring_method;
  public String answer_method;
  public String answer_call_id;
  public List<String> call_ids;
  public String answer_groupcall_id;
  public List<String> groupcall_ids;
  public Integer call_count;
  public Integer groupcall_count;
  public Integer dial_index;
  public String tm_create;
  public String tm_update;
  public String tm_delete;
}
