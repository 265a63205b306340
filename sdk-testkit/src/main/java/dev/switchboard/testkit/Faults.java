package dev.switchboard.testkit;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The queue of injected faults of one {@link Sandbox}. Each request takes the first queued fault that matches it
 * (in enqueue order) and uses up one of its {@link Fault#times(int) times}. Thread-safe.
 */
public final class Faults {

    private static final class Pending {
        final Fault fault;
        int remaining;

        Pending(Fault fault) {
            this.fault = fault;
            this.remaining = fault.times();
        }
    }

    private final List<Pending> queue = new ArrayList<>();

    Faults() {
    }

    /** Queues a fault; returns this for chaining. */
    public synchronized Faults enqueue(Fault fault) {
        queue.add(new Pending(fault));
        return this;
    }

    /** The faults not yet used up (each as enqueued, whatever remains of its count). */
    public synchronized List<Fault> pending() {
        List<Fault> list = new ArrayList<>();
        for (Pending p : queue) {
            list.add(p.fault);
        }
        return List.copyOf(list);
    }

    /** How many more requests the queued faults will affect in total. */
    public synchronized int remaining() {
        int n = 0;
        for (Pending p : queue) {
            n += p.remaining;
        }
        return n;
    }

    /** Drops every queued fault. */
    public synchronized void clear() {
        queue.clear();
    }

    synchronized Fault take(String method, String path) {
        for (Iterator<Pending> it = queue.iterator(); it.hasNext(); ) {
            Pending p = it.next();
            if (p.fault.matches(method, path)) {
                if (--p.remaining == 0) {
                    it.remove();
                }
                return p.fault;
            }
        }
        return null;
    }
}
