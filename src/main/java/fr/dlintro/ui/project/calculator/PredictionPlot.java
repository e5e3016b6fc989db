package fr.dlintro.ui.project.calculator;

import fr.dlintro.core.train.CalculatorTask;
import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.FrenchFormat;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Fig. 43 of the book: for each test pair (in order), the true result in green and the
 * network's prediction in blue, with a red arrow from truth to prediction where they differ
 * by more than 1. Draws the first {@code shown} pairs of the test.
 */
final class PredictionPlot extends Region {
    /** The book's threshold for an arrow: |prediction − truth| > 1. */
    static final double ARROW_THRESHOLD = 1;

    private final Canvas canvas = new Canvas();
    private CalculatorTask.Test test;
    private int shown = Integer.MAX_VALUE;
    private Palette palette = Palette.lightTheme();

    PredictionPlot() {
        getChildren().add(canvas);
        getStyleClass().add("prediction-plot");
        setAccessibleRole(javafx.scene.AccessibleRole.IMAGE_VIEW);
    }

    void show(CalculatorTask.Test test, int shown) {
        this.test = test;
        this.shown = shown;
        setAccessibleText(test == null ? "Aucun test pour l'instant"
                : "Valeurs vraies et prédictions des " + FrenchFormat.integer(count()) + " premières paires de test ; "
                        + FrenchFormat.integer(arrowCount()) + " écarts supérieurs à 1 marqués d'une flèche rouge");
        redraw();
    }

    void setPalette(Palette p) {
        palette = p;
        requestLayout();
        redraw();
    }

    int count() {
        return test == null ? 0 : Math.min(shown, test.size());
    }

    /** How many of the drawn pairs get an arrow. */
    int arrowCount() {
        int n = 0;
        for (int i = 0; i < count(); i++) {
            if (Math.abs(test.predicted()[i] - test.truth()[i]) > ARROW_THRESHOLD) {
                n++;
            }
        }
        return n;
    }

    @Override
    protected double computePrefWidth(double height) {
        return palette.fontSize() * 40;
    }

    @Override
    protected double computeMinWidth(double height) {
        return palette.fontSize() * 16;
    }

    @Override
    protected double computePrefHeight(double width) {
        return palette.fontSize() * 18;
    }

    @Override
    protected double computeMinHeight(double width) {
        return palette.fontSize() * 12;
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (w != canvas.getWidth() || h != canvas.getHeight()) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            redraw();
        }
    }

    private void redraw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(palette.background());
        g.fillRect(0, 0, w, h);
        double em = palette.fontSize();
        Font font = Font.font("DejaVu Sans", em * 0.8);
        g.setFont(font);
        int n = count();
        if (w <= 0 || h <= 0) {
            return;
        }
        if (n == 0) {
            g.setFill(palette.muted());
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText("Entraînez le réseau (ou ouvrez un modèle) pour le tester.", w / 2, h / 2);
            return;
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            lo = Math.min(lo, Math.min(test.truth()[i], test.predicted()[i]));
            hi = Math.max(hi, Math.max(test.truth()[i], test.predicted()[i]));
        }
        if (hi - lo < 1e-9) {
            hi = lo + 1;
        }
        double pad = (hi - lo) * 0.05;
        lo -= pad;
        hi += pad;
        double left = em * 4;
        double right = w - em * 0.8;
        double top = em * 1.8;
        double bottom = h - em * 2.2;
        double x0 = left;
        double xSpan = Math.max(1, n - 1);
        final double yLo = lo;
        final double ySpan = hi - lo;
        java.util.function.DoubleUnaryOperator x = i -> x0 + (right - x0) * i / xSpan;
        java.util.function.DoubleUnaryOperator y = v -> bottom - (bottom - top) * (v - yLo) / ySpan;

        // axes and ticks
        g.setStroke(palette.border());
        g.setLineWidth(1);
        g.strokeRect(left, top, right - left, bottom - top);
        g.setFill(palette.foreground());
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double v : ticks(lo, hi)) {
            double py = y.applyAsDouble(v);
            g.setStroke(palette.border());
            g.strokeLine(left, py, right, py);
            g.fillText(FrenchFormat.integer(Math.round(v)), left - em * 0.3, py);
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.fillText("Paire de test (dans l'ordre du tirage)", (left + right) / 2, bottom + em * 0.9);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("1", left, bottom + em * 0.2);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(FrenchFormat.integer(n), right, bottom + em * 0.2);

        double r = Math.max(1.5, Math.min(em * 0.25, (right - left) / n * 0.6));
        Color truth = palette.positive();
        Color predicted = palette.seriesColor(0).deriveColor(0, 1, 1, 0.5);
        Color arrow = palette.negative();
        g.setFill(truth);
        for (int i = 0; i < n; i++) {
            g.fillOval(x.applyAsDouble(i) - r, y.applyAsDouble(test.truth()[i]) - r, 2 * r, 2 * r);
        }
        g.setFill(predicted);
        for (int i = 0; i < n; i++) {
            g.fillOval(x.applyAsDouble(i) - r, y.applyAsDouble(test.predicted()[i]) - r, 2 * r, 2 * r);
        }
        g.setStroke(arrow);
        g.setFill(arrow);
        g.setLineWidth(Math.max(1, em / 12));
        for (int i = 0; i < n; i++) {
            double d = test.predicted()[i] - test.truth()[i];
            if (Math.abs(d) > ARROW_THRESHOLD) {
                double px = x.applyAsDouble(i);
                double from = y.applyAsDouble(test.truth()[i]);
                double to = y.applyAsDouble(test.predicted()[i]);
                g.strokeLine(px, from, px, to);
                double head = Math.min(em * 0.35, Math.abs(to - from));
                double dir = Math.signum(to - from);
                g.fillPolygon(new double[] {px - head * 0.6, px + head * 0.6, px},
                        new double[] {to - dir * head, to - dir * head, to}, 3);
            }
        }
        legend(g, em, left, top);
    }

    private void legend(GraphicsContext g, double em, double left, double top) {
        String[] names = {"Valeur vraie", "Prédiction", "Écart > 1"};
        Color[] colors = {palette.positive(), palette.seriesColor(0), palette.negative()};
        // one line above the plot, so it never hides a point
        double x = left;
        double y = top - em * 0.9;
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < names.length; i++) {
            g.setFill(colors[i]);
            g.fillOval(x, y - em * 0.3, em * 0.6, em * 0.6);
            g.setFill(palette.foreground());
            g.fillText(names[i], x + em * 0.9, y);
            javafx.scene.text.Text probe = new javafx.scene.text.Text(names[i]);
            probe.setFont(g.getFont());
            x += em * 2.2 + probe.getLayoutBounds().getWidth();
        }
    }

    /** About five round values between lo and hi. */
    static double[] ticks(double lo, double hi) {
        double raw = (hi - lo) / 5;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = mag * (raw / mag >= 5 ? 5 : raw / mag >= 2 ? 2 : 1);
        double first = Math.ceil(lo / step) * step;
        int count = (int) Math.floor((hi - first) / step) + 1;
        double[] t = new double[Math.max(0, count)];
        for (int i = 0; i < t.length; i++) {
            t[i] = first + i * step;
        }
        return t;
    }
}
