package jakarta.servlet.http;

import jakarta.servlet.ServletInputStream;
import java.io.IOException;

/** Stand-in for {@code jakarta.servlet.http.HttpServletRequest}. */
public interface HttpServletRequest {
    String getHeader(String name);

    ServletInputStream getInputStream() throws IOException;
}
