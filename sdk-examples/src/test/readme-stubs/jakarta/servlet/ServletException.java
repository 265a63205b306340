package jakarta.servlet;

/** Stand-in for {@code jakarta.servlet.ServletException}. */
public class ServletException extends Exception {
    public ServletException(String message) {
        super(message);
    }
}
