package fr.dlintro.ui.widget.gd2d;

import fr.dlintro.core.demo.AffineDescent;
import fr.dlintro.core.demo.Descent2d;
import fr.dlintro.ui.widget.BookCheck;
import fr.dlintro.ui.widget.FrenchNumbers;
import fr.dlintro.ui.widget.StepPlayback;
import fr.dlintro.ui.widget.TexNumbers;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Gradient descent on a 2-D cost map (4.3.3): a surface, a start (w, b), a learning rate α;
 * each step moves (w, b) by −α·∇J(w, b). Changing the surface, the start or α starts the
 * run again from the new start. On the valley with the book's start and α, the iterations
 * printed in 4.3.4.2 are shown beside the computed ones.
 */
public final class Gd2dModel {
    /** A run stops here even if it has not converged (the valley needs 233 steps at α = 0,1). */
    public static final int MAX_ITERATIONS = 2000;
    /** Separates the pieces of {@link #formulaLatexProperty()} where a line may wrap. */
    public static final String PIECE = "\n";

    /** Iteration, J, w₁, b₁ as printed in 4.3.4.2 (J before the update, w₁ and b₁ after it). */
    private static final List<String[]> BOOK_LINES = List.of(
            new String[] {"1", "13.5", "2.0", "0.7"}, new String[] {"2", "6.09", "0.65", "0.26"},
            new String[] {"3", "2.761", "1.545", "0.583"}, new String[] {"4", "1.265", "0.936", "0.394"},
            new String[] {"5", "0.592", "1.335", "0.547"}, new String[] {"6", "0.288", "1.059", "0.47"},
            new String[] {"10", "0.044", "1.127", "0.556"}, new String[] {"15", "0.025", "1.13", "0.626"},
            new String[] {"20", "0.018", "1.109", "0.678"}, new String[] {"233", "0.0", "1.0", "1.0"});

    private final ObjectProperty<Gd2dPreset> preset = new SimpleObjectProperty<>(this, "preset");
    private final DoubleProperty startW = new SimpleDoubleProperty(this, "startW");
    private final DoubleProperty startB = new SimpleDoubleProperty(this, "startB");
    private final DoubleProperty learningRate = new SimpleDoubleProperty(this, "learningRate");
    private final BooleanProperty fog = new SimpleBooleanProperty(this, "fog");
    private final ReadOnlyIntegerWrapper iteration = new ReadOnlyIntegerWrapper(this, "iteration");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final ReadOnlyBooleanWrapper canStepBack = new ReadOnlyBooleanWrapper(this, "canStepBack");
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status");
    private final ReadOnlyStringWrapper formulaLatex = new ReadOnlyStringWrapper(this, "formulaLatex");
    private final ReadOnlyStringWrapper formulaText = new ReadOnlyStringWrapper(this, "formulaText");
    private final ReadOnlyObjectWrapper<BookCheck> bookCheck = new ReadOnlyObjectWrapper<>(this, "bookCheck");
    private final StepPlayback playback;
    private Descent2d descent;
    private boolean applyingPreset;

    public Gd2dModel(Gd2dPreset initial) {
        playback = new StepPlayback(StepPlayback.steps(this::step, this::stepBack, this::reset), canStepBack, finished);
        preset.addListener((o, a, p) -> applyPreset(p));
        startW.addListener(o -> restart());
        startB.addListener(o -> restart());
        learningRate.addListener(o -> restart());
        preset.set(initial);
    }

    private void applyPreset(Gd2dPreset p) {
        applyingPreset = true;
        try {
            startW.set(p.startW());
            startB.set(p.startB());
            learningRate.set(p.learningRate());
        } finally {
            applyingPreset = false;
        }
        restart();
    }

    private void restart() {
        if (applyingPreset || preset.get() == null) {
            return;
        }
        playback.playingProperty().set(false);
        descent = new Descent2d(preset.get().surface(), startW.get(), startB.get(), learningRate.get());
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

    /** Back to the same start. */
    public void reset() {
        descent.reset();
        update();
    }

    /** Moves the start (a click on the map); the run starts over from there. */
    public void setStart(double w, double b) {
        applyingPreset = true;
        try {
            startW.set(w);
            startB.set(b);
        } finally {
            applyingPreset = false;
        }
        restart();
    }

    private void update() {
        Descent2d.Point p = descent.current();
        int k = descent.iterations();
        iteration.set(k);
        canStepBack.set(k > 0);
        finished.set(descent.finished() || k >= MAX_ITERATIONS);
        String state;
        if (descent.diverged()) {
            state = " · divergence : le pas α est trop grand, chaque étape saute par-dessus le creux";
        } else if (descent.converged()) {
            state = " · arrivé au fond : la pente est nulle (‖∇J‖ < 0,0001)";
        } else if (k >= MAX_ITERATIONS) {
            state = " · arrêt après " + MAX_ITERATIONS + " itérations";
        } else {
            state = "";
        }
        status.set("Itération " + k + " · J(w, b) = " + FrenchNumbers.scientific(p.cost(), 4)
                + " · pente ‖∇J‖ = " + FrenchNumbers.scientific(p.gradientNorm(), 4) + state);
        describeNextStep(p);
        bookCheck.set(bookLine(k));
        revision.set(revision.get() + 1);
    }

    private void describeNextStep(Descent2d.Point p) {
        double a = learningRate.get();
        double nw = p.x() - a * p.gradX();
        double nb = p.y() - a * p.gradY();
        if (descent.diverged()) {
            formulaLatex.set("\\text{Les valeurs ont explosé : réduisez }\\alpha");
            formulaText.set("Les valeurs ont explosé : réduisez alpha.");
            return;
        }
        // three pieces, so the view can wrap the line between them on a narrow column
        formulaLatex.set("(w, b) := (w, b) - \\alpha\\,\\nabla J" + PIECE + "= (" + TexNumbers.of(p.x(), 3) + "\\,;\\,"
                + TexNumbers.of(p.y(), 3) + ") - " + TexNumbers.of(a, 4) + "\\times(" + TexNumbers.of(p.gradX(), 3)
                + "\\,;\\," + TexNumbers.of(p.gradY(), 3) + ")" + PIECE + "= (" + TexNumbers.of(nw, 3) + "\\,;\\,"
                + TexNumbers.of(nb, 3) + ")");
        formulaText.set("Prochaine étape : (w ; b) = (" + FrenchNumbers.compact(p.x(), 3) + " ; " + FrenchNumbers.compact(p.y(), 3)
                + ") moins " + FrenchNumbers.compact(a, 4) + " fois le gradient (" + FrenchNumbers.compact(p.gradX(), 3) + " ; "
                + FrenchNumbers.compact(p.gradY(), 3) + "), soit (" + FrenchNumbers.compact(nw, 3) + " ; "
                + FrenchNumbers.compact(nb, 3) + ")");
    }

    /** The book's line for this iteration, on the valley from (0, 0) with α = 0,1; null elsewhere. */
    private BookCheck bookLine(int k) {
        if (!isBookSetting()) {
            return null;
        }
        for (String[] line : BOOK_LINES) {
            if (Integer.parseInt(line[0]) == k) {
                double cost = descent.path().get(k - 1).cost();
                BookCheck j = BookCheck.of(line[1], round3(cost));
                BookCheck w = BookCheck.of(line[2], round3(descent.current().x()));
                BookCheck b = BookCheck.of(line[3], round3(descent.current().y()));
                return new BookCheck("itération " + k + " : J = " + j.printed() + " ; w₁ = " + w.printed() + " ; b₁ = "
                        + b.printed(), j.agrees() && w.agrees() && b.agrees(), false);
            }
        }
        return null;
    }

    /** Python's round(v, 3), as the book's print. */
    private static double round3(double v) {
        return new java.math.BigDecimal(v).setScale(3, java.math.RoundingMode.HALF_EVEN).doubleValue();
    }

    public boolean isBookSetting() {
        AffineDescent book = AffineDescent.book();
        return preset.get() == Gd2dPreset.VALLEE && startW.get() == book.w() && startB.get() == book.b()
                && Math.abs(learningRate.get() - 0.1) < 1e-12;
    }

    public ObjectProperty<Gd2dPreset> presetProperty() { return preset; }

    public DoubleProperty startWProperty() { return startW; }

    public DoubleProperty startBProperty() { return startB; }

    public DoubleProperty learningRateProperty() { return learningRate; }

    /** Fog: only the current point's surroundings are shown (what the descent « sees »). */
    public BooleanProperty fogProperty() { return fog; }

    public ReadOnlyIntegerProperty iterationProperty() { return iteration.getReadOnlyProperty(); }

    /** Bumped after every change of the path. */
    public ReadOnlyIntegerProperty revisionProperty() { return revision.getReadOnlyProperty(); }

    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    /** The next update with its numbers, in LaTeX. */
    public ReadOnlyStringProperty formulaLatexProperty() { return formulaLatex.getReadOnlyProperty(); }

    public ReadOnlyStringProperty formulaTextProperty() { return formulaText.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<BookCheck> bookCheckProperty() { return bookCheck.getReadOnlyProperty(); }

    public StepPlayback playback() { return playback; }

    public Descent2d descent() { return descent; }

    public List<Descent2d.Point> path() { return descent.path(); }
}
