package fr.dlintro.ui.widget.minima;

import fr.dlintro.core.demo.MinimaLandscape;
import fr.dlintro.core.demo.MinimaLandscape.Outcome;
import fr.dlintro.ui.widget.FrenchNumbers;
import fr.dlintro.ui.widget.StepPlayback;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * Section 4.3.5: descent on a curve with three minima and a plateau ({@link MinimaLandscape}).
 * The reader picks the start w₀ and the learning rate α, steps, and may colour every start
 * by the minimum it leads to (its basin) — which depends on α too.
 */
public final class MinimaModel {
    public static final int MAX_ITERATIONS = 200;
    /** Starts sampled for the basin colours. */
    public static final int BASIN_CELLS = 240;
    public static final double MIN_RATE = 0.01;
    public static final double MAX_RATE = 1.5;

    /** The book's three starts (left, centre, right) and one on the plateau. */
    public enum Start {
        GAUCHE("À gauche", -5.0), CENTRE("Au centre", -1.8), DROITE("À droite", 4.6), PLATEAU("Sur le plateau", 5.6);

        public final String label;
        public final double w;

        Start(String label, double w) {
            this.label = label;
            this.w = w;
        }
    }

    private final DoubleProperty start = new SimpleDoubleProperty(this, "start");
    private final DoubleProperty learningRate = new SimpleDoubleProperty(this, "learningRate", 0.3);
    private final BooleanProperty showBasins = new SimpleBooleanProperty(this, "showBasins");
    private final List<Double> path = new ArrayList<>();
    private final ReadOnlyIntegerWrapper iteration = new ReadOnlyIntegerWrapper(this, "iteration");
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict");
    private final StepPlayback playback;
    private Outcome[] basins;

    public MinimaModel(double start, boolean showBasins) {
        this.start.set(clampStart(start));
        this.showBasins.set(showBasins);
        path.add(this.start.get());
        playback = new StepPlayback(StepPlayback.steps(this::step, this::stepBack, this::reset), Bindings.greaterThan(iteration, 0), finished);
        this.start.addListener((o, a, v) -> {
            if (v.doubleValue() != clampStart(v.doubleValue())) {
                this.start.set(clampStart(v.doubleValue()));
                return;
            }
            reset();
        });
        this.learningRate.addListener((o, a, v) -> {
            basins = null;
            reset();
        });
        this.showBasins.addListener((o, a, v) -> changed());
        changed();
    }

    private static double clampStart(double w) {
        return Math.max(MinimaLandscape.MIN_W, Math.min(MinimaLandscape.MAX_W, w));
    }

    // ---- commands ----

    public void step() {
        if (finished.get()) {
            return;
        }
        double w = current();
        path.add(w - learningRate.get() * MinimaLandscape.slope(w));
        changed();
    }

    public void stepBack() {
        if (path.size() > 1) {
            path.remove(path.size() - 1);
            changed();
        }
    }

    /** Back to w₀ (the same start, so the run replays identically). */
    public void reset() {
        playback.playingProperty().set(false);
        path.clear();
        path.add(start.get());
        changed();
    }

    public void choose(Start s) {
        start.set(s.w);
    }

    private void changed() {
        int k = path.size() - 1;
        double w = current();
        boolean out = w < MinimaLandscape.MIN_W || w > MinimaLandscape.MAX_W || !Double.isFinite(w);
        boolean settled = k > 0 && Math.abs(path.get(k) - path.get(k - 1)) < 1e-6;
        iteration.set(k);
        finished.set(out || settled || k >= MAX_ITERATIONS);
        status.set(statusText(k, w, out));
        verdict.set(verdictText(k, w, out, settled));
        revision.set(revision.get() + 1);
    }

    private String statusText(int k, double w, boolean out) {
        if (out) {
            return "Itération " + k + " · w est sorti du graphique";
        }
        return "Itération " + k + " · w = " + FrenchNumbers.compact(w, 3) + " · J(w) = "
                + FrenchNumbers.compact(MinimaLandscape.cost(w), 3) + " · pente J′(w) = "
                + FrenchNumbers.compact(MinimaLandscape.slope(w), 4);
    }

    private String verdictText(int k, double w, boolean out, boolean settled) {
        if (out) {
            return "Le pas est si grand que w a sauté hors du paysage : le taux d'apprentissage est trop grand.";
        }
        if (k == 0) {
            return "Départ en w₀ = " + FrenchNumbers.compact(w, 2)
                    + ". Seule la pente locale guide la descente : où va-t-elle s'arrêter ?";
        }
        Outcome o = MinimaLandscape.landing(w);
        boolean done = settled || k >= MAX_ITERATIONS;
        if (o == Outcome.STALLED) {
            if (Math.abs(MinimaLandscape.slope(w)) < 0.02 && w > 4.5) {
                return "Sur le plateau, la pente est presque nulle : chaque pas est minuscule, la descente n'avance presque plus"
                        + (done ? " (arrêt après " + k + " itérations)." : ".");
            }
            return done ? "Après " + k + " itérations, w rebondit encore sans se poser : le taux est trop grand pour ce paysage."
                    : "La descente suit la pente…";
        }
        String where = switch (o) {
            case LEFT_MINIMUM -> "dans le minimum local de gauche, un mauvais minimum (J ≈ 1,36)";
            case GLOBAL_MINIMUM -> "dans le minimum global (J ≈ 0,1) : le meilleur possible ici";
            case RIGHT_MINIMUM -> "dans le minimum local de droite, un minimum acceptable (J ≈ 0,76)";
            default -> throw new IllegalStateException();
        };
        return (done ? "Arrivée " : "En route, ") + where + (done ? "." : "…")
                + (done && o != Outcome.GLOBAL_MINIMUM ? " La pente y est nulle : la descente ne peut pas en sortir." : "");
    }

    // ---- state ----

    public double current() {
        return path.get(path.size() - 1);
    }

    /** w₀, w₁, …, up to the current iterate; a copy. */
    public double[] path() {
        return path.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Where descent lands from each of {@link #BASIN_CELLS} starts, at the current rate; computed on first use. */
    public Outcome[] basins() {
        if (basins == null) {
            basins = MinimaLandscape.basins(BASIN_CELLS, learningRate.get(), MAX_ITERATIONS);
        }
        return basins.clone();
    }

    public DoubleProperty startProperty() { return start; }

    public DoubleProperty learningRateProperty() { return learningRate; }

    public BooleanProperty showBasinsProperty() { return showBasins; }

    public ReadOnlyIntegerProperty iterationProperty() { return iteration.getReadOnlyProperty(); }

    public javafx.beans.property.ReadOnlyBooleanProperty finishedProperty() { return finished.getReadOnlyProperty(); }

    /** Bumped after every change, so the view knows when to redraw. */
    public ReadOnlyIntegerProperty revisionProperty() { return revision.getReadOnlyProperty(); }

    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    public ReadOnlyStringProperty verdictProperty() { return verdict.getReadOnlyProperty(); }

    public StepPlayback playback() { return playback; }
}
