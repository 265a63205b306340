/**
 * The HTTP runtime the provider clients are built on.
 *
 * <p>A provider client holds one {@link dev.switchboard.core.http.HttpTransport} (built from
 * {@link dev.switchboard.core.ClientOptions} and a {@link dev.switchboard.core.http.ProviderProfile}), describes
 * each call as an {@link dev.switchboard.core.http.ApiRequest} (declaring whether it is idempotent), and turns the
 * {@link dev.switchboard.core.http.ApiResponse} into a result with a
 * {@link dev.switchboard.core.http.ResponseHandler}:
 *
 * <pre>{@code
 * ApiRequest request = ApiRequest.builder()
 *     .method("GET").path("groupcalls", id)
 *     .operation("groupcalls.get").idempotent(true)
 *     .options(requestOptions)
 *     .build();
 * Groupcall call = transport.execute(request, ResponseHandler.json(Groupcall.class));
 * }</pre>
 *
 * <p>Retries, backoff, {@code Retry-After}, error mapping and redacted logging happen inside the transport.
 */
package dev.switchboard.core.http;
