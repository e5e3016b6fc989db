package fr.dlintro.ui.widget.sgd;

import fr.dlintro.core.demo.MiniBatchRegression;
import fr.dlintro.ui.widget.FrenchNumbers;
import fr.dlintro.ui.widget.StepPlayback;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * Section 4.3.7: the same regression fitted two ways from the same start with the same rate —
 * classic descent on the whole data set (one update per epoch) and mini-batch SGD (one update
 * per mini-batch). One « Étape » is one mini-batch; the full-batch run takes its step each time
 * the mini-batches complete an epoch, so both have seen the same number of samples.
 */
public final class SgdModel {
    public static final int MAX_EPOCHS = 20;
    public static final double W_MIN = -1;
    public static final double W_MAX = 4;
    public static final double B_MIN = -2.5;
    public static final double B_MAX = 3;

    private final MiniBatchRegression data;
    private final IntegerProperty batchSize = new SimpleIntegerProperty(this, "batchSize");
    private final DoubleProperty learningRate = new SimpleDoubleProperty(this, "learningRate", 0.1);
    private final DoubleProperty startW = new SimpleDoubleProperty(this, "startW", -0.5);
    private final DoubleProperty startB = new SimpleDoubleProperty(this, "startB", -1.5);
    private final ReadOnlyIntegerWrapper steps = new ReadOnlyIntegerWrapper(this, "steps");
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status");
    private final StepPlayback playback;
    private final Trace sgd = new Trace();
    private final Trace full = new Trace();
    private MiniBatchRegression.Run sgdRun;
    private MiniBatchRegression.Run fullRun;

    /** The points of one run: (w, b), epochs seen, and the whole data set's cost there. */
    public static final class Trace {
        private double[] w = new double[64];
        private double[] b = new double[64];
        private double[] epoch = new double[64];
        private double[] cost = new double[64];
        private int size;

        void clear() {
            size = 0;
        }

        void add(double wv, double bv, double e, double c) {
            if (size == w.length) {
                w = java.util.Arrays.copyOf(w, size * 2);
                b = java.util.Arrays.copyOf(b, size * 2);
                epoch = java.util.Arrays.copyOf(epoch, size * 2);
                cost = java.util.Arrays.copyOf(cost, size * 2);
            }
            w[size] = wv;
            b[size] = bv;
            epoch[size] = e;
            cost[size] = c;
            size++;
        }

        public int size() { return size; }

        public double[] w() { return java.util.Arrays.copyOf(w, size); }

        public double[] b() { return java.util.Arrays.copyOf(b, size); }

        public double[] epochs() { return java.util.Arrays.copyOf(epoch, size); }

        public double[] costs() { return java.util.Arrays.copyOf(cost, size); }

        public double lastCost() { return cost[size - 1]; }
    }

    public SgdModel(int batchSize, long seed) {
        this.data = new MiniBatchRegression(seed);
        this.batchSize.set(clamp(batchSize));
        playback = new StepPlayback(StepPlayback.steps(this::step, this::stepBack, this::reset), Bindings.greaterThan(steps, 0), finished);
        this.batchSize.addListener((o, a, v) -> {
            if (v.intValue() != clamp(v.intValue())) {
                this.batchSize.set(clamp(v.intValue()));
                return;
            }
            reset();
        });
        learningRate.addListener((o, a, v) -> reset());
        startW.addListener((o, a, v) -> reset());
        startB.addListener((o, a, v) -> reset());
        reset();
    }

    private static int clamp(int b) {
        return Math.max(1, Math.min(MiniBatchRegression.SIZE, b));
    }

    /** Back to the start: same start, same shuffles, so the run replays identically. */
    public void reset() {
        playback.playingProperty().set(false);
        replay(0);
    }

    private void replay(int count) {
        sgdRun = data.run(batchSize.get(), learningRate.get(), startW.get(), startB.get());
        fullRun = data.run(MiniBatchRegression.SIZE, learningRate.get(), startW.get(), startB.get());
        sgd.clear();
        full.clear();
        record(sgd, sgdRun);
        record(full, fullRun);
        for (int i = 0; i < count; i++) {
            advance();
        }
        changed();
    }

    private void record(Trace t, MiniBatchRegression.Run r) {
        t.add(r.w(), r.b(), r.epochs(), data.cost(r.w(), r.b()));
    }

    private void advance() {
        sgdRun.step();
        record(sgd, sgdRun);
        while (fullRun.epochs() + 1e-9 < Math.floor(sgdRun.epochs() + 1e-9)) {
            fullRun.step();
            record(full, fullRun);
        }
    }

    /** One mini-batch. */
    public void step() {
        if (finished.get()) {
            return;
        }
        advance();
        changed();
    }

    public void stepBack() {
        if (sgdRun.updates() > 0) {
            replay(sgdRun.updates() - 1);
        }
    }

    /** Starts both runs from (w, b) of the map. */
    public void setStart(double w, double b) {
        startW.set(Math.round(w * 20) / 20.0);
        startB.set(Math.round(b * 20) / 20.0);
    }

    private void changed() {
        steps.set(sgdRun.updates());
        finished.set(sgdRun.epochs() >= MAX_EPOCHS - 1e-9);
        int per = sgdRun.updatesPerEpoch();
        status.set("Époque " + FrenchNumbers.compact(sgdRun.epochs(), 2) + " · mini-lots : "
                + sgdRun.updates() + " mise" + (sgdRun.updates() > 1 ? "s" : "") + " à jour, J = "
                + FrenchNumbers.compact(sgd.lastCost(), 3) + " · lot complet : " + fullRun.updates() + " mise"
                + (fullRun.updates() > 1 ? "s" : "") + " à jour, J = " + FrenchNumbers.compact(full.lastCost(), 3)
                + (per == 1 ? " · mini-lot = jeu entier : les deux descentes sont identiques" : ""));
        revision.set(revision.get() + 1);
    }

    public Trace sgd() { return sgd; }

    public Trace full() { return full; }

    public MiniBatchRegression data() { return data; }

    public double minimumCost() {
        double[] best = data.bestFit();
        return data.cost(best[0], best[1]);
    }

    public int updatesPerEpoch() { return sgdRun.updatesPerEpoch(); }

    public double epochs() { return sgdRun.epochs(); }

    public IntegerProperty batchSizeProperty() { return batchSize; }

    public DoubleProperty learningRateProperty() { return learningRate; }

    public DoubleProperty startWProperty() { return startW; }

    public DoubleProperty startBProperty() { return startB; }

    public ReadOnlyIntegerProperty stepsProperty() { return steps.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty finishedProperty() { return finished.getReadOnlyProperty(); }

    public ReadOnlyIntegerProperty revisionProperty() { return revision.getReadOnlyProperty(); }

    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    public StepPlayback playback() { return playback; }
}
