package dev.switchboard.benchmarks.plain;


/** Baseline: the CALLR JSON-RPC response to sms.get as a plain mutable POJO, public fields named and typed as the JSON (no SDK code). */
public class PlainSmsResponse {
  public String jsonrpc;
  public Long id;
  public PlainSms result;
}
