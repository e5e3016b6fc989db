package fr.dlintro.ui.project.mnist;

import fr.dlintro.core.train.ConfusionMatrix;
import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.FrenchFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import javafx.geometry.HPos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.paint.Color;

/**
 * The confusion matrix as a heat map: rows are true classes, columns predicted ones, each
 * cell a button (reachable by Tab, read out by a screen reader) whose colour grows with the
 * log of its count; the diagonal in the positive colour, mistakes in the negative one.
 */
final class ConfusionHeatMap extends GridPane {
    private final BiConsumer<Integer, Integer> onPick;
    private Palette palette = Palette.lightTheme();
    private ConfusionMatrix matrix;
    private List<String> names = List.of();

    ConfusionHeatMap(BiConsumer<Integer, Integer> onPick) {
        this.onPick = onPick;
        getStyleClass().add("confusion-heat-map");
        setId("confusion-heat-map");
        setHgap(2);
        setVgap(2);
    }

    void palette(Palette p) {
        this.palette = p;
        rebuild();
    }

    void show(ConfusionMatrix m, List<String> names) {
        this.matrix = m;
        this.names = names;
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        getColumnConstraints().clear();
        if (matrix == null) {
            return;
        }
        int n = matrix.classes();
        Label corner = new Label("vrai \\ prédit");
        corner.getStyleClass().add("muted");
        add(corner, 0, 0);
        long max = 1;
        for (int t = 0; t < n; t++) {
            for (int p = 0; p < n; p++) {
                max = Math.max(max, matrix.count(t, p));
            }
        }
        double size = palette.fontSize() * 3.2;
        for (int k = 0; k < n; k++) {
            Label col = new Label(shortName(k));
            col.setTooltip(new Tooltip("Prédit : " + names.get(k)));
            add(col, k + 1, 0);
            GridPane.setHalignment(col, HPos.CENTER);
            Label row = new Label(names.get(k));
            add(row, 0, k + 1);
        }
        for (int t = 0; t < n; t++) {
            for (int p = 0; p < n; p++) {
                long c = matrix.count(t, p);
                Button cell = new Button(c == 0 ? "" : FrenchFormat.integer(c));
                cell.setId("cell-" + t + "-" + p);
                cell.getStyleClass().add("confusion-cell");
                cell.setMinSize(size, size * 0.75);
                cell.setPrefSize(size, size * 0.75);
                double share = c == 0 ? 0 : Math.log1p(c) / Math.log1p(max);
                Color base = t == p ? palette.positive() : palette.negative();
                Color fill = palette.background().interpolate(base, 0.08 + 0.85 * share);
                double luminance = 0.299 * fill.getRed() + 0.587 * fill.getGreen() + 0.114 * fill.getBlue();
                Color text = luminance > 0.55 ? Color.BLACK : Color.WHITE;
                cell.setStyle(String.format(Locale.ROOT, "-fx-background-color: %s; -fx-text-fill: %s; -fx-background-radius: 0;"
                        + " -fx-padding: 0; -fx-font-size: 0.85em;", web(fill), web(text)));
                String what = FrenchFormat.integer(c) + (c <= 1 ? " image" : " images") + " de « " + names.get(t)
                        + " » prédite" + (c <= 1 ? "" : "s") + " « " + names.get(p) + " »";
                cell.setAccessibleText(what);
                cell.setTooltip(new Tooltip(what + (c > 0 ? " : cliquer pour les voir" : "")));
                int tt = t;
                int pp = p;
                cell.setOnAction(e -> onPick.accept(tt, pp));
                add(cell, p + 1, t + 1);
            }
        }
    }

    private String shortName(int k) {
        String name = names.get(k);
        return name.length() <= 4 ? name : name.substring(0, 3) + ".";
    }

    private static String web(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", (int) Math.round(c.getRed() * 255),
                (int) Math.round(c.getGreen() * 255), (int) Math.round(c.getBlue() * 255));
    }
}
