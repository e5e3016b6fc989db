package fr.dlintro.ui.widget.activation;

import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.FrenchNumbers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * The curves on shared axes. Resizing (a new width, a new font size) and redrawing (the
 * model changed, e.g. while the point is dragged) are kept apart: {@link #layoutChildren}
 * only resizes the canvas when its size really changes, {@link #redraw} only paints.
 * The first function is a solid line, the second a long-dashed one, derivatives are
 * short-dashed in colours of their own (ReLU's derivative lies on ReLU itself for x &lt; 0, so
 * the same colour would hide it): colour is never the only cue. A derivative that jumps
 * (the ReLU family at 0) is drawn in two pieces, with a dot at the value taken at 0 and a
 * ring at the other limit, never as a vertical segment.
 */
final class ActivationPlot extends Region {
    /** Dash patterns in em, so they keep their look at every font size. */
    private static final double[] COMPARE_DASHES = {0.75, 0.4};
    private static final double[] DERIVATIVE_DASHES = {0.22, 0.32};

    /** One sampled curve; dragging the point reuses the samples, only a new function or slope resamples. */
    private record Sampling(ActivationKind kind, boolean derivative, double slope, int n) {
    }

    private final ActivationModel model;
    private final Canvas canvas = new Canvas();
    private final Map<Sampling, double[]> samples = new HashMap<>();
    private Palette palette;
    private double em = 14;

    ActivationPlot(ActivationModel model) {
        this.model = model;
        getStyleClass().add("activation-plot");
        getChildren().add(canvas);
        canvas.setOnMousePressed(e -> moveTo(e.getX()));
        canvas.setOnMouseDragged(e -> moveTo(e.getX()));
        setAccessibleText("Courbes des fonctions d'activation ; faites glisser pour déplacer le point x");
    }

    void setPalette(Palette p) {
        this.palette = p;
        this.em = p.fontSize();
        requestLayout();
        redraw();
    }

    private void moveTo(double px) {
        double x = xOf(px);
        model.xProperty().set(ActivationModel.clampX(Math.round(x * 100) / 100.0));
    }

    @Override
    protected double computePrefHeight(double width) {
        return 15 * em;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 36 * em;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 16 * em;
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

    private double left() { return 3.2 * em; }

    private double right() { return canvas.getWidth() - 0.8 * em; }

    private double top() { return 0.6 * em; }

    private double bottom() { return canvas.getHeight() - 1.7 * em; }

    /** Canvas x of a value of x. */
    double px(double x) {
        return left() + (x - ActivationModel.X_MIN) / (ActivationModel.X_MAX - ActivationModel.X_MIN) * (right() - left());
    }

    private double xOf(double px) {
        return ActivationModel.X_MIN + (px - left()) / (right() - left()) * (ActivationModel.X_MAX - ActivationModel.X_MIN);
    }

    private double py(double y, double[] range) {
        return bottom() - (y - range[0]) / (range[1] - range[0]) * (bottom() - top());
    }

    /** Canvas y of a value on the current y range (for tests). */
    double canvasY(double y) {
        return py(y, model.yRange());
    }

    /** Canvas y of f(x) for the main function at the current point (for tests). */
    double pointY() {
        return py(model.value(model.functionProperty().get(), model.xProperty().get()), model.yRange());
    }

    void redraw() {
        if (palette == null || canvas.getWidth() <= 0) {
            return;
        }
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(palette.surface());
        g.fillRect(0, 0, w, h);
        double[] range = model.yRange();
        axes(g, range);

        g.save();
        g.beginPath();
        g.rect(left(), top(), right() - left(), bottom() - top());
        g.clip();
        ActivationKind f = model.functionProperty().get();
        ActivationKind c = model.compareProperty().get();
        boolean comparing = model.isComparing();
        if (comparing) {
            curve(g, c, false, palette.seriesColor(1), COMPARE_DASHES, range);
        }
        curve(g, f, false, palette.seriesColor(0), null, range);
        if (model.derivativeProperty().get()) {
            // on top: where a derivative runs along its function (ReLU for x < 0) its dashes stay visible
            curve(g, f, true, derivativeColour(false), DERIVATIVE_DASHES, range);
            if (comparing) {
                curve(g, c, true, derivativeColour(true), DERIVATIVE_DASHES, range);
            }
        }
        point(g, range, f, comparing ? c : null);
        g.restore();
        legend(g, f, comparing ? c : null);
    }

    private void axes(GraphicsContext g, double[] range) {
        g.setFont(Font.font(0.82 * em));
        g.setLineWidth(1);
        double yStep = niceStep(range[1] - range[0]);
        g.setStroke(palette.border());
        g.setFill(palette.muted());
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double y = Math.ceil(range[0] / yStep) * yStep; y <= range[1] + 1e-9; y += yStep) {
            double yy = Math.round(py(y, range)) + 0.5;
            g.strokeLine(left(), yy, right(), yy);
            g.fillText(FrenchNumbers.compact(y, 2), left() - 0.35 * em, yy);
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        int xStep = right() - left() < 22 * em ? 2 : 1;
        for (int x = (int) ActivationModel.X_MIN; x <= ActivationModel.X_MAX; x++) {
            double xx = Math.round(px(x)) + 0.5;
            g.strokeLine(xx, top(), xx, bottom());
            if (x % xStep == 0) {
                g.fillText(FrenchNumbers.compact(x, 0), xx, bottom() + 0.3 * em);
            }
        }
        g.setStroke(palette.muted());
        g.setLineWidth(1.5);
        double x0 = Math.round(px(0)) + 0.5;
        double y0 = Math.round(py(0, range)) + 0.5;
        g.strokeLine(left(), y0, right(), y0);
        g.strokeLine(x0, top(), x0, bottom());
        g.setStroke(palette.border());
        g.setLineWidth(1);
        g.strokeRect(left() + 0.5, top() + 0.5, right() - left() - 1, bottom() - top() - 1);
    }

    static double niceStep(double span) {
        return span <= 3 ? 0.5 : span <= 8 ? 1 : 2;
    }

    private void curve(GraphicsContext g, ActivationKind k, boolean derivative, Color colour, double[] dashes,
            double[] range) {
        g.setStroke(colour);
        g.setLineWidth(lineWidth(derivative));
        g.setLineDashes(scaled(dashes));
        g.beginPath();
        int n = (int) Math.max(200, right() - left());
        double[] ys = samples(k, derivative, n);
        double slope = model.slopeProperty().get();
        boolean jump = derivative && k.kinkAt(0, slope);
        double previousX = Double.NaN;
        for (int i = 0; i <= n; i++) {
            double x = ActivationModel.X_MIN + (ActivationModel.X_MAX - ActivationModel.X_MIN) * i / n;
            double y = ys[i];
            if (jump && x >= 0 && previousX < 0) {
                // end the left piece at its limit, start the right piece at its own: no vertical segment
                g.lineTo(px(0), py(k.derivative(-1, slope), range));
                g.moveTo(px(0), py(k.derivative(1, slope), range));
                if (x == 0) {
                    previousX = x;
                    continue;
                }
            }
            double yy = py(y, range);
            if (i == 0) {
                g.moveTo(px(x), yy);
            } else {
                g.lineTo(px(x), yy);
            }
            previousX = x;
        }
        g.stroke();
        g.setLineDashes();
        if (jump) {
            jumpMarks(g, k, colour, range);
        }
    }

    /** At a jump of the derivative: a dot at the value used at 0 (PyTorch's), a ring at the other limit. */
    private void jumpMarks(GraphicsContext g, ActivationKind k, Color colour, double[] range) {
        double slope = model.slopeProperty().get();
        double taken = k.derivative(0, slope);
        double left = k.derivative(-1, slope);
        double other = taken == left ? k.derivative(1, slope) : left;
        double r = 0.22 * em;
        double x0 = px(0);
        g.setLineWidth(0.1 * em);
        g.setStroke(colour);
        g.setFill(palette.surface());
        g.fillOval(x0 - r, py(other, range) - r, 2 * r, 2 * r);
        g.strokeOval(x0 - r, py(other, range) - r, 2 * r, 2 * r);
        g.setFill(colour);
        g.fillOval(x0 - r, py(taken, range) - r, 2 * r, 2 * r);
    }

    /** The colour of a derivative: not its function's, or ReLU's would vanish under ReLU. */
    private Color derivativeColour(boolean compared) {
        return palette.seriesColor(compared ? 3 : 2);
    }

    private double[] samples(ActivationKind k, boolean derivative, int n) {
        Sampling key = new Sampling(k, derivative, k.hasSlope() ? model.slopeProperty().get() : 0, n);
        if (samples.size() > 16 && !samples.containsKey(key)) {
            samples.clear(); // a slope dragged through many values
        }
        return samples.computeIfAbsent(key, s -> {
            double[] ys = new double[n + 1];
            for (int i = 0; i <= n; i++) {
                double x = ActivationModel.X_MIN + (ActivationModel.X_MAX - ActivationModel.X_MIN) * i / n;
                ys[i] = derivative ? model.derivativeAt(k, x) : model.value(k, x);
            }
            return ys;
        });
    }

    private double lineWidth(boolean derivative) {
        return derivative ? 0.13 * em : 0.19 * em;
    }

    private double[] scaled(double[] dashesInEm) {
        if (dashesInEm == null) {
            return null;
        }
        double[] out = new double[dashesInEm.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = dashesInEm[i] * em;
        }
        return out;
    }

    /** The vertical guide at x, the tangent to f and the points on each curve. */
    private void point(GraphicsContext g, double[] range, ActivationKind f, ActivationKind c) {
        double x = model.xProperty().get();
        double xx = px(x);
        g.setStroke(palette.foreground());
        g.setLineWidth(1);
        g.setLineDashes(2, 3);
        g.strokeLine(xx, top(), xx, bottom());
        g.setLineDashes();

        double fx = model.value(f, x);
        double slope = model.derivativeAt(f, x);
        double half = 1.2; // the tangent spans x ± 1,2
        g.setStroke(palette.foreground());
        g.setLineWidth(0.09 * em);
        g.strokeLine(px(x - half), py(fx - slope * half, range), px(x + half), py(fx + slope * half, range));

        double r = 0.36 * em;
        if (c != null) {
            double cy = py(model.value(c, x), range);
            g.setFill(palette.seriesColor(1));
            g.setStroke(palette.surface());
            g.setLineWidth(2);
            g.fillRect(xx - r, cy - r, 2 * r, 2 * r);
            g.strokeRect(xx - r, cy - r, 2 * r, 2 * r);
        }
        if (model.derivativeProperty().get()) {
            double dy = py(slope, range);
            g.setStroke(derivativeColour(false));
            g.setLineWidth(2);
            g.setFill(palette.surface());
            g.fillOval(xx - r * 0.8, dy - r * 0.8, 1.6 * r, 1.6 * r);
            g.strokeOval(xx - r * 0.8, dy - r * 0.8, 1.6 * r, 1.6 * r);
        }
        double fy = py(fx, range);
        g.setFill(palette.seriesColor(0));
        g.setStroke(palette.surface());
        g.setLineWidth(2);
        g.fillOval(xx - r, fy - r, 2 * r, 2 * r);
        g.strokeOval(xx - r, fy - r, 2 * r, 2 * r);
    }

    /** One line per curve shown, top left, on a background box so curves do not cross the text. */
    private void legend(GraphicsContext g, ActivationKind f, ActivationKind c) {
        boolean d = model.derivativeProperty().get();
        List<LegendRow> rows = new ArrayList<>();
        rows.add(new LegendRow(f.symbol() + "(x)", palette.seriesColor(0), null));
        if (d) {
            rows.add(new LegendRow(f.symbol() + "′(x)", derivativeColour(false), DERIVATIVE_DASHES));
        }
        if (c != null) {
            rows.add(new LegendRow(c.symbol() + "(x)", palette.seriesColor(1), COMPARE_DASHES));
            if (d) {
                rows.add(new LegendRow(c.symbol() + "′(x)", derivativeColour(true), DERIVATIVE_DASHES));
            }
        }
        Font font = Font.font(0.85 * em);
        g.setFont(font);
        double lineH = 1.25 * em;
        double sample = 2.2 * em;
        double textW = 0;
        for (LegendRow row : rows) {
            textW = Math.max(textW, textWidth(row.text(), font));
        }
        double x = left() + 0.5 * em;
        double y = top() + 0.4 * em;
        double boxW = sample + 0.5 * em + textW + 0.9 * em;
        double boxH = rows.size() * lineH + 0.4 * em;
        g.setFill(palette.background().deriveColor(0, 1, 1, 0.88));
        g.fillRoundRect(x, y, boxW, boxH, 0.4 * em, 0.4 * em);
        g.setStroke(palette.border());
        g.setLineWidth(1);
        g.strokeRoundRect(x + 0.5, y + 0.5, boxW - 1, boxH - 1, 0.4 * em, 0.4 * em);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < rows.size(); i++) {
            double cy = y + 0.2 * em + (i + 0.5) * lineH;
            g.setStroke(rows.get(i).colour());
            g.setLineWidth(lineWidth(rows.get(i).dashes() == DERIVATIVE_DASHES));
            g.setLineDashes(scaled(rows.get(i).dashes()));
            g.strokeLine(x + 0.4 * em, cy, x + 0.4 * em + sample, cy);
            g.setLineDashes();
            g.setFill(palette.foreground());
            g.fillText(rows.get(i).text(), x + 0.9 * em + sample, cy);
        }
    }

    private record LegendRow(String text, Color colour, double[] dashes) {
    }

    private static double textWidth(String s, Font font) {
        Text t = new Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    Canvas canvas() {
        return canvas;
    }
}
