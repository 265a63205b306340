package dev.switchboard.callr.v2;

import dev.switchboard.models.callr.v2.AudioFileUpload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import okio.Buffer;

/**
 * A {@code multipart/form-data} body built at the v2 edge with OkHttp's {@link MultipartBody} and handed to the
 * transport as bytes plus media type (with its boundary), so that a retry re-sends exactly the same bytes. Part names
 * {@code name} and {@code file} are inferred [I].
 */
record Multipart(byte[] bytes, MediaType mediaType) {

  static Multipart of(AudioFileUpload upload, boolean withName) {
    Objects.requireNonNull(upload, "upload");
    MediaType type;
    try {
      type = MediaType.get(upload.mediaType().orElseThrow().raw());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("mediaType: not a media type: \"" + upload.mediaType().get().raw() + "\"", e);
    }
    MultipartBody.Builder b = new MultipartBody.Builder().setType(MultipartBody.FORM);
    if (withName) {
      upload.name().ifPresent(name -> b.addFormDataPart("name", name));
    }
    b.addFormDataPart("file", upload.fileName().orElseThrow(), RequestBody.create(upload.content(), type));
    MultipartBody body = b.build();
    Buffer buffer = new Buffer();
    try {
      body.writeTo(buffer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Multipart(buffer.readByteArray(), body.contentType());
  }
}
