/**
 * The SDK's exceptions, all unchecked and rooted at {@link dev.switchboard.core.errors.SwitchboardException}.
 *
 * <p>{@link dev.switchboard.core.errors.ApiException} and its per-status subclasses mean the server answered with an
 * error; {@link dev.switchboard.core.errors.ConnectionException} (and its
 * {@link dev.switchboard.core.errors.ApiTimeoutException}) mean no usable answer arrived;
 * {@link dev.switchboard.core.errors.InvalidResponseException} means an answer arrived but could not be read.
 * Providers plug in an {@link dev.switchboard.core.errors.ErrorParser} for their error envelope;
 * {@link dev.switchboard.core.errors.ErrorMapper} picks the exception class.
 */
package dev.switchboard.core.errors;
