package fr.dlintro.ui.widget.vanishing;

import fr.dlintro.ui.theme.Palette;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * One bar per layer, input side on the left, height on a logarithmic scale (one grid line
 * per power of ten): vanishing gradients make a staircase down towards the input. With the
 * sigmoid, a dashed line falls by 0,25 per layer from the last hidden layer. A gradient that
 * overflowed float32 is a full-height hatched bar. Clicking a bar, or ← → when the chart has
 * the focus, selects the layer of the readout. Resize and redraw are kept apart.
 */
final class GradientBars extends Region {
    private final VanishingModel model;
    private final Canvas canvas = new Canvas();
    private Palette palette;
    private double em = 14;

    GradientBars(VanishingModel model) {
        this.model = model;
        getStyleClass().add("gradient-bars");
        getChildren().add(canvas);
        setFocusTraversable(true);
        setAccessibleHelp("Flèches gauche et droite : choisir la couche détaillée sous le graphique");
        canvas.setOnMouseClicked(e -> {
            requestFocus();
            int layer = layerAt(e.getX());
            if (layer >= 0) {
                model.selectedProperty().set(layer);
            }
        });
        setOnKeyPressed(e -> {
            int s = model.selectedProperty().get();
            if (e.getCode() == KeyCode.LEFT && s > 0) {
                model.selectedProperty().set(s - 1);
                e.consume();
            } else if (e.getCode() == KeyCode.RIGHT && s < model.layers() - 1) {
                model.selectedProperty().set(s + 1);
                e.consume();
            }
        });
        focusedProperty().addListener((o, a, f) -> redraw());
    }

    void setPalette(Palette p) {
        this.palette = p;
        this.em = p.fontSize();
        requestLayout();
        redraw();
    }

    @Override
    protected double computePrefHeight(double width) {
        return 9.5 * em;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 40 * em;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 20 * em;
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

    private double left() { return 3.6 * em; }

    private double right() { return canvas.getWidth() - 0.6 * em; }

    private double top() { return 0.6 * em; }

    private double bottom() { return canvas.getHeight() - 1.6 * em; }

    private double slot() {
        return (right() - left()) / model.layers();
    }

    private int layerAt(double x) {
        int l = (int) Math.floor((x - left()) / slot());
        return l >= 0 && l < model.layers() ? l : -1;
    }

    /** Powers of ten shown: the finite gradients, padded, at least four decades. */
    int[] decades() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int l = 0; l < model.layers(); l++) {
            double v = model.norm(l);
            if (Double.isFinite(v) && v > 0) {
                lo = Math.min(lo, Math.log10(v));
                hi = Math.max(hi, Math.log10(v));
            }
        }
        if (lo == Double.POSITIVE_INFINITY) {
            return new int[] {-2, 2};
        }
        int from = (int) Math.floor(lo) - 1;
        int to = (int) Math.ceil(hi) + 1;
        if (to - from < 4) {
            to = from + 4;
        }
        return new int[] {from, to};
    }

    private double py(double log10, int[] d) {
        return bottom() - (log10 - d[0]) / (d[1] - d[0]) * (bottom() - top());
    }

    void redraw() {
        if (palette == null || canvas.getWidth() <= 0 || model.resultProperty().get() == null) {
            return;
        }
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(palette.surface());
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        int[] d = decades();
        axes(g, d);
        int n = model.layers();
        double slot = slot();
        double barW = Math.max(2, slot * 0.7);
        int selected = model.selectedProperty().get();
        for (int l = 0; l < n; l++) {
            double v = model.norm(l);
            double x = left() + l * slot + (slot - barW) / 2;
            boolean output = l == n - 1;
            g.setFill(l == selected ? palette.accent() : output ? palette.seriesColor(2) : palette.seriesColor(3));
            if (!Double.isFinite(v)) {
                g.fillRect(x, top(), barW, bottom() - top());
                g.setStroke(palette.surface());
                g.setLineWidth(1.5);
                for (double y = top(); y < bottom(); y += 0.6 * em) {
                    g.strokeLine(x, y + 0.5 * em, x + barW, y);
                }
            } else if (v > 0) {
                double y = Math.max(top(), py(Math.log10(v), d));
                g.fillRect(x, y, barW, bottom() - y);
            }
        }
        if (model.activationProperty().get() == VanishingModel.Kind.SIGMOID && n >= 2) {
            sigmoidGuide(g, d, n);
        }
        labels(g, n, slot);
        if (isFocused()) {
            g.setStroke(palette.accent());
            g.setLineWidth(2);
            g.setLineDashes(0.5 * em, 0.25 * em);
            g.strokeRect(1, 1, canvas.getWidth() - 2, canvas.getHeight() - 2);
            g.setLineDashes();
        }
        setAccessibleText(describe());
    }

    /** From the last hidden layer's bar, down by a factor 0,25 per layer towards the input. */
    private void sigmoidGuide(GraphicsContext g, int[] d, int n) {
        double last = model.norm(n - 2);
        if (!Double.isFinite(last) || last <= 0) {
            return;
        }
        g.save();
        g.beginPath();
        g.rect(left(), top(), right() - left(), bottom() - top());
        g.clip();
        g.setStroke(palette.foreground());
        g.setLineWidth(0.12 * em);
        g.setLineDashes(0.4 * em, 0.3 * em);
        double slot = slot();
        double x0 = left() + (n - 2 + 0.5) * slot;
        double x1 = left() + 0.5 * slot;
        double y0 = py(Math.log10(last), d);
        double y1 = py(Math.log10(last) + (n - 2) * Math.log10(VanishingModel.SIGMOID_MAX_DERIVATIVE), d);
        g.strokeLine(x0, y0, x1, y1);
        g.setLineDashes();
        g.restore();
    }

    private void axes(GraphicsContext g, int[] d) {
        g.setFont(Font.font(0.8 * em));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        int step = (d[1] - d[0]) > 12 ? 3 : (d[1] - d[0]) > 6 ? 2 : 1;
        for (int e = d[0]; e <= d[1]; e++) {
            double y = Math.round(py(e, d)) + 0.5;
            g.setStroke(e == 0 ? palette.muted() : palette.border());
            g.setLineWidth(1);
            g.strokeLine(left(), y, right(), y);
            if (Math.floorMod(e, step) == 0) {
                g.setFill(palette.muted());
                g.fillText("10" + power(e), left() - 0.35 * em, y);
            }
        }
        g.setStroke(palette.border());
        g.strokeRect(left() + 0.5, top() + 0.5, right() - left() - 1, bottom() - top() - 1);
    }

    private void labels(GraphicsContext g, int n, double slot) {
        g.setFont(Font.font(0.8 * em));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        int every = slot < 1.2 * em ? 5 : slot < 2 * em ? 2 : 1;
        for (int l = 0; l < n; l++) {
            boolean output = l == n - 1;
            // the output's « S » always; hidden layers every few, never crowding the « S »
            boolean shown = output || l == 0 || ((l + 1) % every == 0 && n - 1 - l >= Math.max(1, every / 2));
            if (shown) {
                g.setFill(l == model.selectedProperty().get() ? palette.accent() : palette.muted());
                g.fillText(output ? "S" : Integer.toString(l + 1), left() + (l + 0.5) * slot, bottom() + 0.3 * em);
            }
        }
    }

    private static String power(int e) {
        return e < 0 ? "⁻" + VanishingModel.superscript(-e) : VanishingModel.superscript(e);
    }

    String describe() {
        StringBuilder sb = new StringBuilder("Taille du gradient des poids par couche, échelle logarithmique :");
        for (int l = 0; l < model.layers(); l++) {
            sb.append(l == 0 ? " " : " ; ").append(model.layerName(l)).append(" : ")
                    .append(VanishingModel.size(model.norm(l)));
        }
        return sb.append('.').toString();
    }

    Canvas canvas() {
        return canvas;
    }
}
