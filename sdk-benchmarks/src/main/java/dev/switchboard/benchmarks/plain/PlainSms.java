package dev.switchboard.benchmarks.plain;

import java.math.BigDecimal;
import java.util.Map;

/** Baseline: a CALLR SMS as a plain mutable POJO, public fields named and typed as the JSON (no SDK code). */
public class PlainSms {
  public BigDecimal b_customer_debit;
  public String b_customer_mode;
  public String date_creation;
  public String date_received;
  public String date_sent;
  public String date_update;
  public String encoding;
  public String from;
  public String hash;
  public String nature;
  public Map<String, Object> options;
  public Integer parts;
  public String status;
  public String status_error;
  public String text;
  public String to;
  public String type;
  public String user_data;
}
