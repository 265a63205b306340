package dev.switchboard.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Compiles every {@code ```java} block of the repository's README.md against the test classpath (the SDK, the
 * sandbox, JUnit 5 and AssertJ), so a snippet that does not compile fails the build naming its README line.
 *
 * <p>The conventions, also stated in the README ("About the snippets"):
 * <ul>
 *   <li>The {@code import} lines at the top of a snippet are its imports; every snippet shows the imports it needs.</li>
 *   <li>A snippet that declares a top-level type ({@code class}, {@code interface}, {@code record}, {@code enum},
 *       possibly annotated) compiles as it is, as one source file.</li>
 *   <li>Any other snippet is statements: it goes inside {@code void run() throws Exception} of a class whose
 *       fields are the names the README's prose gives the snippets without declaring them again: {@code callr},
 *       {@code voipbin}, {@code trackdrive}, {@code telmetrics} (the clients, built as in their sections),
 *       {@code secret} (an {@code hmac_secret}), {@code flowId} (a VoIPBin flow {@code UUID}) and
 *       {@code offerLeadToken} (a TrackDrive offer's lead token). A snippet may declare these names itself.</li>
 *   <li>Snippets using Jakarta Servlet or Spring Web compile against minimal stand-ins of those APIs
 *       ({@code src/test/readme-stubs}, the same packages, types and signatures), since the SDK depends on
 *       neither.</li>
 * </ul>
 * Each snippet gets its own package ({@code readme.l<line>}), so two snippets may declare the same names.
 */
class ReadmeSnippetsCompileTest {

    private static final Pattern TYPE_DECLARATION = Pattern.compile(
            "^(?:(?:public|protected|private|abstract|final|sealed|static)\\s+)*(?:class|interface|record|enum)\\s+\\w+",
            Pattern.MULTILINE);
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "^public\\s+(?:(?:abstract|final|sealed)\\s+)*(?:class|interface|record|enum)\\s+(\\w+)", Pattern.MULTILINE);
    private static final List<String> CONTEXT = List.of(
            "dev.switchboard.callr.CallrClient callr;",
            "dev.switchboard.voipbin.VoipbinClient voipbin;",
            "dev.switchboard.trackdrive.TrackdriveClient trackdrive;",
            "dev.switchboard.telmetrics.TelmetricsClient telmetrics;",
            "String secret;",
            "java.util.UUID flowId;",
            "String offerLeadToken;");

    /** One {@code ```java} block: the README line of its first code line, and its text. */
    record Snippet(int line, String code) {
        String packageName() {
            return "readme.l" + line;
        }

        /** The public type's name (javac wants it as the file name), or {@code Snippet}. */
        String fileName() {
            Matcher m = PUBLIC_TYPE.matcher(body());
            return m.find() ? m.group(1) : "Snippet";
        }

        boolean declaresType() {
            return TYPE_DECLARATION.matcher(body()).find();
        }

        List<String> lines() {
            return code.lines().toList();
        }

        /** The number of leading lines that are imports, blank lines or comments. */
        int importLines() {
            List<String> lines = lines();
            int n = 0;
            int lastImport = 0;
            for (String l : lines) {
                String t = l.strip();
                if (t.startsWith("import ")) {
                    lastImport = n + 1;
                } else if (!(t.isEmpty() || t.startsWith("//"))) {
                    break;
                }
                n++;
            }
            return lastImport;
        }

        String imports() {
            return String.join("\n", lines().subList(0, importLines()));
        }

        String body() {
            List<String> lines = lines();
            return String.join("\n", lines.subList(importLines(), lines.size()));
        }
    }

    /** A snippet wrapped as a source file, with the README line of each of its lines. */
    static final class Source extends SimpleJavaFileObject {
        final Snippet snippet;
        final String text;
        final int bodyOffset; // source line of the snippet's first body line, minus 1

        Source(Snippet snippet) {
            super(URI.create("string:///" + snippet.packageName().replace('.', '/') + "/" + snippet.fileName()
                    + ".java"), Kind.SOURCE);
            this.snippet = snippet;
            StringBuilder sb = new StringBuilder();
            sb.append("package ").append(snippet.packageName()).append(";\n");       // line 1
            if (snippet.importLines() > 0) {
                sb.append(snippet.imports()).append('\n');                             // lines 2..1+importLines
            }
            int headerLines = 1 + snippet.importLines();
            if (snippet.declaresType()) {
                this.bodyOffset = headerLines;
                sb.append(snippet.body()).append('\n');
            } else {
                sb.append("@SuppressWarnings(\"unused\") class Snippet {");
                CONTEXT.forEach(f -> sb.append(' ').append(f));
                sb.append(" void run() throws Exception {\n");
                this.bodyOffset = headerLines + 1;
                sb.append(snippet.body()).append("\n}}\n");
            }
            this.text = sb.toString();
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }

        /** The README line of a line of this source (1-based), or the snippet's first line for the wrapper. */
        int readmeLine(long sourceLine) {
            if (sourceLine <= 1) {
                return snippet.line();
            }
            if (sourceLine <= 1 + snippet.importLines()) {
                return snippet.line() + (int) sourceLine - 2;
            }
            if (sourceLine <= bodyOffset) {
                return snippet.line();
            }
            return snippet.line() + snippet.importLines() + (int) (sourceLine - bodyOffset) - 1;
        }
    }

    static Path readme() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("README.md"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("README.md above " + Path.of("").toAbsolutePath()).isNotNull();
        return dir.resolve("README.md");
    }

    static List<Snippet> snippets(List<String> readme) {
        List<Snippet> out = new ArrayList<>();
        for (int i = 0; i < readme.size(); i++) {
            if (readme.get(i).strip().equals("```java")) {
                int start = i + 1;
                int end = start;
                while (end < readme.size() && !readme.get(end).strip().equals("```")) {
                    end++;
                }
                out.add(new Snippet(start + 1, String.join("\n", readme.subList(start, end))));
                i = end;
            }
        }
        return out;
    }

    private static List<File> stubSources() {
        Path stubs = Path.of("src", "test", "readme-stubs");
        try (Stream<Path> files = Files.walk(stubs)) {
            return files.filter(p -> p.toString().endsWith(".java")).map(Path::toFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String classpath() {
        // surefire runs tests from a manifest-only jar; it publishes the real test classpath in this property
        String cp = System.getProperty("surefire.test.class.path");
        return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
    }

    @Test
    void everyJavaSnippetInTheReadmeCompiles() throws IOException {
        List<Snippet> snippets = snippets(Files.readAllLines(readme(), StandardCharsets.UTF_8));
        assertThat(snippets).as("java snippets in README.md").hasSizeGreaterThanOrEqualTo(15);

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Path out = Files.createTempDirectory("readme-snippets");
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            List<JavaFileObject> units = new ArrayList<>();
            snippets.forEach(s -> units.add(new Source(s)));
            files.getJavaFileObjectsFromFiles(stubSources()).forEach(units::add);
            List<String> options = List.of("-classpath", classpath(), "-d", out.toString(), "-proc:none",
                    "--release", "17", "-Xlint:none", "-nowarn");
            boolean ok = javac.getTask(null, files, diagnostics, options, null, units).call();

            List<String> errors = diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                    .map(ReadmeSnippetsCompileTest::describe)
                    .collect(Collectors.toList());
            assertThat(errors).as("README.md snippets that do not compile").isEmpty();
            assertThat(ok).isTrue();
        } finally {
            try (Stream<Path> walk = Files.walk(out)) {
                walk.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void snippetsAreFoundWithTheirReadmeLines() {
        List<String> readme = List.of("text", "```java", "import java.util.List;", "", "List<String> x = List.of();",
                "```", "```java", "class A {}", "```", "```sh", "ls", "```");
        List<Snippet> found = snippets(readme);

        assertThat(found).extracting(Snippet::line).containsExactly(3, 8);
        assertThat(found.get(0).declaresType()).isFalse();
        assertThat(found.get(1).declaresType()).isTrue();
        Source statements = new Source(found.get(0));
        // the body's first line is README line 5
        long bodyLine = statements.text.lines().toList().indexOf("List<String> x = List.of();") + 1;
        assertThat(statements.readmeLine(bodyLine)).isEqualTo(5);
        Source type = new Source(found.get(1));
        assertThat(type.readmeLine(type.text.lines().toList().indexOf("class A {}") + 1)).isEqualTo(8);
    }

    private static String describe(Diagnostic<? extends JavaFileObject> d) {
        if (d.getSource() instanceof Source s) {
            String[] lines = s.text.split("\n", -1);
            long n = d.getLineNumber();
            String code = n >= 1 && n <= lines.length ? lines[(int) n - 1].strip() : "";
            return "README.md line " + s.readmeLine(n) + " (snippet at line " + s.snippet.line() + "): "
                    + d.getMessage(Locale.ROOT) + "\n    " + code;
        }
        return String.valueOf(d.getSource() == null ? "" : d.getSource().getName()) + ":" + d.getLineNumber() + ": "
                + d.getMessage(Locale.ROOT);
    }
}
