package fr.dlintro.ui.widget.gdworked;

import fr.dlintro.core.demo.AffineDescent;
import fr.dlintro.core.demo.OneWeightDescent;
import fr.dlintro.core.demo.ToyDataset;
import fr.dlintro.ui.widget.StepPlayback;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The iteration tables of 4.3.4: every iteration computed exactly by the core
 * ({@link OneWeightDescent}, {@link AffineDescent}); Étape reveals the next row, selecting a
 * row shows its formulas with its numbers. Changing the start or α recomputes the table,
 * keeping the rows revealed. The book's printed lines are compared only on its own setting
 * (start 0, α = 0,1).
 */
public final class GdWorkedModel {
    public static final double[] X = ToyDataset.X;
    public static final double[] Y = ToyDataset.Y;

    private final ObjectProperty<WorkedExample> example = new SimpleObjectProperty<>(this, "example");
    private final DoubleProperty startW = new SimpleDoubleProperty(this, "startW", 0);
    private final DoubleProperty startB = new SimpleDoubleProperty(this, "startB", 0);
    private final DoubleProperty learningRate = new SimpleDoubleProperty(this, "learningRate", 0.1);
    private final IntegerProperty selected = new SimpleIntegerProperty(this, "selected", -1);
    private final ReadOnlyIntegerWrapper shown = new ReadOnlyIntegerWrapper(this, "shown");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final ReadOnlyBooleanWrapper canStepBack = new ReadOnlyBooleanWrapper(this, "canStepBack");
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished");
    private final StepPlayback playback;
    private List<WorkedRow> rows = List.of();

    public GdWorkedModel(WorkedExample initial) {
        playback = new StepPlayback(StepPlayback.steps(this::step, this::stepBack, this::reset), canStepBack, finished);
        example.set(initial);
        example.addListener((o, a, e) -> {
            playback.playingProperty().set(false);
            shown.set(0);
            selected.set(-1);
            recompute();
        });
        startW.addListener(o -> recompute());
        startB.addListener(o -> recompute());
        learningRate.addListener(o -> recompute());
        selected.addListener(o -> revision.set(revision.get() + 1));
        recompute();
    }

    private void recompute() {
        WorkedExample e = example.get();
        List<WorkedRow> out = new ArrayList<>(e.iterations());
        if (e.hasBias()) {
            AffineDescent d = new AffineDescent(X, Y, startW.get(), startB.get(), learningRate.get());
            double w = startW.get();
            double b = startB.get();
            for (AffineDescent.Step s : d.run(e.iterations())) {
                out.add(new WorkedRow(s.iteration(), w, b, s.cost(), s.dW(), s.dB(), s.w(), s.b()));
                w = s.w();
                b = s.b();
            }
        } else {
            OneWeightDescent d = new OneWeightDescent(X, Y, startW.get(), learningRate.get());
            double w = startW.get();
            for (OneWeightDescent.Step s : d.run(e.iterations())) {
                out.add(new WorkedRow(s.iteration(), w, 0, s.cost(), s.gradient(), Double.NaN, s.w(), 0));
                w = s.w();
            }
        }
        rows = Collections.unmodifiableList(out);
        update();
    }

    private void update() {
        canStepBack.set(shown.get() > 0);
        finished.set(shown.get() >= rows.size());
        revision.set(revision.get() + 1);
    }

    /** Reveals the next iteration and selects it. */
    public void step() {
        if (shown.get() < rows.size()) {
            shown.set(shown.get() + 1);
            selected.set(shown.get() - 1);
            update();
        }
    }

    public void stepBack() {
        if (shown.get() > 0) {
            shown.set(shown.get() - 1);
            selected.set(shown.get() - 1);
            update();
        }
    }

    public void reset() {
        shown.set(0);
        selected.set(-1);
        update();
    }

    /** Reveals every iteration up to the book's last printed one and selects the last. */
    public void showAll() {
        playback.playingProperty().set(false);
        shown.set(rows.size());
        selected.set(rows.size() - 1);
        update();
    }

    /** The setting of the book's text and code: start at 0, α = 0,1. */
    public boolean isBookSetting() {
        return startW.get() == 0 && (!example.get().hasBias() || startB.get() == 0)
                && Math.abs(learningRate.get() - 0.1) < 1e-12;
    }

    /** The book's line for a row, only on the book's setting. */
    public BookLine bookLine(WorkedRow row) {
        return isBookSetting() ? example.get().bookLine(row.iteration()) : null;
    }

    /** Every computed row (revealed or not). */
    public List<WorkedRow> rows() { return rows; }

    /** The revealed rows. */
    public List<WorkedRow> shownRows() { return rows.subList(0, shown.get()); }

    public WorkedRow selectedRow() {
        int i = selected.get();
        return i >= 0 && i < shown.get() ? rows.get(i) : null;
    }

    public ObjectProperty<WorkedExample> exampleProperty() { return example; }

    public DoubleProperty startWProperty() { return startW; }

    public DoubleProperty startBProperty() { return startB; }

    public DoubleProperty learningRateProperty() { return learningRate; }

    /** Index of the selected row among the revealed ones, −1 for none. */
    public IntegerProperty selectedProperty() { return selected; }

    public ReadOnlyIntegerProperty shownProperty() { return shown.getReadOnlyProperty(); }

    /** Bumped after every change (rows, revealed count, selection). */
    public ReadOnlyIntegerProperty revisionProperty() { return revision.getReadOnlyProperty(); }

    public StepPlayback playback() { return playback; }
}
