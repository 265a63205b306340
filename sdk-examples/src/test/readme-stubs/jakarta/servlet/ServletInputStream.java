package jakarta.servlet;

import java.io.InputStream;

/** Stand-in for {@code jakarta.servlet.ServletInputStream}. */
public abstract class ServletInputStream extends InputStream {
}
