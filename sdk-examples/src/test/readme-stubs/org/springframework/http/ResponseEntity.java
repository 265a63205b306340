package org.springframework.http;

/** Stand-in for {@code org.springframework.http.ResponseEntity}. */
public class ResponseEntity<T> {
    public static BodyBuilder ok() {
        return null;
    }

    public static BodyBuilder status(int status) {
        return null;
    }

    /** Stand-in for {@code ResponseEntity.HeadersBuilder}. */
    public interface HeadersBuilder<B extends HeadersBuilder<B>> {
        <T> ResponseEntity<T> build();
    }

    /** Stand-in for {@code ResponseEntity.BodyBuilder}. */
    public interface BodyBuilder extends HeadersBuilder<BodyBuilder> {
        <T> ResponseEntity<T> body(T body);
    }
}
