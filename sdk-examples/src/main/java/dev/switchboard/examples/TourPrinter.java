package dev.switchboard.examples;

import java.io.PrintStream;

/** Prints the tour: numbered headings and short, indented result lines. */
public final class TourPrinter {

    private final PrintStream out;

    public TourPrinter(PrintStream out) {
        this.out = out;
    }

    /** {@code "2. VoIPBin: group calls"} underlined, preceded by a blank line. */
    public void heading(int number, String title) {
        String text = number + ". " + title;
        out.println();
        out.println(text);
        out.println("-".repeat(text.length()));
    }

    /** A result line; {@code format} is a {@link String#format} pattern when {@code args} are given. */
    public void line(String format, Object... args) {
        out.println("   " + (args.length == 0 ? format : String.format(format, args)));
    }

    /** {@code "   key: value"} */
    public void kv(String key, Object value) {
        out.println("   " + key + ": " + value);
    }

    /** A failure line with the exception type and message. */
    public void error(Throwable t) {
        String message = t.getMessage() == null ? "" : ": " + t.getMessage();
        out.println("   ! FAILED " + t.getClass().getSimpleName() + message);
        if (t.getCause() != null && t.getCause() != t) {
            out.println("     caused by " + t.getCause());
        }
    }

    /** Unindented text. */
    public void text(String text) {
        out.println(text);
    }

    public PrintStream out() {
        return out;
    }
}
