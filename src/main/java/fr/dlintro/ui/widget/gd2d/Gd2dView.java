package fr.dlintro.ui.widget.gd2d;

import fr.dlintro.core.demo.Descent2d;
import fr.dlintro.ui.lesson.FormulaNode;
import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.BookCheckLabel;
import fr.dlintro.ui.widget.FrenchNumbers;
import fr.dlintro.ui.widget.FrenchText;
import fr.dlintro.ui.widget.LossMap;
import fr.dlintro.ui.widget.NumberSlider;
import fr.dlintro.ui.widget.PaletteFollower;
import fr.dlintro.ui.widget.PlaybackBar;
import fr.dlintro.ui.widget.SideBySide;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.scilab.forge.jlatexmath.TeXFormula;

/**
 * The cost map with the descent's path, the surface choice, start and α, the fog switch, the
 * playback bar, and under it the next update with its numbers. A click or drag on the map
 * (or the arrow keys on it) moves the start.
 */
public final class Gd2dView extends VBox {
    private final Gd2dModel model;
    private final LossMap map = new LossMap();
    private final SideBySide body;
    private final PlaybackBar playbackBar;
    private final NumberSlider startW;
    private final NumberSlider startB;
    private final NumberSlider rate;
    private final BookCheckLabel bookCheck;
    private final Label viewCaption = new Label();
    private final FlowPane formulaBox = new FlowPane();
    private final Label next = new Label("Prochaine étape :");
    private final InvalidationListener onPath;
    private final InvalidationListener onSurface;
    private final PaletteFollower follower;

    public Gd2dView(Gd2dModel model, ObservableValue<Palette> palette) {
        this.model = model;
        getStyleClass().add("gd-2d");

        map.setId("map");
        map.setAxisNames("w", "b");
        map.setHeightRule(0.72, 10, 14);
        Tooltip.install(map, new Tooltip("Cliquez ou glissez pour choisir le départ ; flèches du clavier : le déplacer"));
        map.setFocusTraversable(true);
        map.setOnPick(model::setStart);
        map.setOnKeyPressed(e -> {
            double dw = (map.xMax() - map.xMin()) / 40;
            double db = (map.yMax() - map.yMin()) / 40;
            double w = model.startWProperty().get();
            double b = model.startBProperty().get();
            KeyCode k = e.getCode();
            if (k == KeyCode.LEFT || k == KeyCode.RIGHT || k == KeyCode.UP || k == KeyCode.DOWN) {
                w += k == KeyCode.LEFT ? -dw : k == KeyCode.RIGHT ? dw : 0;
                b += k == KeyCode.DOWN ? -db : k == KeyCode.UP ? db : 0;
                model.setStart(round(clamp(w, map.xMin(), map.xMax())), round(clamp(b, map.yMin(), map.yMax())));
                e.consume();
            }
        });
        map.setOverlay(this::drawOverlay);

        // side panel: surface, start, rate, fog
        ComboBox<Gd2dPreset> presets = new ComboBox<>();
        presets.setId("preset");
        presets.getItems().setAll(Gd2dPreset.values());
        presets.setConverter(new StringConverter<>() {
            @Override
            public String toString(Gd2dPreset p) {
                return p == null ? "" : p.label();
            }

            @Override
            public Gd2dPreset fromString(String s) {
                return null;
            }
        });
        presets.setValue(model.presetProperty().get());
        presets.setAccessibleText("Surface de coût");
        presets.valueProperty().addListener((o, a, p) -> {
            if (p != null) {
                model.presetProperty().set(p);
            }
        });
        presets.setMaxWidth(Double.MAX_VALUE);
        startW = new NumberSlider("start-w", "départ w", "Poids w de départ", model.startWProperty(),
                new NumberSlider.Range(-3, 5, 0.05, -10, 10), v -> FrenchNumbers.compact(v, 3));
        startB = new NumberSlider("start-b", "départ b", "Biais b de départ", model.startBProperty(),
                new NumberSlider.Range(-3, 4, 0.05, -10, 10), v -> FrenchNumbers.compact(v, 3));
        rate = new NumberSlider("learning-rate", "α", "Taux d'apprentissage alpha", model.learningRateProperty(),
                new NumberSlider.Range(0.01, 1.2, 0.01, 0.0001, 2), v -> FrenchNumbers.compact(v, 4));
        for (NumberSlider s : List.of(startW, startB, rate)) {
            s.label().getStyleClass().add("gd-slider-label");
        }
        CheckBox fog = new CheckBox("Brouillard");
        fog.setId("fog");
        fog.setTooltip(new Tooltip("Ne montrer que ce que voit l'algorithme : sa position et la pente locale"));
        fog.setAccessibleHelp("Ne montrer que ce que voit l'algorithme : sa position et la pente locale");
        fog.selectedProperty().bindBidirectional(model.fogProperty());
        Label description = new Label();
        description.setId("description");
        description.setWrapText(true);
        description.getStyleClass().add("muted");
        VBox side = new VBox(presets, startW, startB, rate, fog, description);
        side.getStyleClass().add("gd-side");

        viewCaption.setId("view-caption");
        viewCaption.setWrapText(true);
        viewCaption.getStyleClass().add("caption-title");
        VBox mapBox = new VBox(viewCaption, map);
        mapBox.getStyleClass().add("gd-map-box");
        body = new SideBySide(mapBox, side, 22);

        playbackBar = new PlaybackBar(model.playback());

        Label status = new Label();
        status.setId("status");
        status.setWrapText(true);
        status.getStyleClass().add("caption-text");
        FrenchText.bind(status, model.statusProperty());
        formulaBox.setId("formula");
        formulaBox.getStyleClass().add("gd-formula");
        next.getStyleClass().add("muted");
        bookCheck = new BookCheckLabel(model.bookCheckProperty());
        bookCheck.setId("book-check");
        VBox caption = new VBox(status, formulaBox, bookCheck);
        caption.getStyleClass().add("caption-box");

        getChildren().addAll(body, playbackBar, caption);

        onSurface = o -> {
            Gd2dPreset p = model.presetProperty().get();
            map.setSurface(p.surface(), p.wMin(), p.wMax(), p.bMin(), p.bMax());
            FrenchText.set(description, capitalise(p.description()) + ".");
            presets.setValue(p);
        };
        model.presetProperty().addListener(onSurface);
        onPath = o -> refresh();
        model.revisionProperty().addListener(onPath);
        model.fogProperty().addListener(onPath);
        follower = new PaletteFollower(palette, this, p -> {
            map.setPalette(p);
            body.setEm(p.fontSize());
            refresh();
        });
        onSurface.invalidated(null);
        refresh();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private void refresh() {
        if (follower == null) {
            return; // the follower's first call, before the constructor ends
        }
        Descent2d.Point p = model.descent().current();
        boolean fog = model.fogProperty().get();
        FrenchText.set(viewCaption, fog
                ? "Ce que voit la descente : sa position et la pente locale"
                : "La réalité : toute la surface de coût");
        map.setFog(fog, p.x(), p.y(), 2.4); // also repaints the overlay
        map.setAccessibleText("Carte du coût J(w, b), sombre où le coût est faible. Départ ("
                + FrenchNumbers.compact(model.startWProperty().get(), 3) + " ; "
                + FrenchNumbers.compact(model.startBProperty().get(), 3) + "), position après "
                + model.iterationProperty().get() + " itérations (" + FrenchNumbers.compact(p.x(), 3) + " ; "
                + FrenchNumbers.compact(p.y(), 3) + "). Flèches : déplacer le départ.");
        showFormula();
    }

    private void showFormula() {
        Palette pal = follower.current();
        formulaBox.getChildren().setAll(next);
        for (String piece : model.formulaLatexProperty().get().split(Gd2dModel.PIECE)) {
            FormulaNode f = new FormulaNode(new TeXFormula(piece), false, pal.fontSize() * 1.05, pal.foreground());
            formulaBox.getChildren().add(f);
        }
        formulaBox.setAccessibleText(model.formulaTextProperty().get());
    }

    private void drawOverlay(GraphicsContext g, LossMap m) {
        Palette pal = m.palette();
        List<Descent2d.Point> path = model.path();
        int n = path.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = path.get(i).x();
            ys[i] = path.get(i).y();
        }
        Color step = pal.isDark() ? Color.web("#ff6b6b") : Color.web("#e5383b");
        Color outline = Color.WHITE;
        boolean fog = model.fogProperty().get();
        if (!fog) {
            double[] min = model.presetProperty().get().globalMinimum();
            m.drawPoint(g, min[0], min[1], 0.4, Color.web("#2fbf4a"), outline);
            m.drawPoint(g, model.startWProperty().get(), model.startBProperty().get(), 0.42, Color.web("#2f7fff"), outline);
        }
        // the path: outlined in white so it reads on both ends of the colour ramp
        m.drawPath(g, xs, ys, n, Color.gray(1, 0.8), 0.3);
        m.drawPath(g, xs, ys, n, step, 0.16);
        if (n <= 400) {
            for (int i = 1; i < n - 1; i++) {
                m.drawPoint(g, xs[i], ys[i], 0.14, step, outline);
            }
        }
        Descent2d.Point p = path.get(n - 1);
        if (model.descent().diverged()) {
            return;
        }
        double cx = m.px(p.x());
        double cy = m.py(p.y());
        if (fog) {
            // the only thing the explorer knows: the slope under its feet (−∇J, fixed length)
            double gx = -p.gradX() * (m.px(1) - m.px(0));
            double gy = -p.gradY() * (m.py(1) - m.py(0));
            double len = Math.hypot(gx, gy);
            if (len > 1e-9) {
                double r = 2.0 * pal.fontSize();
                m.drawArrow(g, cx, cy, cx + gx / len * r, cy + gy / len * r, pal.isDark() ? Color.WHITE : Color.BLACK, 0.12);
            }
        } else if (!model.descent().finished()) {
            double a = model.learningRateProperty().get();
            double nx = m.px(p.x() - a * p.gradX());
            double ny = m.py(p.y() - a * p.gradY());
            m.drawArrow(g, cx, cy, nx, ny, Color.gray(1, 0.9), 0.12);
        }
        m.drawPoint(g, p.x(), p.y(), 0.36, Color.WHITE, Color.BLACK);
    }

    LossMap map() {
        return map;
    }

    public void dispose() {
        playbackBar.dispose();
        follower.dispose();
        model.presetProperty().removeListener(onSurface);
        model.revisionProperty().removeListener(onPath);
        model.fogProperty().removeListener(onPath);
        startW.dispose();
        startB.dispose();
        rate.dispose();
        bookCheck.dispose();
    }
}
