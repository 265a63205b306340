package dev.switchboard.testkit.callr.v2;

/**
 * An error the v2 emulation answers with the v2 error envelope {@code {"code": "<string>", "message": "<text>"}}
 * [C: envelope, docs.callr.com/reference/errors]. The {@code code} strings are the sandbox's choice [I]: CALLR
 * publishes no catalogue (see {@link CallrV2Emulation} for the list).
 */
final class V2Error extends Exception {

    private static final long serialVersionUID = 1L;

    final int status;
    final String code;

    V2Error(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    /** 400 {@code invalid_parameter}: a query, path or body parameter is missing or out of its documented range. */
    static V2Error invalid(String param, String why) {
        return new V2Error(400, "invalid_parameter", param + ": " + why);
    }

    /** 400 {@code invalid_body}: the body is not the JSON (or multipart) document the endpoint expects. */
    static V2Error badBody(String why) {
        return new V2Error(400, "invalid_body", why);
    }

    /** 401 {@code unauthorized}: no, malformed or unknown credentials. */
    static V2Error unauthorized(String why) {
        return new V2Error(401, "unauthorized", why);
    }

    /** 403 {@code forbidden}: authenticated, but the account may not do this (build mode). */
    static V2Error forbidden(String why) {
        return new V2Error(403, "forbidden", why);
    }

    /** 404 {@code not_found}: unknown object. */
    static V2Error notFound(String type, String id) {
        return new V2Error(404, "not_found", type + " not found: " + id);
    }

    /** 409 {@code conflict}: the object is not in a state that allows the operation. */
    static V2Error conflict(String why) {
        return new V2Error(409, "conflict", why);
    }

    /** 422 {@code unprocessable}: well-formed but not acceptable (e.g. an audio MIME type CALLR does not take). */
    static V2Error unprocessable(String why) {
        return new V2Error(422, "unprocessable", why);
    }
}
