package dev.switchboard.core.http;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

/** A request body over bytes; one-shot for unsafe requests so OkHttp never silently re-sends it. */
final class BytesBody extends RequestBody {
  private static final byte[] EMPTY = new byte[0];

  private final byte[] bytes;
  private final MediaType type;
  private final boolean oneShot;

  BytesBody(byte[] bytes, MediaType type, boolean oneShot) {
    this.bytes = bytes;
    this.type = type;
    this.oneShot = oneShot;
  }

  /**
   * The body of {@code method}: {@code bytes} when there are some; an empty one-shot body for a bodyless unsafe
   * POST/PUT/PATCH (OkHttp must not silently re-send, for example, a hangup after the connection dropped); none for
   * GET, HEAD, DELETE and OPTIONS without bytes.
   */
  static RequestBody of(String method, byte[] bytes, MediaType type, boolean safe) {
    if (bytes != null) {
      return new BytesBody(bytes, type, !safe);
    }
    switch (method) {
      case "GET":
      case "HEAD":
      case "DELETE":
      case "OPTIONS":
        return null;
      default:
        return new BytesBody(EMPTY, null, !safe);
    }
  }

  @Override
  public MediaType contentType() {
    return type;
  }

  @Override
  public long contentLength() {
    return bytes.length;
  }

  @Override
  public boolean isOneShot() {
    return oneShot;
  }

  @Override
  public void writeTo(BufferedSink sink) throws IOException {
    sink.write(bytes);
  }
}
