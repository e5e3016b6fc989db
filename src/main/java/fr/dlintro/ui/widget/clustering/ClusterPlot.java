package fr.dlintro.ui.widget.clustering;

import fr.dlintro.ui.theme.Palette;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * The points coloured by cluster (and shaped by cluster, so colour is not the only cue),
 * the centroids as large crosses, and how the centroids moved at the last update.
 */
final class ClusterPlot extends Canvas {
    private final ClusteringModel model;
    private Palette palette;

    ClusterPlot(ClusteringModel model) {
        this.model = model;
        getStyleClass().add("cluster-plot");
        setAccessibleText("Nuage de points regroupés par k-means");
    }

    /** New size for a new font size: resizes then redraws. */
    void setSide(double side) {
        setWidth(Math.floor(side));
        setHeight(Math.floor(side));
        redraw();
    }

    void setPalette(Palette p) {
        this.palette = p;
        redraw();
    }

    private double sx(double x) { return 8 + x * (getWidth() - 16); }

    private double sy(double y) { return getHeight() - 8 - y * (getHeight() - 16); }

    void redraw() {
        if (palette == null) {
            return;
        }
        GraphicsContext g = getGraphicsContext2D();
        double w = getWidth();
        double h = getHeight();
        g.setFill(palette.surface());
        g.fillRect(0, 0, w, h);
        g.setStroke(palette.border());
        g.setLineWidth(1);
        g.strokeRect(0.5, 0.5, w - 1, h - 1);

        double r = Math.max(3, palette.fontSize() * 0.26);
        int[] a = model.assignment();
        for (int i = 0; i < model.pointCount(); i++) {
            double[] p = model.point(i);
            if (a[i] < 0) {
                g.setStroke(palette.muted());
                g.setLineWidth(1.2);
                g.strokeOval(sx(p[0]) - r, sy(p[1]) - r, 2 * r, 2 * r);
            } else {
                g.setFill(palette.seriesColor(a[i]));
                marker(g, a[i], sx(p[0]), sy(p[1]), r);
            }
        }

        double[][] c = model.centroids();
        double[][] before = model.previousCentroids();
        if (before != null) {
            g.setStroke(palette.foreground());
            g.setLineWidth(1.5);
            g.setLineDashes(4, 3);
            for (int j = 0; j < c.length; j++) {
                g.strokeLine(sx(before[j][0]), sy(before[j][1]), sx(c[j][0]), sy(c[j][1]));
            }
            g.setLineDashes();
        }
        double s = palette.fontSize() * 0.7;
        for (int j = 0; j < c.length; j++) {
            double x = sx(c[j][0]);
            double y = sy(c[j][1]);
            // a halo in the background colour keeps the cross readable over its own points
            g.setLineWidth(s * 0.55);
            g.setStroke(palette.background());
            cross(g, x, y, s);
            g.setLineWidth(s * 0.3);
            g.setStroke(a.length > 0 && a[0] >= 0 ? palette.seriesColor(j) : palette.foreground());
            cross(g, x, y, s);
        }
    }

    private static void cross(GraphicsContext g, double x, double y, double s) {
        g.strokeLine(x - s, y - s, x + s, y + s);
        g.strokeLine(x - s, y + s, x + s, y - s);
    }

    /** Circle, square, triangle, diamond, then the same hollow: eight clusters, eight shapes. */
    static void marker(GraphicsContext g, int cluster, double x, double y, double r) {
        int shape = cluster % 4;
        boolean hollow = cluster >= 4;
        double[] xs;
        double[] ys;
        switch (shape) {
            case 0 -> {
                if (hollow) {
                    g.setStroke(g.getFill());
                    g.setLineWidth(1.5);
                    g.strokeOval(x - r, y - r, 2 * r, 2 * r);
                } else {
                    g.fillOval(x - r, y - r, 2 * r, 2 * r);
                }
                return;
            }
            case 1 -> {
                double q = r * 0.9;
                xs = new double[] {x - q, x + q, x + q, x - q};
                ys = new double[] {y - q, y - q, y + q, y + q};
            }
            case 2 -> {
                double q = r * 1.2;
                xs = new double[] {x, x + q, x - q};
                ys = new double[] {y - q, y + q * 0.8, y + q * 0.8};
            }
            default -> {
                double q = r * 1.25;
                xs = new double[] {x, x + q, x, x - q};
                ys = new double[] {y - q, y, y + q, y};
            }
        }
        if (hollow) {
            g.setStroke(g.getFill());
            g.setLineWidth(1.5);
            g.strokePolygon(xs, ys, xs.length);
        } else {
            g.fillPolygon(xs, ys, xs.length);
        }
    }

    /** The colour a cluster is drawn in (for tests). */
    Color colourOf(int cluster) {
        return palette.seriesColor(cluster);
    }
}
