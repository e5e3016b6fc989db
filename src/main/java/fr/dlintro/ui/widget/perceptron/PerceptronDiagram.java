package fr.dlintro.ui.widget.perceptron;

import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.FrenchNumbers;
import fr.dlintro.ui.widget.activation.ActivationKind;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Figs. 10–14 and 21: the inputs on the left, one edge per weight (thicker for a larger
 * |w|, blue for positive and red for negative, always labelled with its value), the neuron
 * Σ with its bias, the activation drawn as a small curve with the point z on it, and the
 * output. Resizing and redrawing are kept apart, as in every widget.
 */
final class PerceptronDiagram extends Region {
    private static final double MIN_WIDTH_EM = 40;

    private final PerceptronModel model;
    private final Canvas canvas = new Canvas();
    private Palette palette;
    private double em = 14;

    PerceptronDiagram(PerceptronModel model) {
        this.model = model;
        getStyleClass().add("perceptron-diagram");
        getChildren().add(canvas);
        setAccessibleText("Schéma du perceptron : entrées, poids, somme, activation et sortie");
    }

    void setPalette(Palette p) {
        this.palette = p;
        this.em = p.fontSize();
        requestLayout();
        redraw();
    }

    private int rows() {
        return model.synapses().size();
    }

    private double rowHeight() { return 2.6 * em; }

    private double headerHeight() { return 1.5 * em; }

    @Override
    protected double computePrefWidth(double height) { return MIN_WIDTH_EM * em; }

    @Override
    protected double computeMinWidth(double height) { return MIN_WIDTH_EM * em; }

    @Override
    protected double computeMaxWidth(double height) { return 52 * em; }

    /** Height of the block of inputs, which the neuron faces. */
    private double bodyHeight() {
        return Math.max(rows() * rowHeight(), 4.8 * em);
    }

    /** Room under the body for the bias, when it is on. */
    private double biasRoom() {
        return model.biasEnabledProperty().get() ? Math.max(0, radius() + 3.7 * em - bodyHeight() / 2) : 0;
    }

    @Override
    protected double computePrefHeight(double width) {
        return headerHeight() + bodyHeight() + biasRoom() + 0.4 * em;
    }

    @Override
    protected double computeMinHeight(double width) { return computePrefHeight(width); }

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

    /** The number of inputs or the bias changed: a new height, then a redraw. */
    void shapeChanged() {
        requestLayout();
        redraw();
    }

    private double inputY(int i) {
        return headerHeight() + (bodyHeight() - rows() * rowHeight()) / 2 + (i + 0.5) * rowHeight();
    }

    private double neuronY() { return headerHeight() + bodyHeight() / 2; }

    private double radius() { return 2.1 * em; }

    void redraw() {
        if (palette == null || canvas.getWidth() <= 0) {
            return;
        }
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        g.setFill(palette.background());
        g.fillRect(0, 0, w, canvas.getHeight());

        Font body = Font.font(em);
        Font small = Font.font(0.82 * em);
        Font bold = Font.font(null, FontWeight.BOLD, em);
        double inLeft = 2.2 * em;
        double inW = 4.6 * em;
        double boxH = 1.8 * em;
        ActivationKind k = model.activationProperty().get();
        boolean activation = k != ActivationKind.NONE;
        double ny = neuronY();
        double r = radius();
        double actS = 3.8 * em;
        // the output sits at the right edge; the arrows share what is left after the neuron
        Font outFont = Font.font(null, FontWeight.BOLD, 1.15 * em);
        String out = "ŷ = " + FrenchNumbers.compact(model.outputProperty().get(), 3);
        double outX = w - textWidth(out, outFont) - 0.8 * em;
        double nx = Math.max(inLeft + inW + 10 * em + r, Math.min(0.5 * w, outX - r - (activation ? actS + 8 * em : 6 * em)));
        double spare = outX - nx - r - (activation ? actS : 0);
        double actX = nx + r + spare * 0.62;   // left edge of the activation box

        // column titles
        g.setFont(small);
        g.setFill(palette.muted());
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText("entrées", inLeft + inW / 2, 0.1 * em);
        g.fillText("poids", (inLeft + inW + nx - r) / 2, 0.1 * em);
        g.fillText("somme", nx, 0.1 * em);
        if (activation) {
            g.fillText("activation", actX + actS / 2, 0.1 * em);
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("sortie", outX + 0.2 * em, 0.1 * em);

        // edges first, so the boxes and labels sit on top of them
        for (int i = 0; i < rows(); i++) {
            double wgt = model.synapses().get(i).weightProperty().get();
            double y = inputY(i);
            double[] end = towardsCentre(inLeft + inW, y, nx, ny, r);
            g.setStroke(edgeColour(wgt));
            g.setLineWidth(Math.min(0.45 * em, 1 + Math.abs(wgt) * 0.28 * em));
            g.strokeLine(inLeft + inW, y, end[0], end[1]);
        }
        for (int i = 0; i < rows(); i++) {
            PerceptronModel.Synapse s = model.synapses().get(i);
            double y = inputY(i);
            // input box
            g.setFill(palette.surface());
            g.setStroke(palette.seriesColor(0));
            g.setLineWidth(1.5);
            g.fillRoundRect(inLeft, y - boxH / 2, inW, boxH, 0.5 * em, 0.5 * em);
            g.strokeRoundRect(inLeft, y - boxH / 2, inW, boxH, 0.5 * em, 0.5 * em);
            g.setFont(bold);
            g.setFill(palette.foreground());
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(PerceptronModel.number(s.inputProperty().get()), inLeft + inW / 2, y, inW - 0.4 * em);
            g.setFont(body);
            g.setFill(palette.muted());
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText("x" + subscript(i + 1), inLeft - 0.3 * em, y);
            // weight label, 40 % along its edge
            double[] end = towardsCentre(inLeft + inW, y, nx, ny, r);
            double lx = inLeft + inW + 0.4 * (end[0] - inLeft - inW);
            double ly = y + 0.4 * (end[1] - y);
            pill(g, "w" + subscript(i + 1) + " = " + PerceptronModel.number(s.weightProperty().get()), lx, ly,
                    edgeColour(s.weightProperty().get()), small);
        }

        // bias, under the neuron
        if (model.biasEnabledProperty().get()) {
            double by = ny + r + 2.6 * em;
            g.setStroke(palette.seriesColor(3));
            g.setLineWidth(2);
            arrow(g, nx, by - 0.95 * em, nx, ny + r);
            pill(g, "b = " + PerceptronModel.number(model.biasProperty().get()), nx, by, palette.seriesColor(3), body);
        }

        // the neuron
        g.setFill(palette.surface());
        g.setStroke(palette.seriesColor(3));
        g.setLineWidth(0.16 * em);
        g.fillOval(nx - r, ny - r, 2 * r, 2 * r);
        g.strokeOval(nx - r, ny - r, 2 * r, 2 * r);
        g.setFill(palette.foreground());
        g.setFont(Font.font(null, FontWeight.BOLD, 1.9 * em));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText("Σ", nx, ny);

        // z on the arrow out of the neuron
        double z = model.sumProperty().get();
        double arrowEnd = activation ? actX : outX;
        g.setStroke(palette.foreground());
        g.setLineWidth(2);
        arrow(g, nx + r, ny, arrowEnd - 0.2 * em, ny);
        g.setFont(body);
        g.setFill(palette.foreground());
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText("z = " + FrenchNumbers.compact(z, 3), (nx + r + arrowEnd) / 2, ny - 0.35 * em);

        if (activation) {
            activationBox(g, k, z, actX, ny - actS / 2, actS);
            g.setStroke(palette.foreground());
            g.setLineWidth(2);
            arrow(g, actX + actS, ny, outX - 0.2 * em, ny);
        }
        g.setFont(outFont);
        g.setFill(palette.foreground());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(out, outX + 0.2 * em, ny);
    }

    private Color edgeColour(double w) {
        return w < 0 ? palette.negative() : palette.accent();
    }

    /** Where the segment from (x, y) to the centre (cx, cy) meets the circle of radius r. */
    private static double[] towardsCentre(double x, double y, double cx, double cy, double r) {
        double dx = cx - x;
        double dy = cy - y;
        double len = Math.hypot(dx, dy);
        return new double[] {cx - dx / len * r, cy - dy / len * r};
    }

    private void pill(GraphicsContext g, String text, double cx, double cy, Color border, Font font) {
        double tw = textWidth(text, font) + 0.8 * em;
        double th = font.getSize() * 1.45;
        g.setFill(palette.background());
        g.fillRoundRect(cx - tw / 2, cy - th / 2, tw, th, th, th);
        g.setStroke(border);
        g.setLineWidth(1.2);
        g.strokeRoundRect(cx - tw / 2, cy - th / 2, tw, th, th, th);
        g.setFill(palette.foreground());
        g.setFont(font);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, cx, cy);
    }

    private void arrow(GraphicsContext g, double x1, double y1, double x2, double y2) {
        g.strokeLine(x1, y1, x2, y2);
        double a = Math.atan2(y2 - y1, x2 - x1);
        double s = 0.55 * em;
        g.setFill(g.getStroke());
        g.fillPolygon(new double[] {x2, x2 - s * Math.cos(a - 0.45), x2 - s * Math.cos(a + 0.45)},
                new double[] {y2, y2 - s * Math.sin(a - 0.45), y2 - s * Math.sin(a + 0.45)}, 3);
    }

    /** A small plot of f on z ∈ [−5, 5] with the point (z, f(z)), z clamped to the box. */
    private void activationBox(GraphicsContext g, ActivationKind k, double z, double x, double y, double s) {
        g.setFill(palette.surface());
        g.setStroke(palette.seriesColor(2));
        g.setLineWidth(1.5);
        g.fillRoundRect(x, y, s, s, 0.5 * em, 0.5 * em);
        g.strokeRoundRect(x, y, s, s, 0.5 * em, 0.5 * em);
        double lo = k == ActivationKind.TANH ? -1 : k == ActivationKind.SIGMOID ? 0 : -1;
        double hi = k == ActivationKind.TANH || k == ActivationKind.SIGMOID ? 1 : 5;
        double pad = 0.45 * em;
        double left = x + pad;
        double width = s - 2 * pad;
        double top = y + pad;
        double height = s - 2 * pad - 0.9 * em; // room for the name under the curve
        g.setStroke(palette.border());
        g.setLineWidth(1);
        double zeroY = top + height * (hi - 0) / (hi - lo);
        g.strokeLine(left, zeroY, left + width, zeroY);
        g.strokeLine(left + width / 2, top, left + width / 2, top + height);
        g.setStroke(palette.seriesColor(2));
        g.setLineWidth(0.13 * em);
        g.beginPath();
        for (int i = 0; i <= 60; i++) {
            double t = -5 + 10.0 * i / 60;
            double v = Math.max(lo, Math.min(hi, k.value(t, PerceptronModel.LEAKY_SLOPE)));
            double px = left + width * i / 60;
            double py = top + height * (hi - v) / (hi - lo);
            if (i == 0) {
                g.moveTo(px, py);
            } else {
                g.lineTo(px, py);
            }
        }
        g.stroke();
        double zc = Math.max(-5, Math.min(5, z));
        double v = Math.max(lo, Math.min(hi, k.value(zc, PerceptronModel.LEAKY_SLOPE)));
        double px = left + width * (zc + 5) / 10;
        double py = top + height * (hi - v) / (hi - lo);
        double pr = 0.28 * em;
        g.setFill(palette.foreground());
        g.fillOval(px - pr, py - pr, 2 * pr, 2 * pr);
        g.setFont(Font.font(null, FontWeight.BOLD, 0.85 * em));
        g.setFill(palette.foreground());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(k.symbol(), x + s / 2, y + s - 0.15 * em, s - 0.3 * em);
    }

    static String subscript(int n) {
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            sb.append((char) ('₀' + (c - '0')));
        }
        return sb.toString();
    }

    private static double textWidth(String s, Font font) {
        Text t = new Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    Canvas canvas() {
        return canvas;
    }
}
