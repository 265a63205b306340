package jakarta.servlet.http;

import java.io.IOException;

/** Stand-in for {@code jakarta.servlet.http.HttpServletResponse}. */
public interface HttpServletResponse {
    void sendError(int sc) throws IOException;

    void setStatus(int sc);
}
