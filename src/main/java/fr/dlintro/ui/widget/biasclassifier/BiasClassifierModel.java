package fr.dlintro.ui.widget.biasclassifier;

import fr.dlintro.core.demo.TwoClassPoints;
import fr.dlintro.core.demo.TwoClassPoints.Layout;
import fr.dlintro.ui.widget.FrenchFormat;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Section 3.3 (Fig. 20): a perceptron w₁x₁ + w₂x₂ + b classifies points by the side of the
 * line w·x + b = 0 they fall on (« bleue » where it is positive, « rouge » where negative).
 * The line is held at a pivot point it passes through: turning w turns the line about the
 * pivot, moving the pivot shifts the line. Without bias, b = 0 and the pivot is the origin.
 */
public final class BiasClassifierModel {
    public static final double W_MAX = 3;
    public static final double B_MAX = 10;
    /** Below this length, w gives no direction and there is no line. */
    static final double W_MIN_NORM = 0.05;

    private final ObjectProperty<Layout> dataset = new SimpleObjectProperty<>(this, "dataset");
    private final BooleanProperty biasEnabled = new SimpleBooleanProperty(this, "biasEnabled");
    private final DoubleProperty w1 = new SimpleDoubleProperty(this, "w1");
    private final DoubleProperty w2 = new SimpleDoubleProperty(this, "w2");
    private final DoubleProperty b = new SimpleDoubleProperty(this, "b");
    private final ReadOnlyIntegerWrapper misclassified = new ReadOnlyIntegerWrapper(this, "misclassified");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final ReadOnlyStringWrapper equation = new ReadOnlyStringWrapper(this, "equation");
    private final ReadOnlyStringWrapper errors = new ReadOnlyStringWrapper(this, "errors");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper(this, "hint");
    private final Map<Layout, TwoClassPoints> sets = new EnumMap<>(Layout.class);
    private double pivotX;
    private double pivotY;
    private boolean moving; // several properties change as one move: update once, at the end

    public BiasClassifierModel(Layout layout, boolean bias) {
        for (Layout l : Layout.values()) {
            sets.put(l, TwoClassPoints.of(l));
        }
        dataset.set(layout);
        biasEnabled.set(bias);
        resetLine();
        InvalidationListener onLine = o -> {
            if (!moving) {
                clampAndProject();
            }
        };
        w1.addListener(onLine);
        w2.addListener(onLine);
        b.addListener(onLine);
        dataset.addListener(o -> update());
        biasEnabled.addListener((o, was, on) -> {
            if (!on) {
                move(w1.get(), w2.get(), 0, 0, 0);
            } else {
                update();
            }
        });
    }

    /** The starting line: the horizontal axis x₂ = 0, w pointing up. */
    public void resetLine() {
        move(0, 1, 0, 0, 0);
    }

    // ---- the two handles ----

    /**
     * Turns the line about its pivot so that w points from the pivot towards (x, y); the
     * length of w is kept (it scales w·x + b without moving the line).
     */
    public void pointNormalAt(double x, double y) {
        double dx = x - pivotX;
        double dy = y - pivotY;
        double d = Math.hypot(dx, dy);
        if (d < 1e-9) {
            return;
        }
        double norm = Math.max(W_MIN_NORM * 2, Math.hypot(w1.get(), w2.get()));
        double nw1 = clamp(norm * dx / d, W_MAX);
        double nw2 = clamp(norm * dy / d, W_MAX);
        move(nw1, nw2, -(nw1 * pivotX + nw2 * pivotY), pivotX, pivotY);
    }

    /** Moves the pivot to (x, y), shifting the line without turning it; only with the bias on. */
    public void movePivotTo(double x, double y) {
        if (!biasEnabled.get()) {
            return;
        }
        double px = clamp(x, TwoClassPoints.EXTENT);
        double py = clamp(y, TwoClassPoints.EXTENT);
        move(w1.get(), w2.get(), -(w1.get() * px + w2.get() * py), px, py);
    }

    private void move(double nw1, double nw2, double nb, double px, double py) {
        moving = true;
        try {
            w1.set(clamp(nw1, W_MAX));
            w2.set(clamp(nw2, W_MAX));
            b.set(biasEnabled.get() ? clamp(nb, B_MAX) : 0);
            pivotX = px;
            pivotY = py;
        } finally {
            moving = false;
        }
        clampAndProject();
    }

    /** After a slider moved w or b: keep them in range and put the pivot back on the line. */
    private void clampAndProject() {
        moving = true;
        try {
            w1.set(clamp(w1.get(), W_MAX));
            w2.set(clamp(w2.get(), W_MAX));
            b.set(biasEnabled.get() ? clamp(b.get(), B_MAX) : 0);
        } finally {
            moving = false;
        }
        double n2 = w1.get() * w1.get() + w2.get() * w2.get();
        if (n2 > W_MIN_NORM * W_MIN_NORM) {
            double off = (w1.get() * pivotX + w2.get() * pivotY + b.get()) / n2;
            pivotX -= off * w1.get();
            pivotY -= off * w2.get();
            if (Math.abs(pivotX) > TwoClassPoints.EXTENT || Math.abs(pivotY) > TwoClassPoints.EXTENT) {
                // the projection left the square: use the point of the line nearest the origin
                pivotX = -b.get() * w1.get() / n2;
                pivotY = -b.get() * w2.get() / n2;
            }
        }
        update();
    }

    private static double clamp(double v, double max) {
        return Math.max(-max, Math.min(max, v));
    }

    private void update() {
        TwoClassPoints set = points();
        boolean noLine = !hasLine();
        int wrong = set.misclassified(w1.get(), w2.get(), b.get());
        misclassified.set(wrong);
        equation.set(equationText());
        errors.set(noLine ? "w est nul : il n'y a plus de droite, aucun point n'est classé."
                : wrong == 0 ? "Aucun point mal classé : la droite sépare les deux classes."
                : wrong + (wrong > 1 ? " points mal classés" : " point mal classé") + " sur " + set.size() + ".");
        hint.set(hintText(set));
        revision.set(revision.get() + 1);
    }

    private String equationText() {
        String s = FrenchFormat.decimal(w1.get(), 2) + "·x₁ " + signed(w2.get()) + "·x₂";
        if (biasEnabled.get()) {
            s += " " + signed(b.get());
        }
        return s + " = 0";
    }

    /** « + 0,50 » or « − 0,50 », for a term after the first. */
    private static String signed(double v) {
        String abs = FrenchFormat.decimal(Math.abs(v), 2);
        return (v < 0 && !abs.equals("0,00") ? "− " : "+ ") + abs;
    }

    private String hintText(TwoClassPoints set) {
        if (biasEnabled.get()) {
            return "Avec le biais, la droite passe où l'on veut : faites glisser le point d'appui pour la décaler, "
                    + "la flèche w pour la tourner.";
        }
        int best = set.fewestErrorsThroughOrigin();
        if (best > 0) {
            return "Sans biais, la droite passe toujours par l'origine : aucune ne sépare ces points (au mieux " + best
                    + " erreurs). Activez le biais pour la décaler.";
        }
        return "Sans biais, la droite passe toujours par l'origine. Ici, cela suffit : faites tourner la flèche w.";
    }

    // ---- state ----

    public ObjectProperty<Layout> datasetProperty() { return dataset; }

    public BooleanProperty biasEnabledProperty() { return biasEnabled; }

    public DoubleProperty w1Property() { return w1; }

    public DoubleProperty w2Property() { return w2; }

    public DoubleProperty bProperty() { return b; }

    public ReadOnlyIntegerProperty misclassifiedProperty() { return misclassified.getReadOnlyProperty(); }

    /** Bumped after every change, so the plot knows when to redraw. */
    public ReadOnlyIntegerProperty revisionProperty() { return revision.getReadOnlyProperty(); }

    /** « 1,00·x₁ + 1,00·x₂ + 0,00 = 0 ». */
    public ReadOnlyStringProperty equationProperty() { return equation.getReadOnlyProperty(); }

    public ReadOnlyStringProperty errorsProperty() { return errors.getReadOnlyProperty(); }

    public ReadOnlyStringProperty hintProperty() { return hint.getReadOnlyProperty(); }

    public TwoClassPoints points() { return sets.get(dataset.get()); }

    public boolean hasLine() { return Math.hypot(w1.get(), w2.get()) >= W_MIN_NORM; }

    public boolean isCorrect(int i) { return points().isCorrect(i, w1.get(), w2.get(), b.get()); }

    public double pivotX() { return pivotX; }

    public double pivotY() { return pivotY; }
}
