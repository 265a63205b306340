package dev.switchboard.benchmarks.plain;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Baseline: a CALLR CDR.Out as a plain mutable POJO, public fields named and typed as the JSON (no SDK code). */
public class PlainCdrOut {
  public String answer;
  public String billing_customer_cost_label;
  public BigDecimal billing_customer_credit_eur;
  public BigDecimal billing_customer_debit_eur;
  public BigInteger callid;
  public BigInteger callid_in;
  public String cli_name;
  public String cli_number;
  public String cli_pres;
  public String customer_field;
  public String dialstatus;
  public Integer duration;
  public Integer duration_answered;
  public Integer duration_billed;
  public String hangup;
  public Integer hangupcause;
  public String hangupsource;
  public String number;
  public String number_country_code;
  public String number_type;
  public String package_name;
  public String scenario_hash;
  public String scenario_name;
  public String start;
}
