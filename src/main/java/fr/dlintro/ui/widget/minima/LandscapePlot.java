package fr.dlintro.ui.widget.minima;

import fr.dlintro.core.demo.MinimaLandscape;
import fr.dlintro.core.demo.MinimaLandscape.Outcome;
import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.FrenchNumbers;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * The cost curve J(w) with the minima marked, the iterates as red arrows (the book's Fig. 31),
 * the start in blue and, when asked, a band under the axis coloured by where each start lands.
 * Pressing or dragging on the plot moves the start. The canvas is resized only when the
 * width or the text size changes; every step just redraws it.
 */
final class LandscapePlot extends Region {
    private static final double J_MIN = -0.2;
    private static final double J_MAX = 5.2;

    private final MinimaModel model;
    private final Canvas canvas = new Canvas();
    private Palette palette = Palette.lightTheme();

    LandscapePlot(MinimaModel model) {
        this.model = model;
        getChildren().add(canvas);
        getStyleClass().add("minima-plot");
        setOnMousePressed(e -> model.startProperty().set(round(ux(e.getX()))));
        setOnMouseDragged(e -> model.startProperty().set(round(ux(e.getX()))));
    }

    private static double round(double w) {
        return Math.round(w * 20) / 20.0;
    }

    void setPalette(Palette p) {
        this.palette = p;
        requestLayout();
        redraw();
    }

    private double em() {
        return palette.fontSize();
    }

    private double plotHeight(double width) {
        return Math.floor(Math.max(8.5 * em(), Math.min(9.6 * em(), width * 0.3)));
    }

    @Override
    protected double computePrefWidth(double height) {
        return 40 * em();
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computePrefHeight(double width) {
        return plotHeight(width > 0 ? width : computePrefWidth(-1));
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
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

    private double left() { return Math.round(2.4 * em()); }

    private double right() { return canvas.getWidth() - Math.round(0.8 * em()); }

    private double top() { return Math.round(0.5 * em()); }

    /** Bottom of the curve area; the basin band and the w axis labels sit below. */
    private double bottom() { return canvas.getHeight() - Math.round(2.6 * em()); }

    double px(double w) {
        return left() + (w - MinimaLandscape.MIN_W) / (MinimaLandscape.MAX_W - MinimaLandscape.MIN_W) * (right() - left());
    }

    double py(double j) {
        return bottom() - (j - J_MIN) / (J_MAX - J_MIN) * (bottom() - top());
    }

    double ux(double sx) {
        double t = (sx - left()) / (right() - left());
        return MinimaLandscape.MIN_W + Math.max(0, Math.min(1, t)) * (MinimaLandscape.MAX_W - MinimaLandscape.MIN_W);
    }

    /** The colour of a basin (and of its minimum's marker). */
    Color colourOf(Outcome o) {
        return switch (o) {
            case LEFT_MINIMUM -> palette.seriesColor(4);
            case GLOBAL_MINIMUM -> palette.positive();
            case RIGHT_MINIMUM -> palette.seriesColor(3);
            case STALLED, ESCAPED -> palette.muted();
        };
    }

    void redraw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w < 10 || h < 10) {
            return;
        }
        GraphicsContext g = canvas.getGraphicsContext2D();
        double f = em();
        g.setFill(palette.surface());
        g.fillRect(0, 0, w, h);
        g.setStroke(palette.border());
        g.setLineWidth(1);
        g.strokeRect(0.5, 0.5, w - 1, h - 1);

        // plateau shading and name
        g.setFill(palette.warning().deriveColor(0, 1, 1, 0.12));
        g.fillRect(px(5.1), top(), right() - px(5.1), bottom() - top());
        g.setFill(palette.warning());
        g.setFont(Font.font(null, FontWeight.BOLD, f * 0.85));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.TOP);
        g.fillText("plateau", right() - f * 0.2, py(4.8) + f * 0.5);

        // axes
        g.setStroke(palette.muted());
        g.strokeLine(left(), bottom(), right(), bottom());
        g.strokeLine(left(), top(), left(), bottom());
        g.setFill(palette.muted());
        g.setFont(Font.font(f * 0.8));
        for (int k = -6; k <= 6; k += 2) {
            g.strokeLine(px(k), bottom(), px(k), bottom() + f * 0.2);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (int j = 0; j <= 4; j++) {
            g.strokeLine(left() - f * 0.2, py(j), left(), py(j));
            g.fillText(Integer.toString(j), left() - f * 0.3, py(j));
        }
        double band = bottom() + f * 0.35;
        double bandH = f * 0.7;
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (int k = -6; k <= 6; k += 2) {
            g.fillText(FrenchNumbers.compact(k, 0), px(k), band + bandH + f * 0.15);
        }
        g.setFill(palette.foreground());
        g.setFont(Font.font("Serif", javafx.scene.text.FontPosture.ITALIC, f * 1.05));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText("w", right() - f * 0.2, bottom() - f * 0.1);
        g.setTextBaseline(VPos.CENTER);
        g.fillText("J", left() - f * 0.3, py(5));

        if (model.showBasinsProperty().get()) {
            Outcome[] basins = model.basins();
            double cell = (right() - left()) / basins.length;
            for (int i = 0; i < basins.length; i++) {
                g.setFill(colourOf(basins[i]));
                g.fillRect(left() + i * cell, band, cell + 0.6, bandH);
            }
        }

        // the curve
        g.setStroke(palette.foreground());
        g.setLineWidth(Math.max(2, f * 0.14));
        g.setLineCap(StrokeLineCap.ROUND);
        g.beginPath();
        for (double sx = left(); sx <= right(); sx += 1) {
            double y = py(MinimaLandscape.cost(ux(sx)));
            if (sx == left()) {
                g.moveTo(sx, y);
            } else {
                g.lineTo(sx, y);
            }
        }
        g.stroke();

        // minima: green for the global one, as in the book
        double r = Math.max(4, f * 0.32);
        for (Outcome o : new Outcome[] {Outcome.LEFT_MINIMUM, Outcome.GLOBAL_MINIMUM, Outcome.RIGHT_MINIMUM}) {
            double m = MinimaLandscape.minimum(o);
            g.setFill(colourOf(o));
            g.fillOval(px(m) - r, py(MinimaLandscape.cost(m)) - r, 2 * r, 2 * r);
        }

        // the iterates: red arrows, the start in blue, the current point ringed
        double[] path = model.path();
        g.setLineWidth(Math.max(1.5, f * 0.1));
        for (int i = 1; i < path.length; i++) {
            if (!inside(path[i]) || !inside(path[i - 1])) {
                break;
            }
            arrow(g, px(path[i - 1]), py(MinimaLandscape.cost(path[i - 1])), px(path[i]),
                    py(MinimaLandscape.cost(path[i])), palette.negative());
        }
        double s = path[0];
        g.setFill(palette.accent());
        g.fillOval(px(s) - r, py(MinimaLandscape.cost(s)) - r, 2 * r, 2 * r);
        double c = path[path.length - 1];
        if (inside(c)) {
            g.setStroke(palette.foreground());
            g.setLineWidth(Math.max(1.5, f * 0.12));
            double rc = r * 1.6;
            g.strokeOval(px(c) - rc, py(MinimaLandscape.cost(c)) - rc, 2 * rc, 2 * rc);
        }
    }

    private static boolean inside(double w) {
        return w >= MinimaLandscape.MIN_W && w <= MinimaLandscape.MAX_W;
    }

    private void arrow(GraphicsContext g, double x1, double y1, double x2, double y2, Color color) {
        double len = Math.hypot(x2 - x1, y2 - y1);
        if (len < 2) {
            return;
        }
        double head = Math.min(len * 0.5, Math.max(5, em() * 0.5));
        double ux = (x2 - x1) / len;
        double uy = (y2 - y1) / len;
        g.setStroke(color);
        g.setFill(color);
        g.strokeLine(x1, y1, x2 - ux * head * 0.7, y2 - uy * head * 0.7);
        g.fillPolygon(new double[] {x2, x2 - ux * head - uy * head * 0.45, x2 - ux * head + uy * head * 0.45},
                new double[] {y2, y2 - uy * head + ux * head * 0.45, y2 - uy * head - ux * head * 0.45}, 3);
    }

    Canvas canvas() {
        return canvas;
    }
}
