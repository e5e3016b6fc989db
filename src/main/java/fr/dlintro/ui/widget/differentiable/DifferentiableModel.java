package fr.dlintro.ui.widget.differentiable;

import fr.dlintro.ui.widget.FrenchNumbers;
import javafx.beans.InvalidationListener;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * Fig. 25 and footnote 2: x² and |x| side by side with the tangent at a chosen x, and a
 * magnifier. Zoomed in on a point where a function is differentiable, the curve becomes
 * indistinguishable from its tangent; zoomed in on |x| at 0, the corner stays a corner.
 */
public final class DifferentiableModel {
    public static final double X_MIN = -3;
    public static final double X_MAX = 3;
    /** The magnifier is 2^zoomLevel: ×1 to ×64. */
    public static final int MAX_ZOOM_LEVEL = 6;

    private final DoubleProperty x = new SimpleDoubleProperty(this, "x");
    private final IntegerProperty zoomLevel = new SimpleIntegerProperty(this, "zoomLevel");
    private final ReadOnlyStringWrapper squareReading = new ReadOnlyStringWrapper(this, "squareReading");
    private final ReadOnlyStringWrapper absReading = new ReadOnlyStringWrapper(this, "absReading");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict");
    private final ReadOnlyStringWrapper zoomText = new ReadOnlyStringWrapper(this, "zoomText");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");

    public DifferentiableModel(double startX) {
        x.set(clampX(startX));
        InvalidationListener changed = o -> recompute();
        x.addListener(changed);
        zoomLevel.addListener(changed);
        recompute();
    }

    public static double clampX(double v) {
        return Math.max(X_MIN, Math.min(X_MAX, v));
    }

    private void recompute() {
        if (zoomLevel.get() < 0 || zoomLevel.get() > MAX_ZOOM_LEVEL) {
            zoomLevel.set(Math.max(0, Math.min(MAX_ZOOM_LEVEL, zoomLevel.get())));
            return;
        }
        double a = x.get();
        squareReading.set(reading(Curve.SQUARE, a));
        absReading.set(reading(Curve.ABS, a));
        zoomText.set("×" + zoom());
        if (!Curve.ABS.differentiableAt(a)) {
            verdict.set("En 0, x² a une tangente (horizontale) mais |x| a une pointe : aucune droite ne la suit des deux"
                    + " côtés, |x| n'est pas dérivable en 0" + (zoom() > 1 ? ", et la loupe n'y change rien." : ".")
                    + " De même, la MAE a une pointe là où une prédiction est exacte ; la MSE est lisse partout.");
        } else {
            verdict.set(zoom() == 1
                    ? "Les deux fonctions ont ici une tangente. Grossissez avec la loupe : près du point, chaque courbe"
                            + " se confond avec sa tangente. Puis placez x en 0."
                    : "À la loupe ×" + zoom() + ", chaque courbe se confond presque avec sa tangente : c'est ce qu'on"
                            + " appelle être dérivable en ce point.");
        }
        revision.set(revision.get() + 1);
    }

    /** « En x = 1 : pente 2 des deux côtés, tangente y = 2x − 1 » or the corner's two slopes. */
    static String reading(Curve c, double a) {
        String at = "En x = " + FrenchNumbers.compact(a, 3) + " : " + c.functionName() + " = "
                + FrenchNumbers.compact(c.value(a), 4) + ", ";
        if (!c.differentiableAt(a)) {
            return at + "pente " + signed(c.leftSlope(a)) + " à gauche, " + signed(c.rightSlope(a))
                    + " à droite : pas de tangente unique";
        }
        double s = c.derivative(a);
        return at + "pente " + FrenchNumbers.compact(s, 3) + " des deux côtés : tangente " + line(s, c.value(a) - s * a);
    }

    private static String signed(double v) {
        return (v > 0 ? "+" : "") + FrenchNumbers.compact(v, 3);
    }

    /** « y = 2x − 1 », « y = x », « y = −x », « y = 0 ». */
    static String line(double slope, double intercept) {
        String s;
        if (slope == 0) {
            return "y = " + FrenchNumbers.compact(intercept, 4);
        } else if (slope == 1) {
            s = "y = x";
        } else if (slope == -1) {
            s = "y = −x";
        } else {
            s = "y = " + FrenchNumbers.compact(slope, 3) + "x";
        }
        if (Math.abs(intercept) < 1e-12) {
            return s;
        }
        return s + (intercept < 0 ? " − " : " + ") + FrenchNumbers.compact(Math.abs(intercept), 4);
    }

    public int zoom() {
        return 1 << zoomLevel.get();
    }

    /**
     * The window of a panel, {xMin, xMax, yMin, yMax}: the whole curve without zoom, else a
     * window 2^level times smaller centred on the point.
     */
    public double[] window(Curve c) {
        if (zoomLevel.get() == 0) {
            return new double[] {X_MIN, X_MAX, c.yMin(), c.yMax()};
        }
        double a = x.get();
        double halfW = (X_MAX - X_MIN) / 2 / zoom();
        double halfH = (c.yMax() - c.yMin()) / 2 / zoom();
        return new double[] {a - halfW, a + halfW, c.value(a) - halfH, c.value(a) + halfH};
    }

    /** The step x moves by when dragged at this zoom, so 0 stays easy to hit. */
    public double dragStep() {
        return zoom() < 2 ? 0.05 : zoom() <= 8 ? 0.01 : 0.001;
    }

    public void setXRounded(double v) {
        double step = dragStep();
        x.set(clampX(Math.round(Math.round(v / step) * step * 1000) / 1000.0));
    }

    public DoubleProperty xProperty() { return x; }

    /** 0 to {@link #MAX_ZOOM_LEVEL}; the magnifier is 2^level. */
    public IntegerProperty zoomLevelProperty() { return zoomLevel; }

    public ReadOnlyStringProperty squareReadingProperty() { return squareReading.getReadOnlyProperty(); }

    public ReadOnlyStringProperty absReadingProperty() { return absReading.getReadOnlyProperty(); }

    public ReadOnlyStringProperty verdictProperty() { return verdict.getReadOnlyProperty(); }

    /** « ×8 ». */
    public ReadOnlyStringProperty zoomTextProperty() { return zoomText.getReadOnlyProperty(); }

    public ReadOnlyIntegerProperty revisionProperty() { return revision.getReadOnlyProperty(); }
}
