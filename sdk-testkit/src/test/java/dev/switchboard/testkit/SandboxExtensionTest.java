package dev.switchboard.testkit;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxExtensionTest {

    @Nested
    @ExtendWith(SandboxExtension.class)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class Declarative {

        private Sandbox seenFirst;

        @Test
        @Order(1)
        void injectsAStartedSandbox(Sandbox sandbox) throws Exception {
            assertThat(sandbox.port()).isPositive();
            assertThat(Http.get(sandbox.baseUrl() + "/unknown").statusCode()).isEqualTo(404);
            sandbox.faults().enqueue(Fault.status(500));
            assertThat(sandbox.requests()).hasSize(1);
        }

        @Test
        @Order(2)
        void resetsBetweenTestsAndInjectsTheSameInstanceEverywhere(Sandbox a, Sandbox b) {
            assertThat(a).isSameAs(b);
            assertThat(a.requests()).isEmpty();
            assertThat(a.faults().pending()).isEmpty();
        }
    }

    @Nested
    class Programmatic {

        @RegisterExtension
        static final SandboxExtension SANDBOX = new SandboxExtension(() -> Sandbox.builder().seed(99)
                .emulation(Http.echo("/echo")));

        @Test
        void usesTheConfiguredBuilder(Sandbox injected) throws Exception {
            assertThat(SANDBOX.sandbox()).isSameAs(injected);
            assertThat(injected.state().seed()).isEqualTo(99);
            assertThat(Http.get(injected.baseUrl() + "/echo/x").statusCode()).isEqualTo(200);
        }
    }
}
