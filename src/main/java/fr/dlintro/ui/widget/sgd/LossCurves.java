package fr.dlintro.ui.widget.sgd;

import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.FrenchNumbers;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** The cost on the whole data set against epochs, for both runs, with the best possible cost dashed. */
final class LossCurves extends Canvas {
    private final SgdModel model;
    private Palette palette = Palette.lightTheme();

    LossCurves(SgdModel model) {
        this.model = model;
        setAccessibleText("Courbes du coût J en fonction des époques, lot complet et mini-lots");
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

    static Color fullColour(Palette p) {
        return p.accent();
    }

    static Color sgdColour(Palette p) {
        return p.seriesColor(4);
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
        double left = f * 2.6;
        double right = w - f * 0.8;
        double top = f * 1.6;
        double bottom = h - f * 1.8;
        SgdModel.Trace sgd = model.sgd();
        SgdModel.Trace full = model.full();
        double maxEpoch = Math.max(2, Math.ceil(model.epochs()));
        double maxCost = Math.max(sgd.costs()[0], 0.5);
        double yMax = Math.ceil(maxCost);

        g.setFill(palette.foreground());
        g.setFont(Font.font(f * 0.85));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText("Coût J sur tout le jeu", f * 0.4, f * 0.25);

        g.setStroke(palette.muted());
        g.setFill(palette.muted());
        g.setFont(Font.font(f * 0.8));
        g.strokeLine(left, bottom, right, bottom);
        g.strokeLine(left, top, left, bottom);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        double yStep = yMax <= 4 ? 1 : Math.ceil(yMax / 4);
        for (double y = 0; y <= yMax + 1e-9; y += yStep) {
            double sy = bottom - y / yMax * (bottom - top);
            g.strokeLine(left - f * 0.2, sy, left, sy);
            g.fillText(FrenchNumbers.compact(y, 1), left - f * 0.3, sy);
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        double xStep = maxEpoch <= 5 ? 1 : maxEpoch <= 10 ? 2 : 5;
        for (double e = 0; e <= maxEpoch + 1e-9; e += xStep) {
            double sx = left + e / maxEpoch * (right - left);
            g.strokeLine(sx, bottom, sx, bottom + f * 0.2);
            g.fillText(FrenchNumbers.compact(e, 0), sx, bottom + f * 0.25);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText("époques", right, bottom - f * 0.2);

        double best = model.minimumCost();
        double sb = bottom - best / yMax * (bottom - top);
        g.setLineDashes(f * 0.3, f * 0.25);
        g.strokeLine(left, sb, right, sb);
        g.setLineDashes();

        curve(g, full, maxEpoch, yMax, left, right, top, bottom, fullColour(palette), Math.max(2, f * 0.16));
        curve(g, sgd, maxEpoch, yMax, left, right, top, bottom, sgdColour(palette), Math.max(1.5, f * 0.11));
    }

    private static void curve(GraphicsContext g, SgdModel.Trace t, double maxEpoch, double yMax, double left, double right,
            double top, double bottom, Color colour, double width) {
        double[] e = t.epochs();
        double[] c = t.costs();
        g.setStroke(colour);
        g.setLineWidth(width);
        g.beginPath();
        for (int i = 0; i < e.length; i++) {
            double sx = left + e[i] / maxEpoch * (right - left);
            double sy = bottom - Math.min(c[i], yMax) / yMax * (bottom - top);
            if (i == 0) {
                g.moveTo(sx, sy);
            } else {
                g.lineTo(sx, sy);
            }
        }
        g.stroke();
        double r = width * 1.3;
        g.setFill(colour);
        double sx = left + e[e.length - 1] / maxEpoch * (right - left);
        double sy = bottom - Math.min(c[c.length - 1], yMax) / yMax * (bottom - top);
        g.fillOval(sx - r, sy - r, 2 * r, 2 * r);
    }
}
