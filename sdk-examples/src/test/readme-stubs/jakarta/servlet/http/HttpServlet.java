package jakarta.servlet.http;

import jakarta.servlet.ServletException;
import java.io.IOException;

/** Stand-in for {@code jakarta.servlet.http.HttpServlet}. */
public abstract class HttpServlet {
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
    }
}
