/**
 * Verification and signing of the webhooks CALLR and VoIPBin push to your endpoint, and de-duplication of
 * redelivered events.
 *
 * <p>Both providers sign the <b>exact raw request body</b> with an HMAC and no timestamp:
 * <ul>
 *   <li>CALLR: {@code X-CALLR-HmacSignature: base64(HMAC_<alg>(hmac_secret, body))}, algorithm MD5, SHA1,
 *       SHA256 (default) or SHA512; every delivery also carries {@code X-CALLR-EventId}.</li>
 *   <li>VoIPBin: {@code X-VoIPBIN-Signature: sha256=<lowercase hex of HMAC-SHA256(webhook_secret, body)>}.</li>
 * </ul>
 * Because there is no signed timestamp there is no replay window to check; use a
 * {@link dev.switchboard.webhooks.WebhookDeduplicator} keyed on the event id instead. Telmetrics webhooks are not
 * signed at all, and TrackDrive documents no outbound signature, so neither has a verifier here.
 *
 * <p>Always verify the bytes you received, before any JSON parsing: a parsed and re-serialised body (for example a
 * Spring {@code @RequestBody MyEvent}) almost never reproduces the signed bytes.
 *
 * <p>This package depends on the JDK only.
 */
package dev.switchboard.webhooks;
