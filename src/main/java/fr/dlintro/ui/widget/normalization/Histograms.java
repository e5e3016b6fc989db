package fr.dlintro.ui.widget.normalization;

import fr.dlintro.core.demo.FeatureScaling;
import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.FrenchNumbers;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** Fig. 44: both features' histograms on one axis, before (left) and after (right) standardisation. */
final class Histograms extends Canvas {
    static final int BINS = 30;
    private final FeatureScaling data;
    private Palette palette = Palette.lightTheme();

    Histograms(FeatureScaling data) {
        this.data = data;
        setAccessibleText("Histogrammes des deux caractéristiques avant et après normalisation : x₁ de moyenne "
                + FrenchNumbers.compact(data.mean(0), 1) + " et d'écart-type " + FrenchNumbers.compact(data.spread(0), 1)
                + ", x₂ de moyenne " + FrenchNumbers.compact(data.mean(1), 1) + " et d'écart-type "
                + FrenchNumbers.compact(data.spread(1), 1) + " ; après : moyenne 0 et écart-type 1 pour les deux");
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

    static Color featureColour(Palette p, int k) {
        return p.seriesColor(k == 0 ? 0 : 4);
    }

    void redraw() {
        double w = getWidth();
        double h = getHeight();
        if (w < 10 || h < 10) {
            return;
        }
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        double gap = palette.fontSize() * 0.6;
        double half = (w - gap) / 2;
        panel(g, 0, half, h, false, "Avant : échelles très différentes", -5, 50);
        panel(g, half + gap, half, h, true, "Après : moyenne 0, écart-type 1", -4, 4);
    }

    private void panel(GraphicsContext g, double x0, double w, double h, boolean normalized, String title, double lo,
            double hi) {
        double f = palette.fontSize();
        g.setFill(palette.surface());
        g.fillRect(x0, 0, w, h);
        g.setStroke(palette.border());
        g.setLineWidth(1);
        g.strokeRect(x0 + 0.5, 0.5, w - 1, h - 1);
        g.setFill(palette.foreground());
        g.setFont(Font.font(f * 0.85));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(title, x0 + f * 0.4, f * 0.2);
        double left = x0 + f * 0.6;
        double right = x0 + w - f * 0.6;
        double top = f * 1.5;
        double bottom = h - f * 1.4;
        int[][] counts = new int[2][];
        int max = 1;
        for (int k = 0; k < 2; k++) {
            counts[k] = FeatureScaling.histogram(data.feature(k, normalized), lo, hi, BINS);
            for (int c : counts[k]) {
                max = Math.max(max, c);
            }
        }
        double bw = (right - left) / BINS;
        for (int k = 0; k < 2; k++) {
            Color c = featureColour(palette, k);
            g.setFill(c.deriveColor(0, 1, 1, 0.55));
            g.setStroke(c);
            for (int i = 0; i < BINS; i++) {
                if (counts[k][i] == 0) {
                    continue;
                }
                double bh = counts[k][i] / (double) max * (bottom - top);
                g.fillRect(left + i * bw, bottom - bh, bw, bh);
                g.strokeRect(left + i * bw, bottom - bh, bw, bh);
            }
        }
        // each feature named above its bars, with its mean and spread
        g.setFont(Font.font(f * 0.8));
        g.setTextBaseline(VPos.BOTTOM);
        for (int k = 0; k < 2; k++) {
            int peak = 0;
            for (int i = 0; i < BINS; i++) {
                if (counts[k][i] > counts[k][peak]) {
                    peak = i;
                }
            }
            double ty = bottom - counts[k][peak] / (double) max * (bottom - top) - f * 0.1;
            double tx = left + (peak + 0.5) * bw;
            g.setFill(featureColour(palette, k).deriveColor(0, 1, palette.isDark() ? 1.2 : 0.85, 1));
            g.setTextAlign(normalized ? (k == 0 ? TextAlignment.RIGHT : TextAlignment.LEFT) : TextAlignment.LEFT);
            String name = k == 0 ? "x₁" : "x₂";
            String text = normalized ? name : name + " : " + FrenchNumbers.compact(data.mean(k), 1) + " ± "
                    + FrenchNumbers.compact(data.spread(k), 1);
            double ox = normalized ? (k == 0 ? -bw * 2 : bw * 2) : bw * 1.2;
            g.fillText(text, tx + ox, normalized ? top + f * 1.1 : Math.max(top + f * 1.1, ty));
        }
        g.setStroke(palette.muted());
        g.strokeLine(left, bottom, right, bottom);
        g.setFill(palette.muted());
        g.setFont(Font.font(f * 0.8));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        double step = normalized ? 2 : 10;
        for (double v = Math.ceil(lo / step) * step; v <= hi + 1e-9; v += step) {
            double sx = left + (v - lo) / (hi - lo) * (right - left);
            g.strokeLine(sx, bottom, sx, bottom + f * 0.2);
            g.fillText(FrenchNumbers.compact(v, 0), sx, bottom + f * 0.25);
        }
    }
}
