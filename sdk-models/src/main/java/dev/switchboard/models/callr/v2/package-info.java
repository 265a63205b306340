/**
 * Models of the CALLR REST API v2 (preview, {@code https://api.callr.com/v2.0}), the successor of JSON-RPC v1 (shut
 * down on 2027-06-30).
 *
 * <p>Every type says in its Javadoc which facts are confirmed ([C], seen in CALLR's documentation) and which are
 * inferred ([I]); the evidence is summarised in {@code dev.switchboard.callr.v2.V2Endpoint} and in the README's "CALLR v2
 * (preview)" section. v2 is a preview: reads are lenient (unknown fields are kept in {@code additionalProperties()}, unknown enum
 * values keep their raw string), names are camelCase, enum values lowercase, dates RFC 3339 ({@link java.time.Instant}),
 * money decimal strings in cents ({@link java.math.BigDecimal}), and ids 8-character lowercase sids
 * ({@link dev.switchboard.models.callr.v2.V2Ids}).
 */
package dev.switchboard.models.callr.v2;
