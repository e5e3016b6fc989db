package fr.dlintro.ui.widget.uat;

import fr.dlintro.core.demo.DrawnCurve;
import fr.dlintro.core.demo.TargetCurve;
import fr.dlintro.ui.theme.Palette;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;

/**
 * The curve to learn (dashed), the network's output (thick), and, if asked, each hidden
 * neuron's scaled contribution vⱼ·σ(wⱼx + bⱼ) (thin). Drawing with the mouse writes the
 * target curve. Resizing and redrawing are separate: a training frame only redraws.
 */
final class FitPlot extends Canvas {
    static final double Y_RANGE = 1.6;

    private final UatModel model;
    private Palette palette;
    private boolean showPieces = true;

    FitPlot(UatModel model) {
        this.model = model;
        getStyleClass().add("fit-plot");
        // only the « Dessin » curve can be drawn: a stray click never replaces the sine
        setOnMousePressed(e -> {
            if (drawing()) {
                model.beginStroke(ux(e.getX()), uy(e.getY()));
                e.consume();
            }
        });
        setOnMouseDragged(this::drag);
        setOnMouseReleased(e -> model.endStroke());
        setOnMouseMoved(e -> setCursor(drawing() ? Cursor.CROSSHAIR : Cursor.DEFAULT));
    }

    private boolean drawing() {
        return model.targetProperty().get() == UatModel.Target.DESSIN;
    }

    private void drag(MouseEvent e) {
        if (drawing()) {
            model.strokeTo(ux(e.getX()), uy(e.getY()));
            e.consume();
        }
    }

    void setSize(double width, double height) {
        setWidth(Math.floor(width));
        setHeight(Math.floor(height));
        redraw();
    }

    void setPalette(Palette p) {
        this.palette = p;
        redraw();
    }

    boolean showsPieces() {
        return showPieces;
    }

    void setShowPieces(boolean show) {
        this.showPieces = show;
        redraw();
    }

    private double margin() { return palette == null ? 8 : palette.fontSize() * 0.6; }

    double px(double x) {
        return margin() + (x - TargetCurve.X_MIN) / (TargetCurve.X_MAX - TargetCurve.X_MIN) * (getWidth() - 2 * margin());
    }

    double py(double y) { return getHeight() / 2 - y / Y_RANGE * (getHeight() / 2 - margin()); }

    private double ux(double px) {
        double t = (px - margin()) / (getWidth() - 2 * margin());
        return Math.max(TargetCurve.X_MIN, Math.min(TargetCurve.X_MAX,
                TargetCurve.X_MIN + t * (TargetCurve.X_MAX - TargetCurve.X_MIN)));
    }

    private double uy(double py) {
        double y = (getHeight() / 2 - py) / (getHeight() / 2 - margin()) * Y_RANGE;
        return Math.max(-1.5, Math.min(1.5, y));
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
        axes(g);
        int columns = (int) Math.max(2, Math.min(400, (w - 2 * margin()) / 2));
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        if (showPieces) {
            g.setLineWidth(Math.max(1, palette.fontSize() * 0.08));
            for (int j = 0; j < model.hiddenCount(); j++) {
                Color c = palette.seriesColor(2 + j % 4);
                g.setStroke(c.deriveColor(0, 1, 1, 0.55));
                final int neuron = j;
                curve(g, columns, x -> model.contribution(neuron, x));
            }
        }
        // the curve to learn: dashed, under the output
        g.setStroke(palette.foreground());
        g.setLineWidth(Math.max(2, palette.fontSize() * 0.14));
        g.setLineDashes(palette.fontSize() * 0.5, palette.fontSize() * 0.35);
        curve(g, columns, model::targetAt);
        g.setLineDashes();
        drawnBins(g);
        g.setStroke(palette.accent());
        g.setLineWidth(Math.max(2.5, palette.fontSize() * 0.22));
        curve(g, columns, model::predict);
        g.setStroke(palette.border());
        g.setLineWidth(1);
        g.strokeRect(0.5, 0.5, w - 1, h - 1);
    }

    private void axes(GraphicsContext g) {
        g.setStroke(palette.border());
        g.setLineWidth(1);
        for (double y = -1.5; y <= 1.5; y += 0.5) {
            g.strokeLine(0, py(y), getWidth(), py(y));
        }
        for (double x = -1; x <= 1; x += 0.5) {
            g.strokeLine(px(x), 0, px(x), getHeight());
        }
        g.setStroke(palette.muted());
        g.setLineWidth(1.5);
        g.strokeLine(0, py(0), getWidth(), py(0));
        g.strokeLine(px(0), 0, px(0), getHeight());
        g.setFill(palette.muted());
        g.setFont(Font.font(palette.fontSize() * 0.8));
        double f = palette.fontSize();
        g.fillText("−1", px(-1) + 3, py(0) + f);
        g.fillText("1", px(1) - f * 0.8, py(0) + f);
        g.fillText("x", getWidth() - f * 1.3, py(0) - 4);
        g.fillText("1", px(0) + 4, py(1) + f * 0.35);
        g.fillText("−1", px(0) + 4, py(-1) + f * 0.35);
    }

    private void curve(GraphicsContext g, int columns, java.util.function.DoubleUnaryOperator f) {
        g.beginPath();
        for (int k = 0; k <= columns; k++) {
            double x = TargetCurve.X_MIN + (TargetCurve.X_MAX - TargetCurve.X_MIN) * k / columns;
            double y = Math.max(-3 * Y_RANGE, Math.min(3 * Y_RANGE, f.applyAsDouble(x)));
            if (k == 0) {
                g.moveTo(px(x), py(y));
            } else {
                g.lineTo(px(x), py(y));
            }
        }
        g.stroke();
    }

    /** Dots where the reader actually drew, so the filled-in gaps are told apart. */
    private void drawnBins(GraphicsContext g) {
        if (model.targetProperty().get() != UatModel.Target.DESSIN) {
            return;
        }
        DrawnCurve d = model.drawn();
        double r = Math.max(2, palette.fontSize() * 0.14);
        g.setFill(palette.foreground());
        for (int k = 0; k < d.bins(); k++) {
            if (d.isDrawn(k)) {
                double x = d.binX(k);
                g.fillOval(px(x) - r, py(d.applyAsDouble(x)) - r, 2 * r, 2 * r);
            }
        }
    }
}
