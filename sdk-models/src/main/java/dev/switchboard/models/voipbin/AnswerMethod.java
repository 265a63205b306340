package dev.switchboard.models.voipbin;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.models.EnumLookup;
import dev.switchboard.models.OpenEnum;
import java.util.List;

/**
 * VoIPBin groupcall answer method ({@code Groupcall.answer_method}; OpenAPI
 * {@code CallManagerGroupcallAnswerMethod}). Forward compatible: a value not listed here reads as {@link Value#UNKNOWN}
 * and keeps its raw string.
 */
public final class AnswerMethod extends OpenEnum<AnswerMethod.Value> {
  /** The documented values, plus {@code UNKNOWN}. */
  public enum Value {
    /** {@code ""}: the empty value: server default (the Go server omits it from responses) */
    NONE,
    /** {@code "hangup_others"}: hang up the other unanswered calls when one destination answers */
    HANGUP_OTHERS,
    /** A value this version of the SDK does not know; see {@link AnswerMethod#raw()}. */
    UNKNOWN
  }

  /** {@code ""}: the empty value: server default (the Go server omits it from responses) */
  public static final AnswerMethod NONE = new AnswerMethod("", Value.NONE);
  /** {@code "hangup_others"}: hang up the other unanswered calls when one destination answers */
  public static final AnswerMethod HANGUP_OTHERS = new AnswerMethod("hangup_others", Value.HANGUP_OTHERS);

  private static final EnumLookup<AnswerMethod> LOOKUP =
      EnumLookup.of(NONE, HANGUP_OTHERS);

  private AnswerMethod(String raw, Value value) {
    super(raw, value);
  }

  /** The value for a raw string: a documented constant, or an unknown value that keeps the string. */
  @JsonCreator
  public static AnswerMethod of(String raw) {
    return LOOKUP.resolve(raw, r -> new AnswerMethod(r, Value.UNKNOWN));
  }

  /** The documented values. */
  public static List<AnswerMethod> knownValues() {
    return LOOKUP.known();
  }
}
