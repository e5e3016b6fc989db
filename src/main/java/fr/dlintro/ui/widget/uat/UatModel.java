package fr.dlintro.ui.widget.uat;

import fr.dlintro.core.demo.DrawnCurve;
import fr.dlintro.core.demo.TargetCurve;
import fr.dlintro.core.demo.UniversalFit;
import fr.dlintro.ui.widget.FrenchFormat;
import java.util.function.DoubleUnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Section 3.5: one hidden layer of N neurons learns a curve, live. The network and its
 * training live in core ({@link UniversalFit}); this model holds the reader's choices
 * (curve, N, activation), the drawn curve, and runs training in slices: the view asks for
 * one time-boxed slice per animation frame, tests call {@link #train(int)}.
 */
public final class UatModel {
    public static final int MIN_NEURONS = 1;
    public static final int MAX_NEURONS = 50;
    /** Playback stops by itself here: the fit has long settled, and the page should not keep a core busy. */
    public static final int MAX_ITERATIONS = 20_000;
    /** Iterations of one click on « Étape ». */
    public static final int STEP_ITERATIONS = 100;
    /** At most this many iterations per frame, so the fit forms slowly enough to be watched. */
    static final int MAX_PER_SLICE = 12;

    public enum Target {
        SINUS("Sinus"), MARCHE("Marche"), VALEUR_ABSOLUE("Valeur absolue"), DESSIN("Dessin");

        private final String label;

        Target(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final ObjectProperty<Target> target = new SimpleObjectProperty<>(this, "target");
    private final IntegerProperty neurons = new SimpleIntegerProperty(this, "neurons");
    private final ObjectProperty<UniversalFit.Kind> activation = new SimpleObjectProperty<>(this, "activation");
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
    private final ReadOnlyIntegerWrapper iterations = new ReadOnlyIntegerWrapper(this, "iterations");
    private final ReadOnlyDoubleWrapper error = new ReadOnlyDoubleWrapper(this, "error");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status");
    private final ReadOnlyStringWrapper formula = new ReadOnlyStringWrapper(this, "formula");
    private final DrawnCurve drawn = new DrawnCurve(81);
    private long seed;
    private UniversalFit fit;
    private double lastX = Double.NaN;
    private double lastY;

    public UatModel(Target target, int neurons, UniversalFit.Kind activation, long seed) {
        this.target.set(target);
        this.neurons.set(clampNeurons(neurons));
        this.activation.set(activation);
        this.seed = seed;
        rebuild();
        this.target.addListener((o, a, t) -> {
            fit.setCurve(curve());
            publish();
        });
        this.neurons.addListener((o, a, n) -> {
            if (n.intValue() != clampNeurons(n.intValue())) {
                this.neurons.set(clampNeurons(n.intValue()));
                return;
            }
            rebuild();
        });
        this.activation.addListener((o, a, b) -> rebuild());
    }

    private static int clampNeurons(int n) {
        return Math.max(MIN_NEURONS, Math.min(MAX_NEURONS, n));
    }

    private DoubleUnaryOperator curve() {
        return switch (target.get()) {
            case SINUS -> TargetCurve.SINUS;
            case MARCHE -> TargetCurve.MARCHE;
            case VALEUR_ABSOLUE -> TargetCurve.VALEUR_ABSOLUE;
            case DESSIN -> drawn;
        };
    }

    /** A new network with weights drawn from the current seed; training starts again at iteration 0. */
    private void rebuild() {
        fit = new UniversalFit(neurons.get(), activation.get(), seed, curve());
        publish();
    }

    private void publish() {
        iterations.set(fit.iterations());
        error.set(fit.meanSquaredError());
        status.set(statusText());
        formula.set(formulaText());
        revision.set(revision.get() + 1);
    }

    private String statusText() {
        if (target.get() == Target.DESSIN && drawn.isEmpty()) {
            return "Dessinez une courbe dans le graphique, de gauche à droite, bouton de la souris enfoncé.";
        }
        String s = "Itération " + FrenchFormat.integer(fit.iterations()) + " · erreur quadratique moyenne : "
                + FrenchFormat.decimal(fit.meanSquaredError(), 4);
        if (fit.iterations() >= MAX_ITERATIONS) {
            s += " · arrêt après " + FrenchFormat.integer(MAX_ITERATIONS) + " itérations";
        }
        return s;
    }

    private String formulaText() {
        String act = activation.get() == UniversalFit.Kind.RELU ? "ReLU" : "σ";
        int n = neurons.get();
        return "ŷ(x) = v₁·" + act + "(w₁x + b₁)" + (n > 1 ? " + … + v" + subscriptOf(n) + "·" + act + "(w"
                + subscriptOf(n) + "x + b" + subscriptOf(n) + ")" : "") + " + c : " + n
                + (n > 1 ? " neurones cachés, " + n + " morceaux additionnés." : " neurone caché, un seul morceau.")
                + (target.get() == Target.MARCHE
                        ? " Cette somme est continue : elle approche le saut de la marche sans jamais le reproduire." : "");
    }

    private static String subscriptOf(int n) {
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            sb.append((char) ('₀' + (c - '0')));
        }
        return sb.toString();
    }

    // ---- commands ----

    /** Runs n full-batch gradient steps (stops at {@link #MAX_ITERATIONS}). */
    public void train(int n) {
        int room = MAX_ITERATIONS - fit.iterations();
        fit.steps(Math.max(0, Math.min(n, room)));
        if (fit.iterations() >= MAX_ITERATIONS) {
            playing.set(false);
        }
        publish();
    }

    /**
     * One animation frame's worth of training: steps in small groups until {@code budgetNanos}
     * have passed or {@link #MAX_PER_SLICE} steps are done, so a frame never freezes the UI.
     */
    public int trainSlice(long budgetNanos) {
        long start = System.nanoTime();
        int done = 0;
        int before = fit.iterations();
        while (done < MAX_PER_SLICE && fit.iterations() < MAX_ITERATIONS && System.nanoTime() - start < budgetNanos) {
            fit.steps(Math.min(3, MAX_PER_SLICE - done));
            done = fit.iterations() - before;
        }
        if (fit.iterations() >= MAX_ITERATIONS) {
            playing.set(false);
        }
        publish();
        return done;
    }

    /** « Étape »: a hundred iterations at once. */
    public void step() {
        train(STEP_ITERATIONS);
    }

    public void play() {
        if (fit.iterations() < MAX_ITERATIONS) {
            playing.set(true);
        }
    }

    public void pause() {
        playing.set(false);
    }

    /** New weights (the next seed), iteration 0; the curve and the settings stay. */
    public void reset() {
        playing.set(false);
        seed++;
        rebuild();
    }

    /** Starts a stroke of the drawn curve at (x, y); switches to the drawn target. */
    public void beginStroke(double x, double y) {
        target.set(Target.DESSIN);
        lastX = x;
        lastY = y;
        strokeTo(x, y);
    }

    public void strokeTo(double x, double y) {
        if (Double.isNaN(lastX)) {
            beginStroke(x, y);
            return;
        }
        drawn.stroke(lastX, lastY, x, y);
        lastX = x;
        lastY = y;
        fit.refreshTarget();
        publish();
    }

    public void endStroke() {
        lastX = Double.NaN;
    }

    public void clearDrawing() {
        drawn.clear();
        fit.refreshTarget();
        publish();
    }

    // ---- state ----

    public ObjectProperty<Target> targetProperty() { return target; }

    public IntegerProperty neuronsProperty() { return neurons; }

    public ObjectProperty<UniversalFit.Kind> activationProperty() { return activation; }

    public BooleanProperty playingProperty() { return playing; }

    public ReadOnlyIntegerProperty iterationsProperty() { return iterations.getReadOnlyProperty(); }

    public ReadOnlyDoubleProperty errorProperty() { return error.getReadOnlyProperty(); }

    /** Bumped after every change of the network or the curve, so the plot knows when to redraw. */
    public ReadOnlyIntegerProperty revisionProperty() { return revision.getReadOnlyProperty(); }

    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    public ReadOnlyStringProperty formulaProperty() { return formula.getReadOnlyProperty(); }

    public double targetAt(double x) { return curve().applyAsDouble(x); }

    public double predict(double x) { return fit.predict(x); }

    public double contribution(int j, double x) { return fit.contribution(j, x); }

    public double outputBias() { return fit.outputBias(); }

    public int hiddenCount() { return fit.hidden(); }

    public DrawnCurve drawn() { return drawn; }
}
