package fr.dlintro.ui.widget;

import fr.dlintro.ui.theme.Palette;
import java.util.function.DoubleFunction;
import java.util.function.DoubleUnaryOperator;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Maps data coordinates to a rectangle of a canvas and draws a light grid with French tick
 * labels. Immutable: a plot builds one per paint from its current size.
 *
 * @param x0 left data value, @param x1 right one, @param y0 bottom data value, @param y1 top one;
 *           left, top, right, bottom: the plotting rectangle in canvas pixels
 */
public record PlotAxes(double x0, double x1, double y0, double y1, double left, double top, double right,
        double bottom) {

    public double px(double x) { return left + (x - x0) / (x1 - x0) * (right - left); }

    public double py(double y) { return bottom - (y - y0) / (y1 - y0) * (bottom - top); }

    public double x(double px) { return x0 + (px - left) / (right - left) * (x1 - x0); }

    public double y(double py) { return y0 + (bottom - py) / (bottom - top) * (y1 - y0); }

    /** Grid lines every xStep and yStep, labels outside the rectangle, axes at 0 drawn darker. */
    public void grid(GraphicsContext g, Palette p, double em, double xStep, double yStep,
            DoubleFunction<String> xLabel, DoubleFunction<String> yLabel) {
        g.setFont(Font.font(0.8 * em));
        g.setLineWidth(1);
        g.setStroke(p.border());
        g.setFill(p.muted());
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double y = Math.ceil(y0 / yStep - 1e-9) * yStep; y <= y1 + 1e-9; y += yStep) {
            double yy = Math.round(py(y)) + 0.5;
            g.strokeLine(left, yy, right, yy);
            g.fillText(yLabel.apply(y), left - 0.3 * em, yy);
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (double x = Math.ceil(x0 / xStep - 1e-9) * xStep; x <= x1 + 1e-9; x += xStep) {
            double xx = Math.round(px(x)) + 0.5;
            g.strokeLine(xx, top, xx, bottom);
            g.fillText(xLabel.apply(x), xx, bottom + 0.25 * em);
        }
        g.setStroke(p.muted());
        g.setLineWidth(1.5);
        if (y0 < 0 && y1 > 0) {
            g.strokeLine(left, py(0), right, py(0));
        }
        if (x0 < 0 && x1 > 0) {
            g.strokeLine(px(0), top, px(0), bottom);
        }
        g.setStroke(p.border());
        g.setLineWidth(1);
        g.strokeRect(left + 0.5, top + 0.5, right - left - 1, bottom - top - 1);
    }

    /** Clips later drawing to the plotting rectangle; pair with {@code g.restore()}. */
    public void clip(GraphicsContext g) {
        g.save();
        g.beginPath();
        g.rect(left, top, right - left, bottom - top);
        g.clip();
    }

    /** Strokes y = f(x) across the rectangle, one sample every two pixels. */
    public void curve(GraphicsContext g, DoubleUnaryOperator f) {
        curve(g, f, x0, x1);
    }

    /** Strokes y = f(x) for x in [from, to]; values far outside the rectangle are held at its edge. */
    public void curve(GraphicsContext g, DoubleUnaryOperator f, double from, double to) {
        int n = (int) Math.max(60, Math.abs(px(to) - px(from)) / 2);
        double span = Math.abs(y1 - y0);
        g.beginPath();
        for (int i = 0; i <= n; i++) {
            double x = from + (to - from) * i / n;
            double y = Math.max(y0 - span, Math.min(y1 + span, f.applyAsDouble(x)));
            if (i == 0) {
                g.moveTo(px(x), py(y));
            } else {
                g.lineTo(px(x), py(y));
            }
        }
        g.stroke();
    }
}
