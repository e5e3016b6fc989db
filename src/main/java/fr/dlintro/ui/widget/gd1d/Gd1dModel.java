package fr.dlintro.ui.widget.gd1d;

import fr.dlintro.core.demo.Descent1d;
import fr.dlintro.ui.widget.FrenchNumbers;
import fr.dlintro.ui.widget.StepPlayback;
import fr.dlintro.ui.widget.TexNumbers;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Gradient descent on a curve of one weight (4.3.1–4.3.2): W := W − α·J′(W). A preset sets
 * the curve, the start and α; moving the start or α starts the run over from the new start.
 */
public final class Gd1dModel {
    public static final int MAX_ITERATIONS = 2000;
    /** Separates the pieces of {@link #formulaLatexProperty()} where a line may wrap. */
    public static final String PIECE = "\n";

    private final ObjectProperty<Gd1dPreset> preset = new SimpleObjectProperty<>(this, "preset");
    private final DoubleProperty start = new SimpleDoubleProperty(this, "start");
    private final DoubleProperty learningRate = new SimpleDoubleProperty(this, "learningRate");
    private final ReadOnlyIntegerWrapper iteration = new ReadOnlyIntegerWrapper(this, "iteration");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final ReadOnlyIntegerWrapper runs = new ReadOnlyIntegerWrapper(this, "runs");
    private final ReadOnlyBooleanWrapper canStepBack = new ReadOnlyBooleanWrapper(this, "canStepBack");
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status");
    private final ReadOnlyStringWrapper regime = new ReadOnlyStringWrapper(this, "regime");
    private final ReadOnlyStringWrapper formulaLatex = new ReadOnlyStringWrapper(this, "formulaLatex");
    private final ReadOnlyStringWrapper formulaText = new ReadOnlyStringWrapper(this, "formulaText");
    private final StepPlayback playback;
    private Descent1d descent;
    private boolean applying;

    public Gd1dModel(Gd1dPreset initial) {
        playback = new StepPlayback(StepPlayback.steps(this::step, this::stepBack, this::reset), canStepBack, finished);
        preset.addListener((o, a, p) -> applyPreset(p));
        start.addListener(o -> restart());
        learningRate.addListener(o -> restart());
        preset.set(initial);
    }

    private void applyPreset(Gd1dPreset p) {
        applying = true;
        try {
            start.set(p.start());
            learningRate.set(p.learningRate());
        } finally {
            applying = false;
        }
        restart();
    }

    /** Sets start and rate together (parameters of the lesson), starting over once. */
    public void set(double startW, double rate) {
        applying = true;
        try {
            start.set(startW);
            learningRate.set(rate);
        } finally {
            applying = false;
        }
        restart();
    }

    private void restart() {
        if (applying || preset.get() == null) {
            return;
        }
        playback.playingProperty().set(false);
        descent = new Descent1d(preset.get().curve(), start.get(), learningRate.get());
        runs.set(runs.get() + 1);
        update();
    }

    public void step() {
        if (!finished.get()) {
            descent.step();
            update();
        }
    }

    public void stepBack() {
        if (descent.stepBack()) {
            update();
        }
    }

    public void reset() {
        descent.reset();
        update();
    }

    /** Whether W has left the plotted window (a divergent run, far out). */
    private boolean outOfSight(double w) {
        Gd1dPreset p = preset.get();
        double span = p.wMax() - p.wMin();
        return w < p.wMin() - 20 * span || w > p.wMax() + 20 * span;
    }

    private void update() {
        Descent1d.Point p = descent.current();
        int k = descent.iterations();
        iteration.set(k);
        canStepBack.set(k > 0);
        boolean gone = descent.diverged() || outOfSight(p.w());
        finished.set(descent.converged() || gone || k >= MAX_ITERATIONS);
        String state;
        Gd1dPreset pr = preset.get();
        if (gone) {
            state = " · divergence : W s'éloigne du minimum à chaque étape";
        } else if (p.w() < pr.wMin() || p.w() > pr.wMax()) {
            state = " · W est sorti du graphique";
        } else if (descent.converged()) {
            state = " · arrivé en bas : la pente est nulle";
        } else if (k >= MAX_ITERATIONS) {
            state = " · arrêt après " + MAX_ITERATIONS + " itérations";
        } else {
            state = "";
        }
        status.set("Itération " + k + " · W = " + FrenchNumbers.scientific(p.w(), 4) + " · J(W) = "
                + FrenchNumbers.scientific(p.cost(), 4) + state);
        regime.set(regimeText());
        describeNextStep(p);
        revision.set(revision.get() + 1);
    }

    /** On the parabola (J″ = 2), what α does; elsewhere nothing. */
    private String regimeText() {
        if (!preset.get().isParabola()) {
            return "";
        }
        double a = learningRate.get();
        String s = "α = " + FrenchNumbers.compact(a, 4) + " : ";
        if (a < 0.05) {
            return s + "pas minuscules, la descente est sûre mais très lente.";
        } else if (a < 0.5) {
            return s + "W descend vers le minimum sans jamais le dépasser.";
        } else if (a == 0.5) {
            return s + "un seul pas mène exactement au minimum (α = 1 / J″).";
        } else if (a < 1) {
            return s + "chaque pas saute par-dessus le minimum, les oscillations s'amortissent.";
        } else if (a == 1) {
            return s + "W rebondit sans fin entre deux valeurs.";
        }
        return s + "chaque saut est plus grand que le précédent : la descente diverge.";
    }

    private void describeNextStep(Descent1d.Point p) {
        double a = learningRate.get();
        double next = p.w() - a * p.slope();
        if (!Double.isFinite(next) || Math.abs(p.w()) > 1e6) {
            formulaLatex.set("\\text{Les valeurs ont explosé : réduisez }\\alpha");
            formulaText.set("Les valeurs ont explosé : réduisez alpha.");
            return;
        }
        formulaLatex.set(preset.get().slopeLatex() + PIECE + "W := W - \\alpha\\,J'(W)" + PIECE + "= "
                + TexNumbers.of(p.w(), 4) + " - " + TexNumbers.of(a, 4) + "\\times " + TexNumbers.factor(p.slope(), 4)
                + " = " + TexNumbers.of(next, 4));
        formulaText.set("Prochaine étape : W = " + FrenchNumbers.compact(p.w(), 4) + " moins " + FrenchNumbers.compact(a, 4)
                + " fois la pente " + FrenchNumbers.compact(p.slope(), 4) + ", soit " + FrenchNumbers.compact(next, 4));
    }

    public ObjectProperty<Gd1dPreset> presetProperty() { return preset; }

    public DoubleProperty startProperty() { return start; }

    public DoubleProperty learningRateProperty() { return learningRate; }

    public ReadOnlyIntegerProperty iterationProperty() { return iteration.getReadOnlyProperty(); }

    /** Bumped after every change of the path. */
    public ReadOnlyIntegerProperty revisionProperty() { return revision.getReadOnlyProperty(); }

    /** Bumped when a new run starts (preset, start or α changed): the list of iterates is rebuilt. */
    public ReadOnlyIntegerProperty runsProperty() { return runs.getReadOnlyProperty(); }

    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    /** What the current α does on the parabola (empty on other curves). */
    public ReadOnlyStringProperty regimeProperty() { return regime.getReadOnlyProperty(); }

    public ReadOnlyStringProperty formulaLatexProperty() { return formulaLatex.getReadOnlyProperty(); }

    public ReadOnlyStringProperty formulaTextProperty() { return formulaText.getReadOnlyProperty(); }

    public StepPlayback playback() { return playback; }

    public Descent1d descent() { return descent; }

    public List<Descent1d.Point> path() { return descent.path(); }
}
