/**
 * Client configuration shared by the four Switchboard API clients.
 *
 * <ul>
 *   <li>{@link dev.switchboard.core.ClientOptions}: base URL, credentials, timeouts, retries, HTTP client.
 *   <li>{@link dev.switchboard.core.Credentials}: header, {@code Authorization}, Basic or query-parameter auth.
 *   <li>{@link dev.switchboard.core.RequestOptions}: per-call timeout, retries, idempotency key, extra headers.
 *   <li>{@link dev.switchboard.core.Sleeper}: the wait between retries, replaceable in tests.
 * </ul>
 *
 * <p>Everything here is immutable and thread-safe. There is no global state: each client holds its own options.
 */
package dev.switchboard.core;
