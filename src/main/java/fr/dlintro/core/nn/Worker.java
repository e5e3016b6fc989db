package fr.dlintro.core.nn;

import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * A second thread that runs one task at a time for the calling thread. Hand-offs spin
 * before parking: a training step lasts tens of microseconds, much less than a
 * park/unpark round trip. If the worker has not picked up its task by the time the caller
 * waits for it (its core is busy elsewhere), the caller runs the task itself: a loaded
 * machine then costs the second thread's gain, never more.
 */
final class Worker implements AutoCloseable {
    private static final int SPINS = 20_000;
    /**
     * How long the worker spins for its next task before parking: well over a training step,
     * a validation pass or a young collection. Waking a parked thread takes up to a millisecond
     * on a virtual machine whose idle core has halted, several steps during which the owner
     * runs the tasks alone (measured: 2 ms of spinning still let the owner take 7 % of them).
     */
    private static final long SPIN_NANOS = 50_000_000;
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
            long deadline = 0;
            for (int i = 0; r == null && !closed; i++) {
                Thread.onSpinWait();
                // read before claiming: a getAndSet per spin would keep taking the line from the owner
                if (task.get() != null) {
                    r = task.getAndSet(null);
                }
                if ((i & 255) == 255) {
                    long now = System.nanoTime();
                    if (deadline == 0) {
                        deadline = now + SPIN_NANOS;
                    } else if (now > deadline) {
                        break;
                    }
                }
            }
            if (r == null) {
                workerWaiting = true;
                if (task.get() == null && !closed) {
                    LockSupport.park(this);
                }
                workerWaiting = false;
                // back to spinning after any wake-up: if the owner already took the task that woke
                // us, parking again at once would make the next wake-up just as late, and so on
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
