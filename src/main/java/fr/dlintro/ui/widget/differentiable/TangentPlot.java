package fr.dlintro.ui.widget.differentiable;

import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.CanvasPlot;
import fr.dlintro.ui.widget.FrenchNumbers;
import fr.dlintro.ui.widget.PlotAxes;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;

/**
 * One function with its tangent at the chosen point, or, at a corner, its two one-sided
 * slopes (dashed, in the warning colour) and a fan of faint lines through the corner: every
 * one of them touches the curve there, so none is « the » tangent. Dragging moves the point
 * (without zoom, to where the pointer is; with zoom, by the distance dragged).
 */
final class TangentPlot extends CanvasPlot {
    private final DifferentiableModel model;
    private final Curve curve;
    private double pressX;
    private double pressValue;

    TangentPlot(DifferentiableModel model, Curve curve) {
        super(22, 10.5);
        this.model = model;
        this.curve = curve;
        setAccessibleText("Courbe de " + curve.label() + " et sa tangente au point x ; faites glisser pour déplacer x");
        canvas().setOnMousePressed(e -> {
            pressX = e.getX();
            pressValue = model.xProperty().get();
            drag(e);
        });
        canvas().setOnMouseDragged(this::drag);
    }

    Curve curve() { return curve; }

    PlotAxes axes() {
        double[] win = model.window(curve);
        double em = em();
        return new PlotAxes(win[0], win[1], win[2], win[3], 2.6 * em, 0.5 * em, canvas().getWidth() - 0.6 * em,
                canvas().getHeight() - 1.5 * em);
    }

    private void drag(MouseEvent e) {
        PlotAxes a = axes();
        if (model.zoom() == 1) {
            model.setXRounded(a.x(e.getX()));
        } else {
            model.setXRounded(pressValue + (a.x(pressX) - a.x(e.getX())) * -1);
        }
    }

    /** A round step giving about {@code count} intervals over the span. */
    static double niceStep(double span, int count) {
        double raw = span / count;
        double pow = Math.pow(10, Math.floor(Math.log10(raw)));
        double m = raw / pow;
        return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 2.5 ? 2.5 : m <= 5 ? 5 : 10) * pow;
    }

    private static int decimals(double step) {
        return (int) Math.max(0, Math.ceil(-Math.log10(step) - 1e-9));
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        Palette p = palette();
        double em = em();
        PlotAxes a = axes();
        double xs = niceStep(a.x1() - a.x0(), 6);
        double ys = niceStep(a.y1() - a.y0(), 4);
        int xd = decimals(xs) + (xs * Math.pow(10, decimals(xs)) % 1 == 0 ? 0 : 1);
        int yd = decimals(ys) + (ys * Math.pow(10, decimals(ys)) % 1 == 0 ? 0 : 1);
        a.grid(g, p, em, xs, ys, v -> FrenchNumbers.compact(v, xd), v -> FrenchNumbers.compact(v, yd));
        double at = model.xProperty().get();
        double fa = curve.value(at);
        Color colour = curve == Curve.SQUARE ? p.seriesColor(0) : p.seriesColor(3);
        a.clip(g);
        if (curve.differentiableAt(at)) {
            double s = curve.derivative(at);
            g.setStroke(p.accent().deriveColor(0, 1, 1, 0.9));
            g.setLineWidth(Math.max(1.5, 0.12 * em));
            g.setLineDashes(0.5 * em, 0.3 * em);
            g.strokeLine(a.px(a.x0()), a.py(fa + s * (a.x0() - at)), a.px(a.x1()), a.py(fa + s * (a.x1() - at)));
            g.setLineDashes();
        } else {
            // lines of slope between the two one-sided slopes all touch the corner: no single tangent
            g.setStroke(p.warning().deriveColor(0, 1, 1, 0.35));
            g.setLineWidth(1);
            for (double s = -0.8; s <= 0.81; s += 0.2) {
                g.strokeLine(a.px(a.x0()), a.py(fa + s * (a.x0() - at)), a.px(a.x1()), a.py(fa + s * (a.x1() - at)));
            }
            g.setStroke(p.warning());
            g.setLineWidth(Math.max(1.5, 0.12 * em));
            g.setLineDashes(0.5 * em, 0.3 * em);
            double sl = curve.leftSlope(at);
            double sr = curve.rightSlope(at);
            // each one-sided slope drawn across the whole panel, so the reader sees two candidate lines
            g.strokeLine(a.px(a.x0()), a.py(fa + sl * (a.x0() - at)), a.px(a.x1()), a.py(fa + sl * (a.x1() - at)));
            g.strokeLine(a.px(a.x0()), a.py(fa + sr * (a.x0() - at)), a.px(a.x1()), a.py(fa + sr * (a.x1() - at)));
            g.setLineDashes();
        }
        g.setStroke(colour);
        g.setLineWidth(Math.max(2.5, 0.2 * em));
        a.curve(g, curve::value);
        double r = Math.max(4, 0.34 * em);
        g.setFill(curve.differentiableAt(at) ? p.accent() : p.warning());
        g.setStroke(p.surface());
        g.setLineWidth(2);
        g.fillOval(a.px(at) - r, a.py(fa) - r, 2 * r, 2 * r);
        g.strokeOval(a.px(at) - r, a.py(fa) - r, 2 * r, 2 * r);
        g.restore();
    }
}
