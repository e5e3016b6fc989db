package fr.dlintro.ui.widget.biasclassifier;

import fr.dlintro.core.demo.TwoClassPoints;
import fr.dlintro.ui.theme.Palette;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * The plane [−3, 3]² with the two classes (blue discs, red squares), each half-plane tinted
 * with the class the perceptron gives it, the line w·x + b = 0, its pivot and the arrow w
 * (both draggable), and a ring round every misclassified point. One canvas: dragging only
 * redraws it.
 */
final class SeparationPlot extends Canvas {
    /** Shown range on each axis, a little beyond the points' square. */
    static final double RANGE = 3.3;
    /** Length of the drawn arrow, in plot units: the arrow gives w's direction. */
    static final double ARROW = 1.0;

    private enum Drag { NONE, PIVOT, ARROW }

    private final BiasClassifierModel model;
    private Palette palette;
    private Drag drag = Drag.NONE;

    SeparationPlot(BiasClassifierModel model) {
        this.model = model;
        getStyleClass().add("separation-plot");
        setOnMousePressed(this::press);
        setOnMouseDragged(this::dragTo);
        setOnMouseReleased(e -> drag = Drag.NONE);
        setOnMouseMoved(e -> setCursor(handleAt(e.getX(), e.getY()) == Drag.NONE ? Cursor.DEFAULT : Cursor.HAND));
    }

    void setSide(double side) {
        setWidth(Math.floor(side));
        setHeight(Math.floor(side));
        redraw();
    }

    void setPalette(Palette p) {
        this.palette = p;
        redraw();
    }

    // plot units ↔ pixels
    double px(double x) { return (x + RANGE) / (2 * RANGE) * getWidth(); }

    double py(double y) { return (RANGE - y) / (2 * RANGE) * getHeight(); }

    private double ux(double px) { return px / getWidth() * 2 * RANGE - RANGE; }

    private double uy(double py) { return RANGE - py / getHeight() * 2 * RANGE; }

    private double handleRadius() { return Math.max(7, palette == null ? 7 : palette.fontSize() * 0.55); }

    /** Where the arrow's tip is drawn, in plot units. */
    double[] arrowTip() {
        double w1 = model.w1Property().get();
        double w2 = model.w2Property().get();
        double n = Math.max(1e-9, Math.hypot(w1, w2));
        return new double[] {model.pivotX() + ARROW * w1 / n, model.pivotY() + ARROW * w2 / n};
    }

    private Drag handleAt(double x, double y) {
        double r = handleRadius() * 1.8;
        double[] tip = arrowTip();
        if (model.hasLine() && Math.hypot(x - px(tip[0]), y - py(tip[1])) <= r) {
            return Drag.ARROW;
        }
        if (model.biasEnabledProperty().get() && Math.hypot(x - px(model.pivotX()), y - py(model.pivotY())) <= r) {
            return Drag.PIVOT;
        }
        return Drag.NONE;
    }

    private void press(MouseEvent e) {
        drag = handleAt(e.getX(), e.getY());
        e.consume();
    }

    private void dragTo(MouseEvent e) {
        switch (drag) {
            case ARROW -> model.pointNormalAt(ux(e.getX()), uy(e.getY()));
            case PIVOT -> model.movePivotTo(ux(e.getX()), uy(e.getY()));
            default -> {
                return;
            }
        }
        e.consume();
    }

    void redraw() {
        if (palette == null) {
            return;
        }
        GraphicsContext g = getGraphicsContext2D();
        double w = getWidth();
        double h = getHeight();
        g.setFill(palette.surface());
        g.fillRect(0, 0, w, h);
        Color blue = palette.seriesColor(0);
        Color red = palette.seriesColor(1);
        if (model.hasLine()) {
            tintHalfPlanes(g, blue, red);
        }
        grid(g);

        TwoClassPoints pts = model.points();
        double r = Math.max(4, palette.fontSize() * 0.3);
        for (int i = 0; i < pts.size(); i++) {
            double x = px(pts.x1(i));
            double y = py(pts.x2(i));
            boolean correct = model.isCorrect(i);
            if (!correct) {
                // a thick ring in the warning colour: misclassified points stand out without relying on hue alone
                g.setStroke(palette.warning());
                g.setLineWidth(Math.max(2.5, r * 0.55));
                g.strokeOval(x - 2 * r, y - 2 * r, 4 * r, 4 * r);
            }
            g.setFill(pts.label(i) > 0 ? blue : red);
            g.setStroke(palette.background());
            g.setLineWidth(1.2);
            if (pts.label(i) > 0) {
                g.fillOval(x - r, y - r, 2 * r, 2 * r);
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            } else {
                g.fillRect(x - r * 0.9, y - r * 0.9, 1.8 * r, 1.8 * r);
                g.strokeRect(x - r * 0.9, y - r * 0.9, 1.8 * r, 1.8 * r);
            }
        }
        if (model.hasLine()) {
            line(g);
            handles(g);
        }
        g.setStroke(palette.border());
        g.setLineWidth(1);
        g.strokeRect(0.5, 0.5, w - 1, h - 1);
    }

    /** Tints the side where w·x + b > 0 blue and the other red, lightly. */
    private void tintHalfPlanes(GraphicsContext g, Color blue, Color red) {
        double alpha = palette.isDark() ? 0.16 : 0.10;
        fill(g, halfPlane(1), blue.deriveColor(0, 1, 1, alpha));
        fill(g, halfPlane(-1), red.deriveColor(0, 1, 1, alpha));
    }

    private void fill(GraphicsContext g, List<double[]> polygon, Color colour) {
        if (polygon.size() < 3) {
            return;
        }
        double[] xs = new double[polygon.size()];
        double[] ys = new double[polygon.size()];
        for (int k = 0; k < xs.length; k++) {
            xs[k] = px(polygon.get(k)[0]);
            ys[k] = py(polygon.get(k)[1]);
        }
        g.setFill(colour);
        g.fillPolygon(xs, ys, xs.length);
    }

    /** The plot's square cut by the line, keeping the side where sign·(w·x + b) ≥ 0 (one Sutherland–Hodgman pass). */
    private List<double[]> halfPlane(int sign) {
        double w1 = model.w1Property().get();
        double w2 = model.w2Property().get();
        double b = model.bProperty().get();
        double[][] square = {{-RANGE, -RANGE}, {RANGE, -RANGE}, {RANGE, RANGE}, {-RANGE, RANGE}};
        List<double[]> out = new ArrayList<>();
        for (int k = 0; k < square.length; k++) {
            double[] p = square[k];
            double[] q = square[(k + 1) % square.length];
            double fp = sign * (w1 * p[0] + w2 * p[1] + b);
            double fq = sign * (w1 * q[0] + w2 * q[1] + b);
            if (fp >= 0) {
                out.add(p);
            }
            if ((fp >= 0) != (fq >= 0)) {
                double t = fp / (fp - fq);
                out.add(new double[] {p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])});
            }
        }
        return out;
    }

    private void grid(GraphicsContext g) {
        g.setLineWidth(1);
        g.setStroke(palette.border());
        for (int k = -3; k <= 3; k++) {
            g.strokeLine(px(k), 0, px(k), getHeight());
            g.strokeLine(0, py(k), getWidth(), py(k));
        }
        g.setStroke(palette.muted());
        g.setLineWidth(1.5);
        g.strokeLine(px(0), 0, px(0), getHeight());
        g.strokeLine(0, py(0), getWidth(), py(0));
        g.setFill(palette.muted());
        g.setFont(Font.font(palette.fontSize() * 0.8));
        g.fillText("x₁", getWidth() - palette.fontSize() * 1.5, py(0) - 4);
        g.fillText("x₂", px(0) + 4, palette.fontSize());
        g.fillText("0", px(0) - palette.fontSize() * 0.75, py(0) + palette.fontSize() * 0.95);
    }

    /** The line w·x + b = 0 across the whole plot. */
    private void line(GraphicsContext g) {
        double w1 = model.w1Property().get();
        double w2 = model.w2Property().get();
        double n = Math.hypot(w1, w2);
        double dx = -w2 / n;
        double dy = w1 / n;
        double far = 3 * RANGE;
        double x0 = model.pivotX();
        double y0 = model.pivotY();
        g.setStroke(palette.foreground());
        g.setLineWidth(Math.max(2, palette.fontSize() * 0.16));
        g.setLineCap(StrokeLineCap.ROUND);
        g.strokeLine(px(x0 - far * dx), py(y0 - far * dy), px(x0 + far * dx), py(y0 + far * dy));
    }

    private void handles(GraphicsContext g) {
        double r = handleRadius();
        double[] tip = arrowTip();
        double x0 = px(model.pivotX());
        double y0 = py(model.pivotY());
        double x1 = px(tip[0]);
        double y1 = py(tip[1]);
        Color accent = palette.accent();
        g.setStroke(accent);
        g.setLineWidth(Math.max(2.5, palette.fontSize() * 0.18));
        g.strokeLine(x0, y0, x1, y1);
        // arrow head
        double ang = Math.atan2(y1 - y0, x1 - x0);
        double hl = r * 1.6;
        g.setFill(accent);
        g.fillPolygon(new double[] {x1, x1 - hl * Math.cos(ang - 0.45), x1 - hl * Math.cos(ang + 0.45)},
                new double[] {y1, y1 - hl * Math.sin(ang - 0.45), y1 - hl * Math.sin(ang + 0.45)}, 3);
        g.setFont(Font.font(null, FontWeight.BOLD, palette.fontSize()));
        g.fillText("w", x1 + r * 0.9, y1 - r * 0.9);
        // the arrow's grip
        g.setStroke(palette.background());
        g.setLineWidth(2);
        g.strokeOval(x1 - r * 0.7, y1 - r * 0.7, 1.4 * r, 1.4 * r);
        // the pivot: filled when it can move (bias on), a pin at the origin otherwise
        boolean free = model.biasEnabledProperty().get();
        g.setFill(free ? accent : palette.surface());
        g.setStroke(free ? palette.background() : palette.foreground());
        g.setLineWidth(2);
        g.fillOval(x0 - r, y0 - r, 2 * r, 2 * r);
        g.strokeOval(x0 - r, y0 - r, 2 * r, 2 * r);
        if (!free) {
            g.setFill(palette.foreground());
            g.fillOval(x0 - r * 0.35, y0 - r * 0.35, 0.7 * r, 0.7 * r);
        }
    }
}
