package fr.dlintro.ui.project.mnist;

import fr.dlintro.core.train.ImagePrediction;
import fr.dlintro.ui.theme.Palette;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.text.Font;

/**
 * Each layer's activations for one input as a strip of cells: hidden layers after their
 * activation (brighter = larger, scaled to the layer's largest value), then the output
 * probabilities under the class names.
 */
final class LayerStrips extends Pane {
    private final Canvas canvas = new Canvas();
    private ImagePrediction prediction;
    private List<String> names = List.of();
    private Palette palette = Palette.lightTheme();

    LayerStrips() {
        getChildren().add(canvas);
        setId("predict-layers");
        setAccessibleRole(javafx.scene.AccessibleRole.IMAGE_VIEW);
        setAccessibleText("Activations de chaque couche pour l'image proposée");
    }

    void palette(Palette p) {
        this.palette = p;
        requestLayout();
        redraw();
    }

    void show(ImagePrediction p, List<String> names) {
        this.prediction = p;
        this.names = names;
        requestLayout();
        redraw();
    }

    private double rowHeight() {
        return palette.fontSize() * 3.1;
    }

    @Override
    protected double computePrefHeight(double width) {
        int rows = prediction == null ? 0 : prediction.layers().size();
        return rows * rowHeight() + palette.fontSize();
    }

    @Override
    protected double computePrefWidth(double height) {
        return palette.fontSize() * 30;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        redraw();
    }

    private void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (prediction == null || getWidth() <= 0) {
            return;
        }
        double fs = palette.fontSize() * 0.8;
        g.setFont(Font.font(fs));
        g.setTextBaseline(VPos.TOP);
        List<double[]> layers = prediction.layers();
        double y = 0;
        for (int l = 0; l < layers.size(); l++) {
            boolean output = l == layers.size() - 1;
            double[] values = output ? prediction.probabilities() : layers.get(l);
            String title = output ? "Sortie : probabilité de chaque classe" : "Couche cachée " + (l + 1) + " ("
                    + values.length + " neurones, après activation)";
            g.setFill(palette.foreground());
            g.fillText(title, 0, y);
            double max = 1e-9;
            for (double v : values) {
                max = Math.max(max, Math.abs(v));
            }
            if (output) {
                max = 1;
            }
            double cellTop = y + fs * 1.35;
            double cellH = fs * 1.3;
            double w = Math.min(getWidth() / values.length, palette.fontSize() * 3);
            for (int k = 0; k < values.length; k++) {
                double share = Math.min(1, Math.abs(values[k]) / max);
                g.setFill(palette.background().interpolate(palette.seriesColor(output ? 2 : 0), share));
                g.fillRect(k * w, cellTop, w - 1, cellH);
                if (output && k < names.size()) {
                    g.setFill(palette.foreground());
                    String n = names.get(k);
                    g.fillText(n.length() > 3 ? n.substring(0, 2) + "." : n, k * w + 2, cellTop + cellH + 1);
                }
            }
            g.setStroke(palette.border());
            g.strokeRect(0.5, cellTop + 0.5, w * values.length - 1, cellH);
            y += rowHeight();
        }
    }
}
