package fr.dlintro.ui.project;

import fr.dlintro.core.InvalidInputException;
import fr.dlintro.core.train.EpochResult;
import fr.dlintro.core.train.Trainer;
import fr.dlintro.core.train.TrainingListener;
import fr.dlintro.core.train.TrainingPlan;
import fr.dlintro.core.train.TrainingResult;
import fr.dlintro.ui.widget.FrenchFormat;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A project's training run, on a background thread, shown on the FX thread.
 *
 * <p>Use: keep one {@code TrainingRun} per view (it outlives section changes, so a run goes
 * on while the reader is elsewhere); bind labels and a {@link LiveLossChart} to it; on
 * « Entraîner » call {@link #start(String, Job)} with a job that prepares the data and the
 * model off the FX thread and returns the (not yet run) core {@link Trainer}; on « Arrêter »
 * call {@link #stop()} (the model keeps what it learned so far); listen to
 * {@link #resultProperty()} to evaluate when the run ends; call {@link #dispose()} when the
 * view goes away.
 *
 * <p>The training thread runs at low priority and never touches the scene: it records what
 * happened, and an {@link AnimationTimer} copies it into the properties at most
 * {@link #UPDATES_PER_SECOND} times a second (plus once at the end), so a fast trainer cannot
 * flood the FX thread. The same timer measures the longest gap between two frames during the
 * run ({@link #maxFrameGapMillisProperty()}, printed on stderr with {@code -Ddlintro.timing=true}).
 * A NaN or infinite loss, or a failure while preparing, ends the run with a French message
 * and keeps the curves.
 */
public final class TrainingRun {
    /** What a run is doing; the last four are how it ended. */
    public enum State {
        IDLE, PREPARING, RUNNING, COMPLETED, CANCELLED, DIVERGED, FAILED;

        public boolean active() {
            return this == PREPARING || this == RUNNING;
        }
    }

    /** Runs on the training thread: reads or generates the data, builds the model, returns its trainer. */
    @FunctionalInterface
    public interface Job {
        Trainer prepare() throws Exception;
    }

    /** A point of the running mean of the training loss inside an epoch: x is a fractional epoch (2.5 = half of epoch 3). */
    public record BatchPoint(double epoch, double loss) {
    }

    public static final int UPDATES_PER_SECOND = 8;
    private static final long UPDATE_NANOS = 1_000_000_000L / UPDATES_PER_SECOND;

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.IDLE);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyIntegerWrapper epoch = new ReadOnlyIntegerWrapper(this, "epoch");
    private final ReadOnlyIntegerWrapper totalEpochs = new ReadOnlyIntegerWrapper(this, "totalEpochs");
    private final ReadOnlyIntegerWrapper batch = new ReadOnlyIntegerWrapper(this, "batch");
    private final ReadOnlyIntegerWrapper batchesPerEpoch = new ReadOnlyIntegerWrapper(this, "batchesPerEpoch");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyDoubleWrapper secondsPerEpoch = new ReadOnlyDoubleWrapper(this, "secondsPerEpoch", Double.NaN);
    private final ReadOnlyDoubleWrapper secondsLeft = new ReadOnlyDoubleWrapper(this, "secondsLeft", Double.NaN);
    private final ReadOnlyDoubleWrapper maxFrameGapMillis = new ReadOnlyDoubleWrapper(this, "maxFrameGapMillis");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Prêt.");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
    private final ReadOnlyObjectWrapper<TrainingPlan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ReadOnlyObjectWrapper<TrainingResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ObservableList<EpochResult> history = FXCollections.observableArrayList();
    private final ObservableList<EpochResult> historyView = FXCollections.unmodifiableObservableList(history);
    private final ObservableList<BatchPoint> batchPoints = FXCollections.observableArrayList();
    private final ObservableList<BatchPoint> batchPointsView = FXCollections.unmodifiableObservableList(batchPoints);

    private final AnimationTimer pulse = new AnimationTimer() {
        @Override
        public void handle(long now) {
            onPulse(now);
        }
    };
    private Shared shared;
    private long lastPulse = -1;
    private long lastUpdate;

    /** Starts a run; must be called on the FX thread while no run is active. */
    public void start(String preparingText, Job job) {
        if (state.get().active()) {
            throw new IllegalStateException("a run is already active");
        }
        history.clear();
        batchPoints.clear();
        plan.set(null);
        result.set(null);
        message.set(null);
        epoch.set(0);
        batch.set(0);
        progress.set(0);
        secondsPerEpoch.set(Double.NaN);
        secondsLeft.set(Double.NaN);
        maxFrameGapMillis.set(0);
        state.set(State.PREPARING);
        running.set(true);
        status.set(preparingText);
        Shared s = new Shared();
        shared = s;
        Thread thread = new Thread(() -> s.run(job), "dlintro-training");
        thread.setDaemon(true);
        // below the FX thread, so on two cores the UI always gets its share
        thread.setPriority(Thread.MIN_PRIORITY);
        lastPulse = -1;
        lastUpdate = 0;
        pulse.start();
        thread.start();
    }

    /** Asks the run to stop before its next batch; what the model learned so far is kept. */
    public void stop() {
        Shared s = shared;
        if (s != null) {
            s.cancel();
        }
    }

    /** Stops a run and the timer (view closing). */
    public void dispose() {
        stop();
        pulse.stop();
    }

    private void onPulse(long now) {
        if (lastPulse >= 0) {
            double gap = (now - lastPulse) / 1e6;
            if (gap > maxFrameGapMillis.get()) {
                maxFrameGapMillis.set(gap);
            }
        }
        lastPulse = now;
        Shared s = shared;
        if (s != null && (now - lastUpdate >= UPDATE_NANOS || s.ended())) {
            lastUpdate = now;
            update(s);
        }
    }

    /** Copies what the training thread recorded into the properties (FX thread). */
    void update(Shared s) {
        Snapshot snap = s.take();
        if (snap.plan != null && plan.get() == null) {
            plan.set(snap.plan);
            totalEpochs.set(snap.plan.epochs());
            batchesPerEpoch.set(snap.plan.batchesPerEpoch());
            state.set(State.RUNNING);
        }
        batchPoints.addAll(snap.batchPoints);
        history.addAll(snap.epochs);
        if (snap.plan != null) {
            epoch.set(snap.epoch);
            batch.set(snap.batch);
            int epochs = snap.plan.epochs();
            double done = snap.batches == 0 ? 0 : (snap.epoch - 1 + (double) snap.batch / snap.batches) / epochs;
            progress.set(Math.max(0, Math.min(1, done)));
            if (!history.isEmpty()) {
                secondsPerEpoch.set(history.stream().mapToDouble(EpochResult::seconds).average().orElse(Double.NaN));
            }
            double elapsed = (System.nanoTime() - snap.begin) / 1e9;
            secondsLeft.set(done > 0 ? elapsed * (1 - done) / done : Double.NaN);
            if (snap.end == null && snap.failure == null) {
                status.set("Époque " + snap.epoch + " sur " + epochs + " · lot " + FrenchFormat.integer(snap.batch)
                        + " sur " + FrenchFormat.integer(snap.batches));
            }
        }
        if (snap.end != null || snap.failure != null) {
            finish(snap);
        }
    }

    private void finish(Snapshot snap) {
        pulse.stop();
        shared = null;
        secondsLeft.set(snap.end != null && snap.end.completed() ? 0 : Double.NaN);
        if (snap.failure != null) {
            message.set(snap.failure);
            status.set(snap.failure);
            state.set(State.FAILED);
        } else {
            TrainingResult r = snap.end;
            int done = r.epochs().size();
            double seconds = r.epochs().stream().mapToDouble(EpochResult::seconds).sum();
            switch (r.status()) {
                case COMPLETED -> {
                    progress.set(1);
                    status.set("Entraînement terminé : " + done + (done > 1 ? " époques" : " époque") + " en "
                            + FrenchFormat.decimal(seconds, seconds < 10 ? 2 : 1) + " s.");
                    state.set(State.COMPLETED);
                }
                case CANCELLED -> {
                    status.set(r.reason() + " Le réseau garde ce qu'il a appris jusque-là.");
                    state.set(State.CANCELLED);
                }
                case DIVERGED -> {
                    message.set(r.reason());
                    status.set(r.reason());
                    state.set(State.DIVERGED);
                }
            }
        }
        running.set(false);
        if (Boolean.getBoolean("dlintro.timing")) {
            System.err.printf("Entraînement : plus longue attente entre deux images %.1f ms.%n", maxFrameGapMillis.get());
        }
        result.set(snap.end);
    }

    /** What the training thread recorded since the last update. */
    private static final class Snapshot {
        TrainingPlan plan;
        long begin;
        int epoch;
        int batch;
        int batches;
        final List<EpochResult> epochs = new ArrayList<>();
        final List<BatchPoint> batchPoints = new ArrayList<>();
        TrainingResult end;
        String failure;
    }

    /** The state written by the training thread, read by the FX thread under one lock. */
    static final class Shared implements TrainingListener {
        private final Object lock = new Object();
        private volatile Trainer trainer;
        private volatile boolean cancelled;
        private TrainingPlan plan;
        private long begin;
        private int epoch;
        private int batch;
        private int batches;
        private double epochSum;
        private BatchPoint latestPoint;
        private long lastPointNanos;
        private final List<EpochResult> epochs = new ArrayList<>();
        private final List<BatchPoint> points = new ArrayList<>();
        private TrainingResult end;
        private String failure;
        private volatile boolean ended;

        void run(Job job) {
            try {
                Trainer t = job.prepare();
                trainer = t;
                if (cancelled) {
                    t.cancel();
                }
                t.addListener(this);
                t.run();
            } catch (InvalidInputException e) {
                fail(e.getMessage());
            } catch (OutOfMemoryError e) {
                fail("Pas assez de mémoire pour cet entraînement : réduisez le nombre d'échantillons ou la taille du réseau.");
            } catch (Exception | Error e) {
                fail("Erreur inattendue pendant l'entraînement (" + e.getClass().getSimpleName() + ").");
            }
        }

        void cancel() {
            cancelled = true;
            Trainer t = trainer;
            if (t != null) {
                t.cancel();
            }
        }

        boolean ended() {
            return ended;
        }

        private void fail(String why) {
            synchronized (lock) {
                if (end == null) {
                    failure = why;
                }
            }
            ended = true;
        }

        @Override
        public void onTrainingBegin(TrainingPlan p) {
            synchronized (lock) {
                plan = p;
                begin = System.nanoTime();
                epoch = 1;
                batches = p.batchesPerEpoch();
            }
        }

        @Override
        public void onBatch(int e, int b, int n, double loss) {
            synchronized (lock) {
                if (b == 1) {
                    epochSum = 0;
                }
                epochSum += loss;
                epoch = e;
                batch = b;
                batches = n;
                latestPoint = new BatchPoint(e - 1 + (double) b / n, epochSum / b);
                long now = System.nanoTime();
                // a point every 1/(4·UPDATES_PER_SECOND) s at most: a few per update, a smooth live curve
                if (now - lastPointNanos >= UPDATE_NANOS / 4) {
                    points.add(latestPoint);
                    latestPoint = null;
                    lastPointNanos = now;
                }
            }
        }

        @Override
        public void onEpoch(EpochResult r) {
            synchronized (lock) {
                if (latestPoint != null) {
                    points.add(latestPoint);
                    latestPoint = null;
                }
                epochs.add(r);
            }
        }

        @Override
        public void onTrainingEnd(TrainingResult r) {
            synchronized (lock) {
                end = r;
            }
            ended = true;
        }

        Snapshot take() {
            Snapshot s = new Snapshot();
            synchronized (lock) {
                s.plan = plan;
                s.begin = begin;
                s.epoch = epoch;
                s.batch = batch;
                s.batches = batches;
                s.epochs.addAll(epochs);
                epochs.clear();
                s.batchPoints.addAll(points);
                points.clear();
                s.end = end;
                s.failure = failure;
            }
            return s;
        }
    }

    public ReadOnlyObjectProperty<State> stateProperty() { return state.getReadOnlyProperty(); }

    public State getState() { return state.get(); }

    /** True from {@link #start} until the run has ended and its last numbers are shown. */
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }

    public boolean isRunning() { return running.get(); }

    /** The epoch in progress (from 1). */
    public ReadOnlyIntegerProperty epochProperty() { return epoch.getReadOnlyProperty(); }

    public ReadOnlyIntegerProperty totalEpochsProperty() { return totalEpochs.getReadOnlyProperty(); }

    /** The last training batch done in the current epoch (from 1). */
    public ReadOnlyIntegerProperty batchProperty() { return batch.getReadOnlyProperty(); }

    public ReadOnlyIntegerProperty batchesPerEpochProperty() { return batchesPerEpoch.getReadOnlyProperty(); }

    /** Fraction of the run done, 0 to 1, counted in training batches. */
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }

    /** Mean seconds per finished epoch (training plus validation), NaN before the first. */
    public ReadOnlyDoubleProperty secondsPerEpochProperty() { return secondsPerEpoch.getReadOnlyProperty(); }

    /** Estimated seconds to the end of the run, NaN when unknown. */
    public ReadOnlyDoubleProperty secondsLeftProperty() { return secondsLeft.getReadOnlyProperty(); }

    /** The longest gap between two frames while the run was active, in milliseconds. */
    public ReadOnlyDoubleProperty maxFrameGapMillisProperty() { return maxFrameGapMillis.getReadOnlyProperty(); }

    /** One French line: « Époque 3 sur 10 · lot 45 sur 125 », then how the run ended. */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    /** A French error (divergence, failure while preparing), null when all is well. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<TrainingPlan> planProperty() { return plan.getReadOnlyProperty(); }

    /** Set once, on the FX thread, when the run ends (null after a failure while preparing). */
    public ReadOnlyObjectProperty<TrainingResult> resultProperty() { return result.getReadOnlyProperty(); }

    /** Every finished epoch of the current (or last) run; kept after a stop or a divergence. */
    public ObservableList<EpochResult> history() { return historyView; }

    /** The running mean of the training loss inside each epoch, a few points per update. */
    public ObservableList<BatchPoint> batchPoints() { return batchPointsView; }

    /** Lets a view state what should happen while idle (« Prêt. », a loaded model…). */
    public void setIdleStatus(String text) {
        if (!state.get().active()) {
            status.set(text);
        }
    }
}
