package fr.dlintro.ui.widget.normalization;

import fr.dlintro.core.demo.FeatureScaling;
import fr.dlintro.ui.widget.FrenchNumbers;
import fr.dlintro.ui.widget.StepPlayback;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * Section 5.2.4.1 (Fig. 44–45): two features of very different scales, before and after
 * standardisation, and gradient descent on each error surface from the same starting model
 * (the normalised weights are the raw ones times each feature's spread). Each surface has its
 * own learning rate: above 2 / (largest curvature) descent diverges, and that limit is about
 * 36 times smaller on the elongated surface.
 */
public final class NormalizationModel {
    public static final int SAMPLES = 300;
    public static final int MAX_STEPS = 200;
    /** Where the start sits relative to the raw optimum, in raw weights. */
    static final double[] START_OFFSET = {-3.6, 0.22};
    /** Half-widths of both maps, in weight units; the view gives the maps the same aspect, so a round bowl looks round. */
    public static final double HALF_W1 = 4.5;
    public static final double HALF_W2 = 1.55;

    public enum Parts {
        HISTOGRAMMES, DESCENTE, LES_DEUX;

        public boolean histograms() { return this != DESCENTE; }

        public boolean descent() { return this != HISTOGRAMMES; }
    }

    private final FeatureScaling data = new FeatureScaling(42, SAMPLES);
    private final Parts parts;
    private final DoubleProperty rawRate = new SimpleDoubleProperty(this, "rawRate");
    private final DoubleProperty normalizedRate = new SimpleDoubleProperty(this, "normalizedRate", 0.3);
    private final List<double[]> rawPath = new ArrayList<>();
    private final List<double[]> normalizedPath = new ArrayList<>();
    private final ReadOnlyIntegerWrapper steps = new ReadOnlyIntegerWrapper(this, "steps");
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status");
    private final ReadOnlyStringWrapper rawGap = new ReadOnlyStringWrapper(this, "rawGap");
    private final ReadOnlyStringWrapper normalizedGap = new ReadOnlyStringWrapper(this, "normalizedGap");
    private final StepPlayback playback;

    public NormalizationModel(Parts parts) {
        this.parts = parts;
        // just under the raw surface's limit: the fastest rate that still converges there
        rawRate.set(Math.floor(0.9 * data.largestStableRate(false) * 1000) / 1000);
        playback = new StepPlayback(StepPlayback.steps(this::step, this::stepBack, this::reset), Bindings.greaterThan(steps, 0), finished);
        rawRate.addListener((o, a, v) -> reset());
        normalizedRate.addListener((o, a, v) -> reset());
        reset();
    }

    public void reset() {
        playback.playingProperty().set(false);
        rawPath.clear();
        normalizedPath.clear();
        double[] w = rawStart();
        rawPath.add(w);
        normalizedPath.add(new double[] {w[0] * data.spread(0), w[1] * data.spread(1)});
        changed();
    }

    /** The raw optimum moved by {@link #START_OFFSET}. */
    public double[] rawStart() {
        double[] best = data.optimum(false);
        return new double[] {best[0] + START_OFFSET[0], best[1] + START_OFFSET[1]};
    }

    public void step() {
        if (finished.get()) {
            return;
        }
        rawPath.add(data.step(false, rawPath.get(rawPath.size() - 1), rawRate.get()));
        normalizedPath.add(data.step(true, normalizedPath.get(normalizedPath.size() - 1), normalizedRate.get()));
        changed();
    }

    public void stepBack() {
        if (rawPath.size() > 1) {
            rawPath.remove(rawPath.size() - 1);
            normalizedPath.remove(normalizedPath.size() - 1);
            changed();
        }
    }

    /** J minus its minimum: how far from the best fit. */
    public double excessCost(boolean normalized) {
        List<double[]> path = normalized ? normalizedPath : rawPath;
        double[] p = path.get(path.size() - 1);
        double[] best = data.optimum(normalized);
        return data.cost(normalized, p[0], p[1]) - data.cost(normalized, best[0], best[1]);
    }

    private boolean diverged(boolean normalized) {
        double e = excessCost(normalized);
        return !Double.isFinite(e) || e > 1e6;
    }

    private void changed() {
        int k = rawPath.size() - 1;
        steps.set(k);
        boolean bothSettled = (excessCost(false) < 1e-6 || diverged(false)) && (excessCost(true) < 1e-6 || diverged(true));
        finished.set(k >= MAX_STEPS || bothSettled);
        status.set("Étape " + k + " · écart au meilleur coût : avant normalisation " + describe(false)
                + ", après " + describe(true));
        rawGap.set("Avant : vallée allongée · écart " + describe(false));
        normalizedGap.set("Après : bol rond · écart " + describe(true));
        revision.set(revision.get() + 1);
    }

    private String describe(boolean normalized) {
        if (diverged(normalized)) {
            return "divergence !";
        }
        return FrenchNumbers.compact(excessCost(normalized), 4);
    }

    public List<double[]> path(boolean normalized) {
        List<double[]> copy = new ArrayList<>();
        for (double[] p : normalized ? normalizedPath : rawPath) {
            copy.add(p.clone());
        }
        return copy;
    }

    public FeatureScaling data() { return data; }

    public Parts parts() { return parts; }

    public DoubleProperty rawRateProperty() { return rawRate; }

    public DoubleProperty normalizedRateProperty() { return normalizedRate; }

    public ReadOnlyIntegerProperty stepsProperty() { return steps.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty finishedProperty() { return finished.getReadOnlyProperty(); }

    public ReadOnlyIntegerProperty revisionProperty() { return revision.getReadOnlyProperty(); }

    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    /** The map titles: each surface's name and how far its descent still is from the best cost. */
    public ReadOnlyStringProperty gapProperty(boolean normalized) {
        return (normalized ? normalizedGap : rawGap).getReadOnlyProperty();
    }

    /** The rate limits of both surfaces, one sentence. */
    public String limitsText() {
        return "Divergence au-delà de α = " + FrenchNumbers.compact(data.largestStableRate(false), 4) + " (avant) ou "
                + FrenchNumbers.compact(data.largestStableRate(true), 2) + " (après) : un pas "
                + Math.round(data.largestStableRate(true) / data.largestStableRate(false)) + " fois plus petit avant.";
    }

    public StepPlayback playback() { return playback; }
}
