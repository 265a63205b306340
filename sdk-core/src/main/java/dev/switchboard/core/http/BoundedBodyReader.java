package dev.switchboard.core.http;

import java.io.IOException;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Reads a response body into memory, never more than a cap (counted after OkHttp's transparent decompression): a
 * declared {@code Content-Length} over the cap fails before reading, and a stream that passes it (a decompression
 * bomb, an endless chunked body) fails as soon as the cap plus one byte has arrived, so at most {@code cap + 1} bytes
 * are ever buffered.
 */
final class BoundedBodyReader {
  private static final long CHUNK = 8192;

  private BoundedBodyReader() {}

  /** The body's bytes; throws {@link TooLargeException} over {@code cap}, any other IOException as read. */
  static byte[] read(ResponseBody body, long cap) throws IOException {
    if (body == null) {
      return new byte[0];
    }
    long declared = body.contentLength();
    if (declared > cap) {
      throw new TooLargeException(cap, declared);
    }
    BufferedSource source = body.source();
    Buffer buffer = new Buffer();
    while (source.read(buffer, Math.min(CHUNK, cap + 1 - buffer.size())) != -1) {
      if (buffer.size() > cap) {
        throw new TooLargeException(cap, -1);
      }
    }
    return buffer.readByteArray();
  }

  /** The body passed the cap; the connection is not reused (the body is closed unread). */
  static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    TooLargeException(long cap, long declared) {
      super("response body exceeds maxResponseBytes (" + cap + " bytes)"
          + (declared >= 0 ? ": Content-Length " + declared : ""));
    }
  }
}
