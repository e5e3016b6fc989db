package fr.dlintro.ui.widget.saddle;

import fr.dlintro.core.demo.SaddleSurface;
import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.ColorRamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * x² − y² seen in relief (Fig. 33): a mesh of coloured facets in an oblique view, drawn back
 * to front, the saddle point in red and the descent's path on the surface.
 */
final class SurfacePlot extends Canvas {
    private static final int CELLS = 16;
    private static final double AZIMUTH = Math.toRadians(35);
    private static final double ELEVATION = Math.toRadians(28);
    private static final double Z_SCALE = 0.32;

    private final SaddleModel model;
    private Palette palette = Palette.lightTheme();
    private double scale;
    private double cx;
    private double cy;

    SurfacePlot(SaddleModel model) {
        this.model = model;
        setAccessibleText("La surface x² − y² en relief, avec le point selle en rouge");
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

    private double depth(double x, double y) {
        return x * Math.sin(AZIMUTH) + y * Math.cos(AZIMUTH);
    }

    private double sx(double x, double y) {
        return cx + (x * Math.cos(AZIMUTH) - y * Math.sin(AZIMUTH)) * scale;
    }

    private double sy(double x, double y, double z) {
        return cy + (depth(x, y) * Math.sin(ELEVATION) - z * Z_SCALE * Math.cos(ELEVATION)) * scale;
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
        double half = SaddleSurface.HALF_SIDE;
        double spanX = half * (Math.cos(AZIMUTH) + Math.sin(AZIMUTH));
        double spanY = half * (Math.cos(AZIMUTH) + Math.sin(AZIMUTH)) * Math.sin(ELEVATION)
                + half * half * Z_SCALE * Math.cos(ELEVATION);
        double top = f * 1.4;
        scale = Math.min((w - f) / (2 * spanX), (h - top - f * 0.5) / (2 * spanY));
        cx = w / 2;
        cy = top + (h - top) / 2;

        g.setFill(palette.foreground());
        g.setFont(Font.font(f * 0.85));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.fillText("Vue en relief", w / 2, f * 0.25);

        // facets, back to front
        List<double[]> cells = new ArrayList<>();
        double step = 2 * half / CELLS;
        for (int i = 0; i < CELLS; i++) {
            for (int j = 0; j < CELLS; j++) {
                double x = -half + i * step;
                double y = -half + j * step;
                cells.add(new double[] {x, y, depth(x + step / 2, y + step / 2)});
            }
        }
        cells.sort(Comparator.comparingDouble(c -> c[2]));
        g.setLineWidth(0.6);
        g.setStroke(palette.isDark() ? palette.background().deriveColor(0, 1, 1, 0.6) : palette.surface().deriveColor(0, 1, 1, 0.7));
        for (double[] c : cells) {
            double x0 = c[0];
            double y0 = c[1];
            double[] xs = new double[4];
            double[] ys = new double[4];
            double[][] corners = {{x0, y0}, {x0 + step, y0}, {x0 + step, y0 + step}, {x0, y0 + step}};
            for (int k = 0; k < 4; k++) {
                double z = SaddleSurface.cost(corners[k][0], corners[k][1]);
                xs[k] = sx(corners[k][0], corners[k][1]);
                ys[k] = sy(corners[k][0], corners[k][1], z);
            }
            double zc = SaddleSurface.cost(x0 + step / 2, y0 + step / 2);
            g.setFill(ColorRamp.at((zc + half * half) / (2 * half * half)));
            g.fillPolygon(xs, ys, 4);
            g.strokePolygon(xs, ys, 4);
        }

        // the path on the surface
        List<double[]> path = model.path();
        g.setStroke(palette.accent());
        g.setLineWidth(Math.max(2, f * 0.14));
        g.beginPath();
        boolean first = true;
        for (double[] p : path) {
            if (!SaddleSurface.inside(p[0], p[1])) {
                break;
            }
            double x = sx(p[0], p[1]);
            double y = sy(p[0], p[1], SaddleSurface.cost(p[0], p[1]));
            if (first) {
                g.moveTo(x, y);
                first = false;
            } else {
                g.lineTo(x, y);
            }
        }
        g.stroke();
        double r = Math.max(3.5, f * 0.3);
        g.setFill(palette.negative());
        g.fillOval(sx(0, 0) - r, sy(0, 0, 0) - r, 2 * r, 2 * r);
        double[] c = model.current();
        if (SaddleSurface.inside(c[0], c[1])) {
            double x = sx(c[0], c[1]);
            double y = sy(c[0], c[1], SaddleSurface.cost(c[0], c[1]));
            g.setFill(palette.background());
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
            g.setStroke(palette.accent());
            g.setLineWidth(Math.max(1.5, f * 0.12));
            g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        }
    }
}
