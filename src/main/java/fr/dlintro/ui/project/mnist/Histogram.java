package fr.dlintro.ui.project.mnist;

import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.FrenchFormat;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/** The label histogram of Fig. 49: one bar per class with its count written above it. */
final class Histogram extends Pane {
    private final Canvas canvas = new Canvas();
    private int[] counts = new int[0];
    private List<String> names = List.of();
    private Palette palette = Palette.lightTheme();

    Histogram() {
        getChildren().add(canvas);
        getStyleClass().add("mnist-histogram");
        setAccessibleRole(javafx.scene.AccessibleRole.IMAGE_VIEW);
        widthProperty().addListener((o, a, b) -> redraw());
        heightProperty().addListener((o, a, b) -> redraw());
    }

    void show(int[] counts, List<String> names) {
        this.counts = counts.clone();
        this.names = names;
        StringBuilder text = new StringBuilder("Histogramme des étiquettes : ");
        for (int k = 0; k < counts.length; k++) {
            text.append(k < names.size() ? names.get(k) : String.valueOf(k)).append(" ")
                    .append(FrenchFormat.integer(counts[k])).append(k + 1 < counts.length ? ", " : ".");
        }
        setAccessibleText(text.toString());
        redraw();
    }

    void palette(Palette p) {
        this.palette = p;
        setPrefHeight(p.fontSize() * 13);
        redraw();
    }

    int[] counts() {
        return counts.clone();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        redraw();
    }

    private void redraw() {
        double w = getWidth();
        double h = getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (counts.length == 0 || w <= 0 || h <= 0) {
            return;
        }
        double fs = palette.fontSize() * 0.85;
        Font font = Font.font(fs);
        g.setFont(font);
        int max = 1;
        for (int c : counts) {
            max = Math.max(max, c);
        }
        double top = fs * 1.6;
        double bottom = h - fs * 1.8;
        double slot = w / counts.length;
        boolean namesFit = true;
        for (String n : names) {
            namesFit &= width(n, font) < slot - 4;
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        for (int k = 0; k < counts.length; k++) {
            double bh = (bottom - top) * counts[k] / max;
            double x = k * slot + slot * 0.15;
            g.setFill(palette.seriesColor(0));
            g.fillRect(x, bottom - bh, slot * 0.7, bh);
            g.setFill(palette.foreground());
            String count = FrenchFormat.integer(counts[k]);
            if (width(count, font) > slot) {
                g.setFont(Font.font(fs * 0.75));
            }
            g.fillText(count, k * slot + slot / 2, bottom - bh - 2);
            g.setFont(font);
            String label = namesFit && k < names.size() ? names.get(k) : String.valueOf(k);
            g.setTextBaseline(VPos.TOP);
            g.fillText(label, k * slot + slot / 2, bottom + fs * 0.3);
            g.setTextBaseline(VPos.BOTTOM);
        }
        g.setStroke(palette.muted());
        g.strokeLine(0, bottom + 0.5, w, bottom + 0.5);
    }

    private static double width(String s, Font f) {
        Text t = new Text(s);
        t.setFont(f);
        return t.getLayoutBounds().getWidth();
    }
}
