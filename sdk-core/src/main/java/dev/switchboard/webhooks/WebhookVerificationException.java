package dev.switchboard.webhooks;

import dev.switchboard.core.errors.SwitchboardException;
import java.util.Objects;

/**
 * Thrown when a webhook delivery cannot be authenticated. Unchecked, so it can be thrown from lambdas.
 *
 * <p>The message is a single line that never contains a secret; the {@link #reason()} tells callers what went wrong
 * without parsing the message. A typical endpoint maps every reason to HTTP 401 (or 400) and does not process the body.
 */
public class WebhookVerificationException extends SwitchboardException {

    private static final long serialVersionUID = 1L;

    /** Why verification failed. */
    private final FailureReason reason;

    /**
     * Creates an exception.
     *
     * @param reason  why verification failed, not null
     * @param message a one-line description that must not contain any secret
     */
    public WebhookVerificationException(FailureReason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * Returns why verification failed.
     *
     * @return the failure reason, never null
     */
    public FailureReason reason() {
        return reason;
    }
}
