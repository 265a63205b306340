package dev.switchboard.testkit.callr;

import com.fasterxml.jackson.databind.JsonNode;

/** A JSON-RPC error to answer with (codes are listed in docs/CALLR-METHODS.md). */
final class RpcException extends Exception {

    static final int PARSE_ERROR = -32700;
    static final int INVALID_REQUEST = -32600;
    static final int METHOD_NOT_FOUND = -32601;
    static final int INVALID_PARAMS = -32602;
    static final int INTERNAL_ERROR = -32603;
    static final int AUTHENTICATION_REQUIRED = 1;
    static final int SESSION_EXPIRED = 2;
    static final int INVALID_LOGIN_AS = 3;
    static final int HTTP_METHOD_NOT_ALLOWED = 4;
    static final int NOT_FOUND = 20;
    static final int INVALID_VALUE = 21;
    static final int INSUFFICIENT_CREDIT = 22;
    static final int DID_QUOTA_EXCEEDED = 30;
    static final int RESERVATION_EXPIRED = 31;
    static final int NOT_ENOUGH_AVAILABLE = 32;
    static final int SESSION_NOT_REFRESHABLE = 33;

    final int code;
    final transient JsonNode data;
    final int httpStatus;

    RpcException(int code, String message, JsonNode data, int httpStatus) {
        super(message, null, false, false);
        this.code = code;
        this.data = data;
        this.httpStatus = httpStatus;
    }

    RpcException(int code, String message, JsonNode data) {
        this(code, message, data, 200);
    }

    static RpcException notFound(String type, Object id) {
        return new RpcException(NOT_FOUND, "NOT_FOUND", Json.obj().put("type", type).put("id", String.valueOf(id)));
    }

    static RpcException invalidValue(String param, String reason) {
        return new RpcException(INVALID_VALUE, "INVALID_VALUE", Json.obj().put("param", param).put("reason", reason));
    }

    static RpcException invalidParams(String param, int index, String expected) {
        return new RpcException(INVALID_PARAMS, "Invalid params",
                Json.obj().put("param", param).put("index", index).put("expected", expected));
    }
}
