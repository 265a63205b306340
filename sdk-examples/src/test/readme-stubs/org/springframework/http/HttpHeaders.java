package org.springframework.http;

/** Stand-in for {@code org.springframework.http.HttpHeaders}. */
public class HttpHeaders {
    public String getFirst(String headerName) {
        return null;
    }
}
