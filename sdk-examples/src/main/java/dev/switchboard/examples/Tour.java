package dev.switchboard.examples;

import dev.switchboard.testkit.Sandbox;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A runnable walk through the SDK. With no arguments it runs every section against the in-process
 * {@link Sandbox}; flags or environment variables point providers at real servers (see {@link TourConfig#usage()}).
 *
 * <p>Exit codes: 0 all sections passed (or {@code --help}), 1 a section failed, 2 bad command line.
 *
 * <p>To add a section: implement {@link TourSection} and add it to {@link #sections()}.
 */
public final class Tour {

    private Tour() {
    }

    /** Every section, in the order the tour runs them. Add new sections here. */
    public static List<TourSection> sections() {
        List<TourSection> all = new ArrayList<>();
        all.add(new SandboxSection());
        all.addAll(CallrSections.all());
        all.add(new CallrV2Section());
        all.add(new VoipbinSection());
        all.add(new TrackdriveSection());
        all.add(new TelmetricsSection());
        return List.copyOf(all);
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err, System.getenv());
        System.out.flush();
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Runs the tour; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        return run(args, out, err, env, sections());
    }

    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env,
                   List<TourSection> sections) {
        TourConfig config;
        try {
            config = TourConfig.parse(args, env);
        } catch (TourConfig.UsageException e) {
            err.println("tour: " + e.getMessage());
            err.println();
            err.print(TourConfig.usage());
            err.flush();
            return 2;
        }
        if (config.help()) {
            out.print(TourConfig.usage());
            out.flush();
            return 0;
        }

        List<TourSection> chosen = new ArrayList<>();
        for (TourSection s : sections) {
            if (config.selected(s.provider())) {
                chosen.add(s);
            }
        }
        TourPrinter printer = new TourPrinter(out);
        printer.text("Switchboard SDK tour");
        boolean needSandbox = false;
        for (TourSection s : chosen) {
            Provider p = Provider.byId(s.provider());
            needSandbox |= p == null || !config.live(p);
        }

        List<String> failed = new ArrayList<>();
        try (Sandbox sandbox = needSandbox ? Sandbox.start() : null) {
            for (Provider p : Provider.values()) {
                if (config.selected(p.id())) {
                    printer.line("%-11s %s", p.id(), config.live(p)
                            ? "live    " + config.settings(p).liveBaseUrl()
                            : "sandbox " + p.sandboxUrl(sandbox));
                }
            }
            TourContext ctx = new TourContext(config, sandbox, printer);
            int n = 0;
            for (TourSection section : chosen) {
                printer.heading(++n, section.title());
                try {
                    section.run(ctx);
                } catch (Exception | AssertionError e) {
                    printer.error(e);
                    failed.add(n + ". " + section.title());
                } finally {
                    if (sandbox != null) {
                        sandbox.faults().clear(); // a failed section must not leave faults for the next one
                    }
                }
            }
            printer.text("");
            if (chosen.isEmpty()) {
                printer.text("No section selected.");
            } else if (failed.isEmpty()) {
                printer.text("Done: " + chosen.size() + " section(s), all passed.");
            } else {
                printer.text("Done: " + failed.size() + " of " + chosen.size() + " section(s) failed:");
                failed.forEach(f -> printer.line("%s", f));
            }
        } catch (RuntimeException e) { // e.g. the sandbox cannot start
            err.println("tour: " + e);
            err.flush();
            return 1;
        }
        out.flush();
        return failed.isEmpty() ? 0 : 1;
    }
}
