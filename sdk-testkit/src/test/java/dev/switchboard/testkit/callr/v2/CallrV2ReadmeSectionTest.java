package dev.switchboard.testkit.callr.v2;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The Java block of {@code sdk-testkit/README-V2-SECTION.md} is {@link SendSmsThroughV2Test}, so it compiles and passes. */
class CallrV2ReadmeSectionTest {

    @Test
    void theSectionsSnippetIsTheCompiledTest() throws Exception {
        String section = Files.readString(Path.of("README-V2-SECTION.md"));
        int start = section.indexOf("```java\n") + "```java\n".length();
        String snippet = section.substring(start, section.indexOf("```", start));
        String source = Files.readString(Path.of("src/test/java/dev/switchboard/testkit/callr/v2/SendSmsThroughV2Test.java"));
        String withoutPackage = source.substring(source.indexOf('\n') + 1).stripLeading();
        assertThat(snippet).isEqualTo(withoutPackage);
    }
}
