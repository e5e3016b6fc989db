package fr.dlintro.ui.widget.lossregression;

import fr.dlintro.core.demo.LineFit;
import fr.dlintro.core.nn.Losses;
import fr.dlintro.ui.widget.BookCheck;
import fr.dlintro.ui.widget.FrenchNumbers;
import java.util.Arrays;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * 4.2.2's five days of temperatures: true values, predictions, each day's error, MAE and
 * MSE computed live. In « écarts » mode each prediction is free (drag one to make an
 * outlier); in « droite » mode the predictions lie on a line ŷ = w·jour + b set by hand.
 * A slice shows both costs as functions of one variable (the selected day's prediction, or
 * the slope w), with their derivatives: the MSE's grows with the error, the MAE's does not.
 */
public final class LossRegressionModel {
    public static final int DAYS = 5;
    /** 4.2.2.2: « Vraies valeurs : [17, 20, 18, 21, 20] ». */
    static final double[] TRUTH = {17, 20, 18, 21, 20};
    /** 4.2.2.2: « Prédiction : [15, 18, 20, 22, 25] ». */
    static final double[] BOOK_PREDICTIONS = {15, 18, 20, 22, 25};
    static final double BOOK_MAE = 2.4;
    static final double BOOK_MSE = 7.6;
    /** The temperatures the plot shows and a prediction may take, in °C. */
    public static final double MIN_T = 10;
    public static final double MAX_T = 35;
    /** The slopes the slice of the « droite » mode spans. */
    public static final double MIN_W = -1;
    public static final double MAX_W = 3;
    /** Every error the same size, with the book's signs: worse MAE, better MSE than the book's. */
    static final double EQUAL_ERROR = 2.6;
    /** The outlier preset: day 5 predicted at 32 °C instead of 25. */
    static final double OUTLIER = 32;
    static final double START_W = 1;
    static final double START_B = 15;

    public enum Mode {
        ECARTS("ecarts", "Écarts du livre"), DROITE("droite", "Droite à la main");

        private final String key;
        private final String label;

        Mode(String key, String label) {
            this.key = key;
            this.label = label;
        }

        public String key() { return key; }

        public String label() { return label; }

        public static Optional<Mode> fromKey(String key) {
            return Arrays.stream(values()).filter(m -> m.key.equals(key)).findFirst();
        }
    }

    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.ECARTS);
    private final DoubleProperty[] predictions = new DoubleProperty[DAYS];
    private final DoubleProperty slope = new SimpleDoubleProperty(this, "slope", START_W);
    private final DoubleProperty intercept = new SimpleDoubleProperty(this, "intercept", START_B);
    private final IntegerProperty selected = new SimpleIntegerProperty(this, "selected", DAYS - 1);
    private final ReadOnlyStringWrapper maeText = new ReadOnlyStringWrapper(this, "maeText");
    private final ReadOnlyStringWrapper mseText = new ReadOnlyStringWrapper(this, "mseText");
    private final ReadOnlyStringWrapper rmseText = new ReadOnlyStringWrapper(this, "rmseText");
    private final ReadOnlyStringWrapper comparison = new ReadOnlyStringWrapper(this, "comparison");
    private final ReadOnlyStringWrapper sliceTitle = new ReadOnlyStringWrapper(this, "sliceTitle");
    private final ReadOnlyStringWrapper slopes = new ReadOnlyStringWrapper(this, "slopes");
    private final ReadOnlyStringWrapper equation = new ReadOnlyStringWrapper(this, "equation");
    private final ReadOnlyObjectWrapper<BookCheck> maeCheck = new ReadOnlyObjectWrapper<>(this, "maeCheck");
    private final ReadOnlyObjectWrapper<BookCheck> mseCheck = new ReadOnlyObjectWrapper<>(this, "mseCheck");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final double[] predicted = new double[DAYS];
    private double mae;
    private double mse;

    public LossRegressionModel(Mode start) {
        mode.set(start);
        InvalidationListener changed = o -> recompute();
        for (int d = 0; d < DAYS; d++) {
            predictions[d] = new SimpleDoubleProperty(this, "prediction" + (d + 1), BOOK_PREDICTIONS[d]);
            predictions[d].addListener(changed);
        }
        mode.addListener(changed);
        slope.addListener(changed);
        intercept.addListener(changed);
        selected.addListener(changed);
        recompute();
    }

    /** Day d's x in the « droite » mode: days are numbered from 1, as in the book. */
    public static double dayX(int d) {
        return d + 1;
    }

    public static double truth(int d) {
        return TRUTH[d];
    }

    private void recompute() {
        if (selected.get() < 0 || selected.get() >= DAYS) {
            selected.set(Math.max(0, Math.min(DAYS - 1, selected.get())));
            return; // the listener on selected recomputes
        }
        for (int d = 0; d < DAYS; d++) {
            predicted[d] = mode.get() == Mode.ECARTS ? predictions[d].get() : slope.get() * dayX(d) + intercept.get();
        }
        mae = Losses.mae(TRUTH, predicted);
        mse = Losses.mse(TRUTH, predicted);
        maeText.set("MAE = " + number(mae) + " °C");
        mseText.set("MSE = " + number(mse) + " °C²");
        rmseText.set("RMSE = √MSE = " + FrenchNumbers.compact(Math.sqrt(mse), 2) + " °C");
        boolean book = isBookExample();
        maeCheck.set(book ? BookCheck.of("2.4", mae) : null);
        mseCheck.set(book ? BookCheck.of("7.6", mse) : null);
        comparison.set(comparisonText(book));
        equation.set("ŷ = " + FrenchNumbers.compact(slope.get(), 2) + " × jour "
                + (intercept.get() < 0 ? "− " : "+ ") + FrenchNumbers.compact(Math.abs(intercept.get()), 2));
        sliceTitle.set(mode.get() == Mode.ECARTS
                ? "Coût selon ŷ" + subscript(selected.get() + 1) + " (jour " + (selected.get() + 1) + ")"
                : "Coût selon w (b = " + FrenchNumbers.compact(intercept.get(), 2) + " fixé)");
        slopes.set(slopesText());
        revision.set(revision.get() + 1);
    }

    private static String number(double v) {
        return FrenchNumbers.compact(v, 2);
    }

    private String comparisonText(boolean book) {
        if (mode.get() == Mode.DROITE) {
            LineFit.Line l2 = bestLineForMse();
            LineFit.Line l1 = bestLineForMae();
            return "Meilleures droites : MSE, ŷ = " + FrenchNumbers.compact(l2.w(), 2) + "j + "
                    + FrenchNumbers.compact(l2.b(), 2) + " ; MAE, ŷ = " + FrenchNumbers.compact(l1.w(), 2)
                    + "j + " + FrenchNumbers.compact(l1.b(), 2) + ".";
        }
        if (book) {
            int d = selected.get();
            return "Minimum des deux coûts en ŷ" + subscript(d + 1) + " = " + number(TRUTH[d])
                    + " (trait vert) ; plus loin, la MSE grimpe bien plus vite que la MAE.";
        }
        double dMae = mae - BOOK_MAE;
        double dMse = mse - BOOK_MSE;
        String s = "Livre : MAE 2,4 et MSE 7,6. Ici, la MAE " + change(dMae) + " et la MSE " + change(dMse) + ".";
        if (dMae * dMse < 0 && Math.abs(dMae) > 1e-9 && Math.abs(dMse) > 1e-9) {
            s += " Les deux coûts ne classent pas ces prédictions dans le même ordre.";
        }
        return s;
    }

    private static String change(double delta) {
        if (Math.abs(delta) < 1e-9) {
            return "ne change pas";
        }
        return (delta > 0 ? "augmente de " : "baisse de ") + FrenchNumbers.compact(Math.abs(delta), 2);
    }

    private String slopesText() {
        double v = sliceValue();
        double dMse = sliceMseDerivative(v);
        String at = mode.get() == Mode.ECARTS ? "ŷ" + subscript(selected.get() + 1) : "w";
        String maeSlope = kinked(v) ? "aucune, pointe" : FrenchNumbers.compact(sliceMaeDerivative(v), 2);
        return "Pentes en " + at + " = " + FrenchNumbers.compact(v, 2) + " : MSE " + FrenchNumbers.compact(dMse, 2)
                + " ; MAE " + maeSlope;
    }

    private static String subscript(int n) {
        return String.valueOf("₀₁₂₃₄₅₆₇₈₉".charAt(n));
    }

    /** Whether the MAE has a kink at v: some prediction equals its true value. */
    boolean kinked(double v) {
        double[] p = predictionsWith(v);
        for (int d = 0; d < DAYS; d++) {
            if (Math.abs(p[d] - TRUTH[d]) < 1e-9 && (mode.get() == Mode.DROITE || d == selected.get())) {
                return true;
            }
        }
        return false;
    }

    public boolean isBookExample() {
        if (mode.get() != Mode.ECARTS) {
            return false;
        }
        for (int d = 0; d < DAYS; d++) {
            if (Math.abs(predictions[d].get() - BOOK_PREDICTIONS[d]) > 1e-9) {
                return false;
            }
        }
        return true;
    }

    // ---- commands ----

    /** The book's predictions, in « écarts » mode. */
    public void bookExample() {
        mode.set(Mode.ECARTS);
        for (int d = 0; d < DAYS; d++) {
            predictions[d].set(BOOK_PREDICTIONS[d]);
        }
        selected.set(DAYS - 1);
    }

    /** Every error 2,6 °C with the book's signs: a larger MAE but a smaller MSE than the book's. */
    public void equalErrors() {
        mode.set(Mode.ECARTS);
        for (int d = 0; d < DAYS; d++) {
            predictions[d].set(TRUTH[d] + Math.signum(BOOK_PREDICTIONS[d] - TRUTH[d]) * EQUAL_ERROR);
        }
    }

    /** The book's predictions with day 5 pushed to 32 °C. */
    public void outlier() {
        bookExample();
        predictions[DAYS - 1].set(OUTLIER);
    }

    public void setPrediction(int d, double v) {
        predictions[d].set(clampT(Math.round(v * 10) / 10.0));
    }

    static double clampT(double v) {
        return Math.max(MIN_T, Math.min(MAX_T, v));
    }

    /** Moves the line's point at day 1 (end 0) or day 5 (end 1), the other end staying put. */
    public void moveLineEnd(int end, double value) {
        double y1 = end == 0 ? clampT(value) : predictedAt(0);
        double y5 = end == 1 ? clampT(value) : predictedAt(DAYS - 1);
        double w = Math.round((y5 - y1) / (dayX(DAYS - 1) - dayX(0)) * 100) / 100.0;
        double b = Math.round((y1 - w * dayX(0)) * 100) / 100.0;
        mode.set(Mode.DROITE);
        slope.set(w);
        intercept.set(b);
    }

    public LineFit.Line bestLineForMse() {
        return LineFit.leastSquares(days(), TRUTH);
    }

    public LineFit.Line bestLineForMae() {
        return LineFit.leastAbsolute(days(), TRUTH);
    }

    public void useLine(LineFit.Line line) {
        mode.set(Mode.DROITE);
        slope.set(line.w());
        intercept.set(line.b());
    }

    private static double[] days() {
        double[] x = new double[DAYS];
        for (int d = 0; d < DAYS; d++) {
            x[d] = dayX(d);
        }
        return x;
    }

    // ---- the slice: both costs as functions of one variable ----

    /** The slice's variable now: the selected day's prediction, or the slope w. */
    public double sliceValue() {
        return mode.get() == Mode.ECARTS ? predictions[selected.get()].get() : slope.get();
    }

    public double sliceMin() { return mode.get() == Mode.ECARTS ? MIN_T : MIN_W; }

    public double sliceMax() { return mode.get() == Mode.ECARTS ? MAX_T : MAX_W; }

    /** Sets the slice's variable (dragging along the slice plot). */
    public void setSliceValue(double v) {
        if (mode.get() == Mode.ECARTS) {
            setPrediction(selected.get(), v);
        } else {
            slope.set(Math.max(MIN_W, Math.min(MAX_W, Math.round(v * 100) / 100.0)));
        }
    }

    private double[] predictionsWith(double v) {
        double[] p = predicted.clone();
        if (mode.get() == Mode.ECARTS) {
            p[selected.get()] = v;
        } else {
            for (int d = 0; d < DAYS; d++) {
                p[d] = v * dayX(d) + intercept.get();
            }
        }
        return p;
    }

    public double sliceMae(double v) { return Losses.mae(TRUTH, predictionsWith(v)); }

    public double sliceMse(double v) { return Losses.mse(TRUTH, predictionsWith(v)); }

    /** dMSE/dv = (2/n)·Σ (ŷ − y)·dŷ/dv. */
    public double sliceMseDerivative(double v) {
        double[] p = predictionsWith(v);
        double s = 0;
        for (int d = 0; d < DAYS; d++) {
            s += 2 * (p[d] - TRUTH[d]) * dPrediction(d);
        }
        return s / DAYS;
    }

    /** dMAE/dv = (1/n)·Σ sign(ŷ − y)·dŷ/dv, away from the kinks. */
    public double sliceMaeDerivative(double v) {
        double[] p = predictionsWith(v);
        double s = 0;
        for (int d = 0; d < DAYS; d++) {
            s += Math.signum(p[d] - TRUTH[d]) * dPrediction(d);
        }
        return s / DAYS;
    }

    private double dPrediction(int d) {
        if (mode.get() == Mode.ECARTS) {
            return d == selected.get() ? 1 : 0;
        }
        return dayX(d);
    }

    // ---- state ----

    public ObjectProperty<Mode> modeProperty() { return mode; }

    /** Day d's free prediction (« écarts » mode), in °C. */
    public DoubleProperty predictionProperty(int d) { return predictions[d]; }

    /** w of the line ŷ = w·jour + b. */
    public DoubleProperty slopeProperty() { return slope; }

    /** b of the line ŷ = w·jour + b. */
    public DoubleProperty interceptProperty() { return intercept; }

    /** The day whose prediction the slice follows (0 to 4). */
    public IntegerProperty selectedProperty() { return selected; }

    /** The prediction shown for day d in the current mode. */
    public double predictedAt(int d) { return predicted[d]; }

    public double mae() { return mae; }

    public double mse() { return mse; }

    public ReadOnlyStringProperty maeTextProperty() { return maeText.getReadOnlyProperty(); }

    public ReadOnlyStringProperty mseTextProperty() { return mseText.getReadOnlyProperty(); }

    public ReadOnlyStringProperty rmseTextProperty() { return rmseText.getReadOnlyProperty(); }

    /** Against the book's predictions, or the best lines in « droite » mode. */
    public ReadOnlyStringProperty comparisonProperty() { return comparison.getReadOnlyProperty(); }

    public ReadOnlyStringProperty sliceTitleProperty() { return sliceTitle.getReadOnlyProperty(); }

    /** Both costs' derivatives at the slice's current value. */
    public ReadOnlyStringProperty slopesProperty() { return slopes.getReadOnlyProperty(); }

    /** « ŷ = 1 × jour + 15 ». */
    public ReadOnlyStringProperty equationProperty() { return equation.getReadOnlyProperty(); }

    /** « Livre : 2,4 ✓ » on the book's predictions, else null. */
    public ReadOnlyObjectProperty<BookCheck> maeCheckProperty() { return maeCheck.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<BookCheck> mseCheckProperty() { return mseCheck.getReadOnlyProperty(); }

    /** Bumped after every recomputation, so plots know when to redraw. */
    public ReadOnlyIntegerProperty revisionProperty() { return revision.getReadOnlyProperty(); }
}
