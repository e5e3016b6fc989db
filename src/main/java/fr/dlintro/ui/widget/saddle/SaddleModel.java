package fr.dlintro.ui.widget.saddle;

import fr.dlintro.core.demo.SaddleSurface;
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
 * Section 4.3.6: descent on J(x, y) = x² − y² from (1,8 ; y₀). With y₀ = 0 the descent slides
 * into the saddle point and stops there (zero gradient); any tiny y₀ — or a nudge of 0,001 at
 * the saddle — grows by (1 + 2α) per step until the point escapes downhill along y.
 */
public final class SaddleModel {
    public static final double START_X = 1.8;
    public static final double NUDGE = 0.001;
    public static final int MAX_ITERATIONS = 300;
    /** Below this gradient size the point does not move any more: stuck. */
    public static final double STUCK = 1e-6;

    private final DoubleProperty startY = new SimpleDoubleProperty(this, "startY");
    private final DoubleProperty learningRate = new SimpleDoubleProperty(this, "learningRate", 0.1);
    private final List<double[]> path = new ArrayList<>();
    private final List<Boolean> nudged = new ArrayList<>(); // whether the move into point i was a nudge
    private final ReadOnlyIntegerWrapper iteration = new ReadOnlyIntegerWrapper(this, "iteration");
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict");
    private final StepPlayback playback;

    public SaddleModel(double startY) {
        this.startY.set(startY);
        playback = new StepPlayback(StepPlayback.steps(this::step, this::stepBack, this::reset), Bindings.greaterThan(iteration, 0), finished);
        this.startY.addListener((o, a, v) -> reset());
        this.learningRate.addListener((o, a, v) -> reset());
        reset();
    }

    public void step() {
        if (finished.get()) {
            return;
        }
        double[] p = current();
        path.add(SaddleSurface.step(p[0], p[1], learningRate.get()));
        nudged.add(false);
        changed();
    }

    public void stepBack() {
        if (path.size() > 1) {
            path.remove(path.size() - 1);
            nudged.remove(nudged.size() - 1);
            changed();
        }
    }

    public void reset() {
        playback.playingProperty().set(false);
        path.clear();
        nudged.clear();
        path.add(new double[] {START_X, startY.get()});
        nudged.add(false);
        changed();
    }

    /** A tiny push off the axis, y + 0,001, as noise (or SGD) would give. */
    public void nudge() {
        double[] p = current();
        if (!SaddleSurface.inside(p[0], p[1])) {
            return;
        }
        path.add(new double[] {p[0], p[1] + NUDGE});
        nudged.add(true);
        changed();
    }

    private void changed() {
        double[] p = current();
        int k = path.size() - 1;
        double g = SaddleSurface.gradientNorm(p[0], p[1]);
        boolean out = !SaddleSurface.inside(p[0], p[1]);
        iteration.set(k);
        finished.set(out || g < STUCK || k >= MAX_ITERATIONS);
        status.set("Itération " + k + " · (x ; y) = (" + FrenchNumbers.compact(p[0], 4) + " ; "
                + FrenchNumbers.compact(p[1], 4) + ") · J = " + FrenchNumbers.compact(SaddleSurface.cost(p[0], p[1]), 4)
                + " · ‖∇J‖ = " + gradientText(g));
        verdict.set(verdictText(k, p, g, out));
        revision.set(revision.get() + 1);
    }

    /** Tiny sizes in scientific notation (« 3,2 × 10⁻⁵ »), so « 0 » is said only when it is zero. */
    static String gradientText(double g) {
        if (g == 0 || g >= 0.001) {
            return FrenchNumbers.compact(g, 4);
        }
        int e = (int) Math.floor(Math.log10(g));
        return fr.dlintro.ui.widget.FrenchFormat.decimal(g / Math.pow(10, e), 1) + " × 10" + superscript(e);
    }

    private static String superscript(int n) {
        String digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        StringBuilder sb = new StringBuilder(n < 0 ? "⁻" : "");
        for (char c : Integer.toString(Math.abs(n)).toCharArray()) {
            sb.append(digits.charAt(c - '0'));
        }
        return sb.toString();
    }

    private String verdictText(int k, double[] p, double g, boolean out) {
        if (out) {
            return "Échappé : le point a quitté la selle par la direction y, où J descend sans fin (x² − y² n'a pas de minimum).";
        }
        if (g < STUCK) {
            return "Bloqué au point selle : le gradient est nul, la descente ne bouge plus… alors que J descend "
                    + "encore le long de y. Essayez « Pousser un peu ».";
        }
        if (k == 0) {
            return p[1] == 0 ? "Départ exactement sur l'axe y = 0 : le gradient n'a aucune composante en y."
                    : "Départ à " + FrenchNumbers.compact(Math.abs(p[1]), 4) + " de l'axe y = 0.";
        }
        if (k >= MAX_ITERATIONS) {
            return "Arrêt après " + MAX_ITERATIONS + " itérations.";
        }
        if (p[1] == 0) {
            return "Sur l'axe, x est divisé par " + FrenchNumbers.compact(1 / (1 - 2 * learningRate.get()), 3)
                    + " à chaque pas : la descente glisse vers le point selle.";
        }
        if (g < 0.1) {
            return "Près du point selle, le gradient est presque nul : les pas deviennent minuscules.";
        }
        return "y est multiplié par " + FrenchNumbers.compact(1 + 2 * learningRate.get(), 3)
                + " à chaque pas : l'écart à l'axe grandit et la descente s'échappe.";
    }

    public double[] current() {
        return path.get(path.size() - 1).clone();
    }

    /** Points from the start to the current one; a copy. */
    public List<double[]> path() {
        List<double[]> copy = new ArrayList<>();
        for (double[] p : path) {
            copy.add(p.clone());
        }
        return copy;
    }

    public DoubleProperty startYProperty() { return startY; }

    public DoubleProperty learningRateProperty() { return learningRate; }

    public ReadOnlyIntegerProperty iterationProperty() { return iteration.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty finishedProperty() { return finished.getReadOnlyProperty(); }

    public ReadOnlyIntegerProperty revisionProperty() { return revision.getReadOnlyProperty(); }

    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    public ReadOnlyStringProperty verdictProperty() { return verdict.getReadOnlyProperty(); }

    public StepPlayback playback() { return playback; }
}
