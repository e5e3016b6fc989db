package fr.dlintro.ui.widget.gd1d;

import fr.dlintro.core.demo.Descent1d;
import fr.dlintro.core.demo.LossCurve;
import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.FrenchNumbers;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.TextAlignment;

/**
 * The cost curve J(W) with the descent drawn as in the book's figures: the start in blue,
 * each step a red arrow from one iterate to the next, the lowest minimum in green. Dragging
 * on the plot moves the start. Resizing and redrawing are separate.
 */
final class Gd1dPlot extends Region {
    /** Steps drawn as arrows; older ones are dots, so a slow run stays readable. */
    static final int ARROWS_SHOWN = 40;

    private final Gd1dModel model;
    private final Canvas canvas = new Canvas();
    private Palette palette = Palette.lightTheme();
    private double yMin;
    private double yMax;

    Gd1dPlot(Gd1dModel model) {
        this.model = model;
        getChildren().add(canvas);
        getStyleClass().add("gd-1d-plot");
        setCursor(Cursor.H_RESIZE);
        setOnMousePressed(this::drag);
        setOnMouseDragged(this::drag);
    }

    private void drag(MouseEvent e) {
        if (e.isPrimaryButtonDown()) {
            double w = Math.round(ux(e.getX()) * 20) / 20.0;
            model.startProperty().set(w);
            e.consume();
        }
    }

    void setPalette(Palette p) {
        this.palette = p;
        requestLayout();
        redraw();
    }

    private double em() {
        return palette.fontSize();
    }

    private double height(double width) {
        return Math.floor(Math.max(10 * em(), Math.min(14 * em(), width * 0.62)));
    }

    @Override
    protected double computePrefWidth(double h) {
        return 30 * em();
    }

    @Override
    protected double computeMinWidth(double h) {
        return 0;
    }

    @Override
    protected double computePrefHeight(double w) {
        return height(w > 0 ? w : computePrefWidth(-1));
    }

    @Override
    protected double computeMinHeight(double w) {
        return computePrefHeight(w);
    }

    @Override
    protected double computeMaxHeight(double w) {
        return computePrefHeight(w);
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

    private double left() { return Math.round(em() * 2.4); }

    private double right() { return canvas.getWidth() - Math.round(em() * 0.8); }

    private double top() { return Math.round(em() * 1.2); }

    private double bottom() { return canvas.getHeight() - Math.round(em() * 1.7); }

    double px(double w) {
        Gd1dPreset p = model.presetProperty().get();
        return left() + (w - p.wMin()) / (p.wMax() - p.wMin()) * (right() - left());
    }

    double py(double j) {
        return bottom() - (j - yMin) / (yMax - yMin) * (bottom() - top());
    }

    double ux(double sx) {
        Gd1dPreset p = model.presetProperty().get();
        double t = Math.max(0, Math.min(1, (sx - left()) / (right() - left())));
        return p.wMin() + t * (p.wMax() - p.wMin());
    }

    void redraw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (w < 10 || h < 10) {
            return;
        }
        Gd1dPreset p = model.presetProperty().get();
        LossCurve c = p.curve();
        yMin = Double.MAX_VALUE;
        yMax = -Double.MAX_VALUE;
        int columns = (int) Math.max(2, (right() - left()) / 2);
        for (int k = 0; k <= columns; k++) {
            double v = c.value(p.wMin() + (p.wMax() - p.wMin()) * k / columns);
            yMin = Math.min(yMin, v);
            yMax = Math.max(yMax, v);
        }
        double pad = (yMax - yMin) * 0.06;
        yMin -= pad;
        yMax += pad;
        g.setFill(palette.surface());
        g.fillRect(0, 0, w, h);
        axes(g, p);
        g.save();
        g.beginPath();
        g.rect(left(), top() - em(), right() - left(), bottom() - top() + em());
        g.clip();
        g.setStroke(palette.accent());
        g.setLineWidth(Math.max(2.5, em() * 0.2));
        g.setLineCap(StrokeLineCap.ROUND);
        g.beginPath();
        for (int k = 0; k <= columns; k++) {
            double x = p.wMin() + (p.wMax() - p.wMin()) * k / columns;
            if (k == 0) {
                g.moveTo(px(x), py(c.value(x)));
            } else {
                g.lineTo(px(x), py(c.value(x)));
            }
        }
        g.stroke();
        double gm = p.globalMinimum();
        dot(g, gm, c.value(gm), 0.42, Color.web("#2fbf4a"));
        path(g);
        g.restore();
        g.setStroke(palette.border());
        g.setLineWidth(1);
        g.strokeRect(0.5, 0.5, w - 1, h - 1);
    }

    private void axes(GraphicsContext g, Gd1dPreset p) {
        double f = em();
        g.setStroke(palette.border());
        g.setLineWidth(1);
        g.setFill(palette.muted());
        g.setFont(Font.font(f * 0.8));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (double x = Math.ceil(p.wMin()); x <= p.wMax() + 1e-9; x += 1) {
            g.strokeLine(px(x), top(), px(x), bottom());
            g.fillText(FrenchNumbers.compact(x, 1), px(x), bottom() + f * 0.3);
        }
        g.setStroke(palette.muted());
        g.setLineWidth(1.5);
        g.strokeLine(left(), bottom(), right(), bottom());
        g.strokeLine(left(), top(), left(), bottom());
        g.setFill(palette.foreground());
        g.setFont(Font.font("Serif", FontPosture.ITALIC, f * 1.05));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText("W", right() - f * 0.2, bottom() - f * 0.1);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText("J(W)", left() + f * 0.3, f * 0.1);
    }

    private void dot(GraphicsContext g, double w, double j, double radiusEm, Color fill) {
        double r = Math.max(3, radiusEm * em());
        double x = px(w);
        double y = py(j);
        g.setFill(fill);
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
        g.setStroke(Color.WHITE);
        g.setLineWidth(Math.max(1.2, em() * 0.1));
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
    }

    private void path(GraphicsContext g) {
        List<Descent1d.Point> path = model.path();
        int n = path.size();
        Color red = palette.isDark() ? Color.web("#ff6b6b") : Color.web("#d62828");
        int firstArrow = Math.max(1, n - ARROWS_SHOWN);
        for (int i = 1; i < firstArrow; i++) {
            dot(g, path.get(i).w(), path.get(i).cost(), 0.13, red);
        }
        for (int i = firstArrow; i < n; i++) {
            arrow(g, path.get(i - 1), path.get(i), red);
        }
        Descent1d.Point s = path.get(0);
        dot(g, s.w(), s.cost(), 0.42, Color.web("#2f7fff"));
        if (n > 1) {
            Descent1d.Point last = path.get(n - 1);
            dot(g, last.w(), last.cost(), 0.3, red);
        }
    }

    private void arrow(GraphicsContext g, Descent1d.Point from, Descent1d.Point to, Color color) {
        double x1 = clamp(px(from.w()));
        double y1 = clamp(py(from.cost()));
        double x2 = clamp(px(to.w()));
        double y2 = clamp(py(to.cost()));
        double len = Math.hypot(x2 - x1, y2 - y1);
        if (len < 2) {
            return;
        }
        double head = Math.min(len * 0.5, Math.max(6, em() * 0.6));
        double ux = (x2 - x1) / len;
        double uy = (y2 - y1) / len;
        g.setStroke(color);
        g.setFill(color);
        g.setLineWidth(Math.max(1.5, em() * 0.13));
        g.strokeLine(x1, y1, x2 - ux * head * 0.8, y2 - uy * head * 0.8);
        g.fillPolygon(new double[] {x2, x2 - ux * head - uy * head * 0.45, x2 - ux * head + uy * head * 0.45},
                new double[] {y2, y2 - uy * head + ux * head * 0.45, y2 - uy * head - ux * head * 0.45}, 3);
    }

    private static double clamp(double v) {
        return Math.max(-1e5, Math.min(1e5, Double.isFinite(v) ? v : 1e5));
    }

    Canvas canvas() {
        return canvas;
    }
}
