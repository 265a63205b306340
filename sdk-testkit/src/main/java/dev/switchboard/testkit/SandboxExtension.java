package dev.switchboard.testkit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * JUnit 5 support: one {@link Sandbox} per test class, reset before each test, injected as a parameter.
 *
 * <pre>{@code
 * @ExtendWith(SandboxExtension.class)
 * class MyTest {
 *     @Test
 *     void sends(Sandbox sandbox) { ... sandbox.voipbinBaseUrl() ... }
 * }
 *
 * // or, to configure it:
 * @RegisterExtension
 * static final SandboxExtension SANDBOX = new SandboxExtension(() -> Sandbox.builder().seed(42));
 * ... SANDBOX.sandbox() ...
 * }</pre>
 *
 * <p>The sandbox starts before all tests of the class (or lazily on first injection) and is closed when the
 * class's extension context closes. Nested classes share their enclosing class's sandbox. Before each test
 * {@link Sandbox#reset()} restores the seeded data and clears faults and the request log, unless
 * {@link #keepStateBetweenTests()} was called.
 */
public final class SandboxExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SandboxExtension.class);
    private static final String KEY = "sandbox";

    private final Supplier<Sandbox.Builder> builder;
    private boolean resetBeforeEach = true;
    private volatile Sandbox current;

    /** The default sandbox: built-in emulations, free port, seed 0. */
    public SandboxExtension() {
        this(Sandbox::builder);
    }

    /** A sandbox configured by {@code builder} (called once per test class). */
    public SandboxExtension(Supplier<Sandbox.Builder> builder) {
        this.builder = Objects.requireNonNull(builder, "builder");
    }

    /** Keeps data, faults and the request log from one test to the next (no reset before each test). */
    public SandboxExtension keepStateBetweenTests() {
        this.resetBeforeEach = false;
        return this;
    }

    /** The sandbox of the running test class (for {@code @RegisterExtension} fields). */
    public Sandbox sandbox() {
        Sandbox s = current;
        if (s == null) {
            throw new IllegalStateException("no sandbox started yet: use it from a test or lifecycle method");
        }
        return s;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        sandbox(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Sandbox s = sandbox(context);
        if (resetBeforeEach) {
            s.reset();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == Sandbox.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return sandbox(extensionContext);
    }

    private Sandbox sandbox(ExtensionContext context) {
        // stored on the class-level context so that it lives as long as the class, and nested classes see it
        ExtensionContext owner = classContext(context);
        Resource r = owner.getStore(NAMESPACE).getOrComputeIfAbsent(KEY, k -> new Resource(builder.get().start()),
                Resource.class);
        current = r.sandbox;
        return r.sandbox;
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext c = context;
        while (c.getTestMethod().isPresent() && c.getParent().isPresent()) {
            c = c.getParent().get();
        }
        return c;
    }

    /**
     * Closed by JUnit when the owning context closes. JUnit 5.13+ closes a stored {@link AutoCloseable} (and warns
     * about a value that is only a {@code CloseableResource}); older versions (5.10 is what Spring Boot 3.3 manages)
     * close only a {@code CloseableResource}. Being both closes the sandbox everywhere, without the warning: 5.13
     * checks {@code AutoCloseable} first. {@link Sandbox#close()} is idempotent.
     */
    @SuppressWarnings("deprecation")
    private static final class Resource implements AutoCloseable, ExtensionContext.Store.CloseableResource {
        final Sandbox sandbox;

        Resource(Sandbox sandbox) {
            this.sandbox = sandbox;
        }

        @Override
        public void close() {
            sandbox.close();
        }
    }
}
