package fr.dlintro.ui.widget.activation;

import fr.dlintro.ui.widget.BookCheck;
import fr.dlintro.ui.widget.FrenchNumbers;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
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
 * One activation function (or two, to compare) on shared axes, a movable point x with f(x)
 * and f′(x), and an optional overlay of the derivatives. The y range follows the curves
 * shown, in steps of one half, so the sigmoid stays legible alone and ReLU is not clipped.
 */
public final class ActivationModel {
    public static final double X_MIN = -6;
    public static final double X_MAX = 6;
    /** Fig. 14: the book's sigmoid example, σ(3,75) ≈ 0,98. */
    static final double BOOK_SIGMOID_X = 3.75;

    private final ObjectProperty<ActivationKind> function = new SimpleObjectProperty<>(this, "function");
    private final ObjectProperty<ActivationKind> compare = new SimpleObjectProperty<>(this, "compare", ActivationKind.NONE);
    private final BooleanProperty derivative = new SimpleBooleanProperty(this, "derivative");
    private final DoubleProperty slope = new SimpleDoubleProperty(this, "slope");
    private final DoubleProperty x = new SimpleDoubleProperty(this, "x");
    private final ReadOnlyStringWrapper readout = new ReadOnlyStringWrapper(this, "readout");
    private final ReadOnlyStringWrapper compareReadout = new ReadOnlyStringWrapper(this, "compareReadout", "");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final ReadOnlyObjectWrapper<BookCheck> bookCheck = new ReadOnlyObjectWrapper<>(this, "bookCheck");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private RangeKey rangeKey;
    private double[] range;

    public ActivationModel(ActivationKind function, ActivationKind compare, boolean derivative, double slope, double x) {
        if (function == ActivationKind.NONE) {
            throw new IllegalArgumentException("la fonction affichée ne peut pas être « aucune »");
        }
        this.function.set(function);
        this.compare.set(compare == function ? ActivationKind.NONE : compare);
        this.derivative.set(derivative);
        this.slope.set(slope);
        this.x.set(clampX(x));
        for (Observable o : new Observable[] {this.function, this.compare, this.derivative, this.slope, this.x}) {
            o.addListener(v -> changed());
        }
        this.function.addListener((o, a, f) -> {
            if (f == null || f == ActivationKind.NONE) {
                this.function.set(a); // the main curve is always one of the six functions
            }
        });
        this.compare.addListener((o, a, c) -> {
            if (c == null) {
                this.compare.set(ActivationKind.NONE);
            }
        });
        changed();
    }

    public static double clampX(double x) {
        return Math.max(X_MIN, Math.min(X_MAX, x));
    }

    private void changed() {
        ActivationKind f = function.get();
        ActivationKind g = compare.get();
        if (f == null || f == ActivationKind.NONE || g == null) {
            return; // a listener above puts a valid value back
        }
        readout.set(readout(f));
        compareReadout.set(isComparing() ? readout(g) : "");
        note.set(note(f, g));
        bookCheck.set(f == ActivationKind.SIGMOID && Math.abs(x.get() - BOOK_SIGMOID_X) < 1e-9
                ? BookCheck.of("0.98", f.value(x.get(), slope.get())) : null);
        revision.set(revision.get() + 1);
    }

    /** « x = 1 · σ(x) = 0,731 · σ′(x) = 0,197 ». */
    String readout(ActivationKind k) {
        double at = x.get();
        String d = k.kinkAt(at, slope.get())
                ? "non dérivable en 0 (on prend " + FrenchNumbers.compact(k.derivative(at, slope.get()), 3) + ", comme PyTorch)"
                : FrenchNumbers.compact(k.derivative(at, slope.get()), 3);
        return "x = " + FrenchNumbers.compact(at, 2) + " · " + k.symbol() + "(x) = "
                + FrenchNumbers.compact(k.value(at, slope.get()), 3) + " · " + k.symbol() + "′(x) = " + d;
    }

    private static String note(ActivationKind f, ActivationKind g) {
        boolean leaky = f == ActivationKind.LEAKY_RELU || g == ActivationKind.LEAKY_RELU;
        boolean prelu = f == ActivationKind.PRELU || g == ActivationKind.PRELU;
        if (prelu) {
            return "PReLU a la forme de Leaky ReLU, mais sa pente a est un paramètre appris pendant l'entraînement : "
                    + "le curseur tient lieu de la valeur apprise (PyTorch part de a = 0,25)."
                    + (leaky ? " Les deux courbes partagent ici la même pente." : "");
        }
        if (leaky) {
            return "Leaky ReLU laisse passer une petite pente a pour x < 0 (PyTorch : a = 0,01 par défaut), "
                    + "si bien que le neurone ne « meurt » pas.";
        }
        return "";
    }

    /**
     * The y range of the plot: every visible curve on [−6, 6], 0 and 1 included, padded and
     * rounded outwards to quarters (to halves beyond a span of 3, to units beyond 8).
     */
    public double[] yRange() {
        RangeKey key = new RangeKey(function.get(), compare.get(), slope.get(), derivative.get());
        if (!key.equals(rangeKey)) {
            rangeKey = key;
            range = computeYRange();
        }
        return range.clone();
    }

    /** What the y range depends on: not x, so dragging the point does not recompute it. */
    private record RangeKey(ActivationKind function, ActivationKind compare, double slope, boolean derivative) {
    }

    private double[] computeYRange() {
        double lo = 0;
        double hi = 1;
        int samples = 240;
        for (int i = 0; i <= samples; i++) {
            double at = X_MIN + (X_MAX - X_MIN) * i / samples;
            for (ActivationKind k : new ActivationKind[] {function.get(), compare.get()}) {
                if (k == ActivationKind.NONE) {
                    continue;
                }
                double v = k.value(at, slope.get());
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
                if (derivative.get()) {
                    double d = k.derivative(at, slope.get());
                    lo = Math.min(lo, d);
                    hi = Math.max(hi, d);
                }
            }
        }
        double pad = 0.08 * (hi - lo);
        double unit = hi - lo <= 3 ? 0.25 : hi - lo <= 8 ? 0.5 : 1;
        return new double[] {Math.floor((lo - pad) / unit) * unit, Math.ceil((hi + pad) / unit) * unit};
    }

    public boolean isComparing() {
        return compare.get() != ActivationKind.NONE && compare.get() != function.get();
    }

    /** Shows the book's sigmoid example: σ, x = 3,75. */
    public void showBookExample() {
        function.set(ActivationKind.SIGMOID);
        x.set(BOOK_SIGMOID_X);
    }

    public ObjectProperty<ActivationKind> functionProperty() { return function; }

    /** The second function to compare, or {@link ActivationKind#NONE}. */
    public ObjectProperty<ActivationKind> compareProperty() { return compare; }

    public BooleanProperty derivativeProperty() { return derivative; }

    /** Leaky ReLU's slope for x &lt; 0, or PReLU's learned value. */
    public DoubleProperty slopeProperty() { return slope; }

    /** Where the movable point is, in [−6, 6]. */
    public DoubleProperty xProperty() { return x; }

    public ReadOnlyStringProperty readoutProperty() { return readout.getReadOnlyProperty(); }

    public ReadOnlyStringProperty compareReadoutProperty() { return compareReadout.getReadOnlyProperty(); }

    /** A sentence about Leaky ReLU / PReLU when one is shown, else empty. */
    public ReadOnlyStringProperty noteProperty() { return note.getReadOnlyProperty(); }

    /** « Livre : 0,98 ✓ » at the book's σ(3,75), else null. */
    public ReadOnlyObjectProperty<BookCheck> bookCheckProperty() { return bookCheck.getReadOnlyProperty(); }

    /** Bumped after every change, so the plot knows when to redraw. */
    public ReadOnlyIntegerProperty revisionProperty() { return revision.getReadOnlyProperty(); }

    public double value(ActivationKind k, double at) { return k.value(at, slope.get()); }

    public double derivativeAt(ActivationKind k, double at) { return k.derivative(at, slope.get()); }
}
