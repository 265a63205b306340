package dev.switchboard.testkit.callr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.testkit.SandboxState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every method the CALLR emulation answers has a row (params, result shape) in docs/CALLR-METHODS.md, and back. */
class CallrMethodsDocumentedTest {

    @Test
    void theMethodTableListsExactlyTheMethodsTheEmulationAnswers() throws IOException {
        Path doc = Path.of("..", "docs", "CALLR-METHODS.md");
        Set<String> documented = new TreeSet<>();
        Matcher row = Pattern.compile("(?m)^\\| `([a-z0-9/_.-]+)` \\|").matcher(Files.readString(doc));
        while (row.find()) {
            documented.add(row.group(1));
        }

        CallrEmulation emulation = new CallrEmulation(new SandboxState(0));
        Set<String> answered;
        try {
            answered = emulation.methodNames();
        } finally {
            emulation.close();
        }

        assertThat(answered).hasSizeGreaterThan(70);
        assertThat(documented).isEqualTo(answered);
    }
}
