/**
 * The CALLR REST API v2 client (preview): {@link dev.switchboard.callr.v2.CallrV2Client}, its services, and
 * {@link dev.switchboard.callr.v2.V2Endpoint}, the one place listing every endpoint with its evidence (confirmed,
 * inferred or in conflict) and retry safety. Models live in {@code dev.switchboard.models.callr.v2}.
 */
package dev.switchboard.callr.v2;
