package dev.switchboard.testkit.callr.v2;

import dev.switchboard.callr.CallrClient;
import dev.switchboard.testkit.SandboxState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docs/CALLR-V2-MIGRATION.md} has a row for every method of {@code docs/CALLR-METHODS.md}, each naming a
 * real v1 call of this SDK and either a v2 endpoint the sandbox serves plus a {@code callrV2} call, or "no v2
 * equivalent documented".
 */
class CallrV2MigrationTableTest {

    private static final Pattern METHOD_ROW = Pattern.compile("^\\| `([a-z0-9/_.\\-]+)` \\|", Pattern.MULTILINE);
    private static final Pattern V1_CALL = Pattern.compile("^`callr\\.(\\w+)\\(\\)\\.(\\w+)\\(.*\\)`$");
    private static final Pattern ENDPOINT = Pattern.compile("^`(GET|POST|PUT|PATCH|DELETE) (/[^`?]*)");
    private static final String NONE = "*no v2 equivalent documented*";

    private static Set<String> documented;
    private static List<String[]> rows;

    @BeforeAll
    static void read() throws IOException {
        documented = new TreeSet<>();
        Matcher m = METHOD_ROW.matcher(Files.readString(Path.of("..", "docs", "CALLR-METHODS.md")));
        while (m.find()) {
            documented.add(m.group(1));
        }
        String migration = Files.readString(Path.of("..", "docs", "CALLR-V2-MIGRATION.md"));
        int start = migration.indexOf("\n## Method by method");
        int end = migration.indexOf("\n## ", start + 1);
        assertThat(start).as("the 'Method by method' section").isPositive();
        rows = new ArrayList<>();
        for (String line : migration.substring(start, end < 0 ? migration.length() : end).split("\n")) {
            if (METHOD_ROW.matcher(line).find()) {
                String[] cells = line.substring(1, line.length() - 1).split("\\|", -1);
                rows.add(Arrays.stream(cells).map(String::trim).toArray(String[]::new));
            }
        }
    }

    @Test
    void everyV1MethodHasARowAndNoRowNamesAnUnknownMethod() {
        Set<String> covered = new TreeSet<>();
        rows.forEach(r -> covered.add(r[0].replace("`", "")));
        assertThat(documented).hasSizeGreaterThan(70);
        assertThat(covered).as("methods of CALLR-METHODS.md without a migration row")
                .containsAll(documented);
        assertThat(documented).as("migration rows for methods CALLR-METHODS.md does not list").containsAll(covered);
    }

    @Test
    void everyRowNamesARealV1CallOfThisSdk() throws Exception {
        for (String[] r : rows) {
            assertThat(r).as("row %s has 6 cells", r[0]).hasSize(6);
            Matcher m = V1_CALL.matcher(r[1]);
            assertThat(m.matches()).as("v1 call of %s: %s", r[0], r[1]).isTrue();
            Method accessor = CallrClient.class.getMethod(m.group(1));
            assertThat(Arrays.stream(accessor.getReturnType().getMethods()).map(Method::getName))
                    .as("%s has a method %s", accessor.getReturnType().getSimpleName(), m.group(2))
                    .contains(m.group(2));
        }
    }

    @Test
    void everyV2EndpointIsServedByTheSandboxAndHasAV2Call() {
        Set<String> routes = new TreeSet<>(new CallrV2Emulation(new SandboxState(0)).routes());
        int mapped = 0;
        for (String[] r : rows) {
            if (r[2].equals("—")) {
                assertThat(r[4]).as("v2 call of %s", r[0]).isEqualTo(NONE);
                continue;
            }
            Matcher m = ENDPOINT.matcher(r[2]);
            assertThat(m.find()).as("v2 endpoint of %s: %s", r[0], r[2]).isTrue();
            assertThat(routes).as("route of %s", r[0]).contains(m.group(1) + " " + m.group(2));
            assertThat(r[4]).as("v2 call of %s", r[0]).startsWith("`callrV2.");
            assertThat(r[3]).as("evidence of %s", r[0]).matches("^(C|I)\\b.*");
            mapped++;
        }
        assertThat(mapped).isGreaterThan(25);
    }
}
