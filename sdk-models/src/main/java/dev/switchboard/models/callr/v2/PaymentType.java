package dev.switchboard.models.callr.v2;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.models.EnumLookup;
import dev.switchboard.models.OpenEnum;
import java.util.List;

/**
 * CALLR v2: Billing payment type ({@code billingPaymentType}) [C: SMS object, CDR].
 *
 * <p>An open enumeration: a value not listed reads as {@link Value#UNKNOWN}, keeps its raw string and is written
 * back unchanged (v2 is a preview; new values may appear).
 */
public final class PaymentType extends OpenEnum<PaymentType.Value> {
  /** The documented values, plus {@code UNKNOWN}. */
  public enum Value {
    /** {@code "prepaid"}: prepaid account. */
    PREPAID,
    /** {@code "postpaid"}: postpaid account. */
    POSTPAID,
    /** A value this version of the SDK does not know; see {@link PaymentType#raw()}. */
    UNKNOWN
  }

  /** {@code "prepaid"}: prepaid account. */
  public static final PaymentType PREPAID = new PaymentType("prepaid", Value.PREPAID);
  /** {@code "postpaid"}: postpaid account. */
  public static final PaymentType POSTPAID = new PaymentType("postpaid", Value.POSTPAID);

  private static final EnumLookup<PaymentType> LOOKUP =
      EnumLookup.of(PREPAID, POSTPAID);

  private PaymentType(String raw, Value value) {
    super(raw, value);
  }

  /** The value for a raw string: a documented constant, or an unknown value that keeps the string. */
  @JsonCreator
  public static PaymentType of(String raw) {
    return LOOKUP.resolve(raw, r -> new PaymentType(r, Value.UNKNOWN));
  }

  /** The documented values. */
  public static List<PaymentType> knownValues() {
    return LOOKUP.known();
  }
}
