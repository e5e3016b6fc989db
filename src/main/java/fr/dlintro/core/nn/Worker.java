package fr.dlintro.core.nn;

import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * A second thread that runs one task at a time for the calling thread. Hand-offs spin
 * briefly before parking: a training step lasts tens of microseconds, much less than a
 * park/unpark round trip. If the worker has not picked up its task by the time the caller
 * waits for it (its core is busy elsewhere), the caller runs the task itself: a loaded
 * machine then costs the second thread's gain, never more.
 */
final class Worker implements AutoCloseable {
    private static final int SPINS = 20_000;
    private final Thread thread;
    private final Thread owner;
    private final AtomicReference<Runnable> task = new AtomicReference<>();
    private volatile boolean done = true;
    private volatile boolean ownerWaiting;
    private volatile boolean workerWaiting;
    private volatile boolean closed;
    private volatile Throwable failure;
    private long stolen;

    Worker(String name) {
        owner = Thread.currentThread();
        thread = new Thread(this::loop, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Offers a task to the worker; {@link #await()} before the next one. */
    void start(Runnable r) {
        done = false;
        task.set(r);
        if (workerWaiting) {
            LockSupport.unpark(thread);
        }
    }

    /** Waits for the task (running it here if the worker has not started it); rethrows what it threw. */
    void await() {
        Runnable mine = task.getAndSet(null);
        if (mine != null) {
            stolen++;
            mine.run();
            return;
        }
        for (int i = 0; i < SPINS && !done; i++) {
            Thread.onSpinWait();
        }
        if (!done) {
            ownerWaiting = true;
            while (!done) {
                LockSupport.park(this);
            }
            ownerWaiting = false;
        }
        Throwable t = failure;
        if (t != null) {
            failure = null;
            if (t instanceof RuntimeException) {
                throw (RuntimeException) t;
            }
            if (t instanceof Error) {
                throw (Error) t;
            }
            throw new IllegalStateException(t);
        }
    }

    /** Tasks the caller ended up running itself. */
    long stolen() {
        return stolen;
    }

    private void loop() {
        while (!closed) {
            Runnable r = task.getAndSet(null);
            for (int i = 0; r == null && i < SPINS && !closed; i++) {
                Thread.onSpinWait();
                r = task.getAndSet(null);
            }
            if (r == null) {
                workerWaiting = true;
                while (task.get() == null && !closed) {
                    LockSupport.park(this);
                }
                workerWaiting = false;
                continue;
            }
            try {
                r.run();
            } catch (Throwable t) {
                failure = t;
            }
            done = true;
            if (ownerWaiting) {
                LockSupport.unpark(owner);
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(thread);
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
