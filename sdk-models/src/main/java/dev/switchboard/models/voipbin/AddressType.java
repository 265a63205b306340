package dev.switchboard.models.voipbin;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.models.EnumLookup;
import dev.switchboard.models.OpenEnum;
import java.util.List;

/**
 * VoIPBin address type ({@code Address.type}; OpenAPI {@code CommonAddress.type}). Forward compatible: a value
 * not listed here (such as the legacy {@code "endpoint"} of the documented Groupcall example) reads as
 * {@link Value#UNKNOWN} and keeps its raw string.
 *
 * <p>The OpenAPI enum is {@code ""}, {@code agent}, {@code conference}, {@code email}, {@code extension}, {@code line},
 * {@code sip}, {@code tel}, {@code web_session}; {@code ai}, {@code ai_team}, {@code webchat} and {@code whatsapp} are Go
 * constants of {@code bin-common-handler/models/address} that the docs list too but the OpenAPI spec does not.
 */
public final class AddressType extends OpenEnum<AddressType.Value> {
  /** The documented values, plus {@code UNKNOWN}. */
  public enum Value {
    /** {@code ""}: no type (OpenAPI {@code CommonAddressTypeNone}) */
    NONE,
    /** {@code "agent"}: target is an agent UUID */
    AGENT,
    /** {@code "conference"}: target is a conference UUID */
    CONFERENCE,
    /** {@code "email"}: target is an e-mail address */
    EMAIL,
    /** {@code "extension"}: target is an extension; {@code target_name} is its username */
    EXTENSION,
    /** {@code "line"} */
    LINE,
    /** {@code "sip"}: target is a SIP URI {@code user@domain} */
    SIP,
    /** {@code "tel"}: target is an E.164 phone number */
    TEL,
    /** {@code "web_session"} */
    WEB_SESSION,
    /** {@code "ai"}: Go constant, not in the OpenAPI enum */
    AI,
    /** {@code "ai_team"}: Go constant, not in the OpenAPI enum */
    AI_TEAM,
    /** {@code "webchat"}: Go constant, not in the OpenAPI enum */
    WEBCHAT,
    /** {@code "whatsapp"}: Go constant, not in the OpenAPI enum */
    WHATSAPP,
    /** A value this version of the SDK does not know; see {@link AddressType#raw()}. */
    UNKNOWN
  }

  /** {@code ""}: no type (OpenAPI {@code CommonAddressTypeNone}) */
  public static final AddressType NONE = new AddressType("", Value.NONE);
  /** {@code "agent"}: target is an agent UUID */
  public static final AddressType AGENT = new AddressType("agent", Value.AGENT);
  /** {@code "conference"}: target is a conference UUID */
  public static final AddressType CONFERENCE = new AddressType("conference", Value.CONFERENCE);
  /** {@code "email"}: target is an e-mail address */
  public static final AddressType EMAIL = new AddressType("email", Value.EMAIL);
  /** {@code "extension"}: target is an extension; {@code target_name} is its username */
  public static final AddressType EXTENSION = new AddressType("extension", Value.EXTENSION);
  /** {@code "line"} */
  public static final AddressType LINE = new AddressType("line", Value.LINE);
  /** {@code "sip"}: target is a SIP URI {@code user@domain} */
  public static final AddressType SIP = new AddressType("sip", Value.SIP);
  /** {@code "tel"}: target is an E.164 phone number */
  public static final AddressType TEL = new AddressType("tel", Value.TEL);
  /** {@code "web_session"} */
  public static final AddressType WEB_SESSION = new AddressType("web_session", Value.WEB_SESSION);
  /** {@code "ai"}: Go constant, not in the OpenAPI enum */
  public static final AddressType AI = new AddressType("ai", Value.AI);
  /** {@code "ai_team"}: Go constant, not in the OpenAPI enum */
  public static final AddressType AI_TEAM = new AddressType("ai_team", Value.AI_TEAM);
  /** {@code "webchat"}: Go constant, not in the OpenAPI enum */
  public static final AddressType WEBCHAT = new AddressType("webchat", Value.WEBCHAT);
  /** {@code "whatsapp"}: Go constant, not in the OpenAPI enum */
  public static final AddressType WHATSAPP = new AddressType("whatsapp", Value.WHATSAPP);

  private static final EnumLookup<AddressType> LOOKUP =
      EnumLookup.of(NONE, AGENT, CONFERENCE, EMAIL, EXTENSION, LINE, SIP, TEL, WEB_SESSION, AI, AI_TEAM, WEBCHAT, WHATSAPP);

  private AddressType(String raw, Value value) {
    super(raw, value);
  }

  /** The value for a raw string: a documented constant, or an unknown value that keeps the string. */
  @JsonCreator
  public static AddressType of(String raw) {
    return LOOKUP.resolve(raw, r -> new AddressType(r, Value.UNKNOWN));
  }

  /** The documented values. */
  public static List<AddressType> knownValues() {
    return LOOKUP.known();
  }
}
