package fr.dlintro.ui.widget.saddle;

import fr.dlintro.core.demo.SaddleSurface;
import fr.dlintro.ui.theme.Palette;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** One cross-section of the saddle, J(x, 0) = x² or J(0, y) = −y², with the current point's coordinate. */
final class SectionPlot extends Canvas {
    private final String title;
    private final DoubleUnaryOperator curve;
    private final ToDoubleFunction<double[]> coordinate;
    private final SaddleModel model;
    private Palette palette = Palette.lightTheme();

    SectionPlot(SaddleModel model, String title, DoubleUnaryOperator curve, ToDoubleFunction<double[]> coordinate) {
        this.model = model;
        this.title = title;
        this.curve = curve;
        this.coordinate = coordinate;
        setAccessibleText("Coupe " + title);
    }

    void setPalette(Palette p) {
        palette = p;
        redraw();
    }

    void setSize(double w, double h) {
        setWidth(Math.floor(w));
        setHeight(Math.floor(h));
        redraw();
    }

    void redraw() {
        double w = getWidth();
        double h = getHeight();
        if (w < 10 || h < 10) {
            return;
        }
        double f = palette.fontSize();
        GraphicsContext g = getGraphicsContext2D();
        g.setFill(palette.surface());
        g.fillRect(0, 0, w, h);
        g.setStroke(palette.border());
        g.setLineWidth(1);
        g.strokeRect(0.5, 0.5, w - 1, h - 1);
        g.setFill(palette.foreground());
        g.setFont(Font.font(f * 0.85));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(title, f * 0.4, f * 0.2);

        double half = SaddleSurface.HALF_SIDE;
        double left = f * 0.5;
        double right = w - f * 0.5;
        double top = f * 1.4;
        double bottom = h - f * 0.4;
        double zMax = half * half;
        java.util.function.DoubleUnaryOperator px = t -> left + (t + half) / (2 * half) * (right - left);
        java.util.function.DoubleUnaryOperator py = z -> bottom - (z + zMax) / (2 * zMax) * (bottom - top);
        g.setStroke(palette.muted());
        g.strokeLine(left, py.applyAsDouble(0), right, py.applyAsDouble(0));
        g.strokeLine(px.applyAsDouble(0), top, px.applyAsDouble(0), bottom);
        g.setStroke(palette.foreground());
        g.setLineWidth(Math.max(1.5, f * 0.12));
        g.beginPath();
        for (int i = 0; i <= 80; i++) {
            double t = -half + i * 2 * half / 80;
            double x = px.applyAsDouble(t);
            double y = py.applyAsDouble(curve.applyAsDouble(t));
            if (i == 0) {
                g.moveTo(x, y);
            } else {
                g.lineTo(x, y);
            }
        }
        g.stroke();
        double r = Math.max(3, f * 0.26);
        g.setFill(palette.negative());
        g.fillOval(px.applyAsDouble(0) - r, py.applyAsDouble(0) - r, 2 * r, 2 * r);
        double[] c = model.current();
        double t = coordinate.applyAsDouble(c);
        if (Math.abs(t) <= half) {
            g.setFill(palette.accent());
            g.fillOval(px.applyAsDouble(t) - r, py.applyAsDouble(curve.applyAsDouble(t)) - r, 2 * r, 2 * r);
        }
    }
}
