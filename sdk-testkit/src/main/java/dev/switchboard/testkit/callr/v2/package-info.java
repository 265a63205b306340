/**
 * The sandbox emulation of the CALLR REST API v2 (preview, {@code https://api.callr.com/v2.0}):
 * {@link dev.switchboard.testkit.callr.v2.CallrV2Emulation}, registered in every
 * {@link dev.switchboard.testkit.Sandbox} under {@code /callr/v2.0} ({@code sandbox.callrV2BaseUrl()}).
 *
 * <p>It follows {@code CALLR-V2-FACTS.md}. <b>[C]</b> = confirmed there (method and path, or also the shape);
 * <b>[I]</b> = not documented: the shape below is the sandbox's choice, to be checked against
 * {@code openapi.json}. Everything not marked [C] in a row is [I].
 *
 * <h2>Conventions</h2>
 * <ul>
 * <li>Auth [C]: {@code x-api-key: <key>}, or Basic {@code accountSid:apiKey}, or Basic {@code subAccountSid:masterKey}
 *     (acts as the sub-account, which has its own data). Sandbox values in
 *     {@link dev.switchboard.testkit.SandboxCredentials}: {@code CALLR_API_KEY}, {@code CALLR_ACCOUNT_SID}
 *     ({@code sandbox0}), {@code CALLR_SUBACCOUNT_SID} ({@code sandsub1}). Anything else: 401.</li>
 * <li>Errors [C envelope, I codes]: {@code {"code": "<string>", "message": "<text>"}} and nothing else;
 *     400 {@code invalid_parameter} (message starts with the parameter name and a colon) or {@code invalid_body},
 *     401 {@code unauthorized}, 403 {@code forbidden} (Build Mode: SMS to a non-testing number, buying numbers),
 *     404 {@code not_found} (unknown object, or unknown route), 405 {@code method_not_allowed} + {@code Allow},
 *     409 {@code conflict}, 422 {@code unprocessable}, 500 {@code internal_error}. 429/5xx/drops: inject them with
 *     {@link dev.switchboard.testkit.Sandbox#faults()} ({@code CallrV2Emulation.errorFault(429, "rate_limited", ...)}).</li>
 * <li>Search envelope [C]: {@code {"offset": int, "total": int, "hasMore": bool, "hits": [...]}}; {@code offset} ≥ 0
 *     (default 0), {@code limit} 1..100 (default 10), {@code order} {@code asc}|{@code desc} (default {@code desc}),
 *     {@code sort} per resource; any other value is a 400. {@code hasMore = offset + hits < total}. Every list
 *     endpoint answers this envelope; the store catalogues and destinations ignore {@code sort}/{@code order}.</li>
 * <li>Times [C]: RFC 3339 UTC, always with milliseconds ({@code 2025-01-15T12:00:00.000Z}); time filters accept
 *     any RFC 3339 form. The clock starts at 2025-01-15T12:00:00Z and moves only with {@code advanceClock}.</li>
 * <li>Ids [C]: sids are 8 lower-case letters/digits (a malformed path sid, e.g. a v1 upper-case hash, is a 400);
 *     numbers are E.164 path ids, percent-decoded ({@code %2B33...} and {@code +33...} are the same). Reservation
 *     tokens are 40 alphanumerics; task ids are 8-character sids; run ids are {@code api:<n>}.</li>
 * <li>Enums lower case [C] (upper case values are a 400). Money: decimal strings ({@code "0.05"}).</li>
 * <li>Bodies: JSON objects; unknown members are ignored. An empty body is an empty object. Asynchronous objects
 *     advance one step on the next read: SMS {@code created → delivered}, run {@code started → completed},
 *     audio file {@code pending-conversion → ready}, task {@code pending → running → done}.</li>
 * <li>No v2 webhook is pushed (the v2 envelope and signature are undocumented [gap]).</li>
 * </ul>
 *
 * <h2>Routes</h2>
 * <table>
 * <caption>CALLR v2 routes served by the sandbox</caption>
 * <tr><th>Route</th><th>Request</th><th>Answer</th></tr>
 * <tr><td>[C] GET /ping</td><td>—</td><td>200 [C] {@code {pong: "pong", time}}</td></tr>
 * <tr><td>[C] GET /actions</td><td>[C] {@code name} (≤ 64, partial), {@code sort} name|created|updated (default updated), paging</td><td>200 envelope of Action</td></tr>
 * <tr><td>[C] POST /actions</td><td>[C] {@code {name 1..64, script 1..32768, format? "yaml"}}</td><td>201 Action [C shape]: {@code {sid, name, script, format, numbers: [ActionNumber], version "1.0", created, updated}}</td></tr>
 * <tr><td>[I] GET /actions/{sid}</td><td>—</td><td>200 Action</td></tr>
 * <tr><td>[C] PATCH /actions/{sid}</td><td>any of {@code name}, {@code script}, {@code format}</td><td>200 Action ({@code updated} = now)</td></tr>
 * <tr><td>[C] DELETE /actions/{sid}</td><td>—</td><td>204; its numbers are unassigned</td></tr>
 * <tr><td>[C] POST /actions/{sid}/runs</td><td>optional JSON object: {@code {variables: {...}}} or the variables themselves</td><td>202 Run {@code {id "api:<n>", type "api", action, status "started", variables, created, updated}}</td></tr>
 * <tr><td>[I] GET /actions/{sid}/runs</td><td>{@code sort} created, paging</td><td>200 envelope of Run (read: started → completed)</td></tr>
 * <tr><td>[C] PUT /actions/{sid}/numbers/{number}</td><td>—</td><td>200 Action; the number moves from any other action</td></tr>
 * <tr><td>[C] DELETE /actions/{sid}/numbers/{number}</td><td>—</td><td>204; 404 if not assigned to this action</td></tr>
 * <tr><td>[C] POST /sms</td><td>[C] query {@code to} (E.164, required), {@code from} (0..11), {@code encoding} gsm|unicode, {@code trafficType} marketing|alerting; body [C] {@code {text 1..3200}}</td><td>201 SMS [C fields §4.5 + trafficType]: {@code {sid, direction, fromNumber, fromType, fromCountry, fromLocation, toNumber, toType, toCountry, toLocation, status "created", encoding, bodyText, parts, billingDebit, billingPaymentType, network, deliveredAt, createdAt, updatedAt, sentAt, trafficType}}</td></tr>
 * <tr><td>[C page, I path] GET /sms</td><td>{@code direction}, {@code sid}, {@code from}, {@code to}, {@code text} (contains), {@code trafficType}, {@code status}, {@code createdAtFrom}, {@code createdAtTo} (inclusive), {@code sort} created|updated (default created), paging</td><td>200 envelope of SMS</td></tr>
 * <tr><td>[I] GET /sms/{sid}</td><td>—</td><td>200 SMS</td></tr>
 * <tr><td>[C] GET /numbers</td><td>{@code e164} (prefix), {@code country}, {@code type}, {@code class}, {@code scenario}; {@code sort} created|e164 (default created), paging</td><td>200 envelope of Number {@code {e164, country, type, class, scenario (sid|null), assigned (time|null), created}}</td></tr>
 * <tr><td>[I] GET /numbers/{number}</td><td>—</td><td>200 Number</td></tr>
 * <tr><td>[C] PATCH /numbers/{number}</td><td>{@code {scenario: "<action sid>" | null}}</td><td>200 Number</td></tr>
 * <tr><td>[C, ?] DELETE /numbers/{number}</td><td>—</td><td>204; the number leaves the account</td></tr>
 * <tr><td>[C] PUT /numbers/{number}/scenario/{sid}</td><td>—</td><td>200 Number</td></tr>
 * <tr><td>[C] DELETE /numbers/{number}/scenario/{sid}</td><td>—</td><td>204</td></tr>
 * <tr><td>[C] GET /numbers/store/countries</td><td>paging</td><td>200 envelope of {@code {country, name}} (FR, GB, US)</td></tr>
 * <tr><td>[C] GET /numbers/store/types</td><td>{@code country} (required), paging</td><td>200 envelope of {@code {country, type}}</td></tr>
 * <tr><td>[C] GET /numbers/store/prefixes</td><td>{@code country} (required), {@code type}, paging</td><td>200 envelope of {@code {country, type, prefix, area, name}}</td></tr>
 * <tr><td>[C] POST /numbers/store</td><td>[C names] {@code prefix}, {@code area}; [I] {@code type}, {@code class} classic|gold (default classic), {@code quantity} 1..10 (default 1); each from the query or else a JSON body member</td><td>201 Reservation {@code {token, status "reserved", numbers: [{e164, country, type, class}], class, quantity, expires (now + 5 min), created}}; 422 if too few in stock</td></tr>
 * <tr><td>[C] POST /numbers/store/{token}</td><td>—</td><td>200 {@code {token, status "bought", numbers: [Number]}}; 409 bought/expired/cancelled, 403 Build Mode, 404 unknown</td></tr>
 * <tr><td>[C] DELETE /numbers/store/{token}</td><td>—</td><td>204 (numbers back to the store); 409 if bought</td></tr>
 * <tr><td>[C] GET /billing/credit</td><td>—</td><td>200 {@code {amount "100.00", currency "EUR", paymentType "prepaid"}}</td></tr>
 * <tr><td>[C] GET /billing/destinations</td><td>{@code country}, paging</td><td>200 envelope of {@code {label, country, type, class, price, currency}}</td></tr>
 * <tr><td>[C] POST /calls/export</td><td>[C names] query {@code direction} inbound|outbound, {@code from}, {@code to} (RFC 3339), all optional</td><td>202 Task; when done {@code result = {count, calls: [CDR §4.6]}}</td></tr>
 * <tr><td>[I] GET /tasks</td><td>{@code sort} created|updated, paging</td><td>200 envelope of Task</td></tr>
 * <tr><td>[C path, verb ?] GET /tasks/{taskid}</td><td>—</td><td>200 Task {@code {id, type "calls-export", status pending|running|done|cancelled, result (null until done), created, updated}}</td></tr>
 * <tr><td>[C] DELETE /tasks/{taskid}</td><td>—</td><td>204 (status cancelled); 409 if done or cancelled</td></tr>
 * <tr><td>[C] GET /audio-files</td><td>{@code name} (contains), {@code status}; {@code sort} created|updated|name, paging</td><td>200 envelope of AudioFile {@code {sid, name, status, mimeType, size, created, updated}}</td></tr>
 * <tr><td>[C] POST /audio-files</td><td>[C] JSON {@code {name}} → {@code pending-content}; or multipart/form-data [I names] {@code file} (+ optional {@code name}) → {@code pending-conversion}; MIME [C] audio/flac|mpeg|mp4|ogg|wav, else 422</td><td>201 AudioFile</td></tr>
 * <tr><td>[C] GET /audio-files/{sid}</td><td>—</td><td>200 AudioFile</td></tr>
 * <tr><td>[I] PATCH /audio-files/{sid}</td><td>{@code {name}}</td><td>200 AudioFile</td></tr>
 * <tr><td>[C] DELETE /audio-files/{sid}</td><td>—</td><td>204</td></tr>
 * <tr><td>[C, verb ?] PUT and POST /audio-files/{sid}/file</td><td>multipart {@code file}, or a raw {@code audio/*} body</td><td>200 AudioFile ({@code pending-conversion})</td></tr>
 * <tr><td>[I] GET /audio-files/{sid}/file</td><td>—</td><td>200 the uploaded bytes with their MIME type; 404 before content</td></tr>
 * <tr><td>[C] PUT /audio-files/{sid}/phone-id</td><td>{@code country} FR|GB|US (default FR)</td><td>200 {@code {number, code (6 digits)}}</td></tr>
 * </table>
 */
package dev.switchboard.testkit.callr.v2;
