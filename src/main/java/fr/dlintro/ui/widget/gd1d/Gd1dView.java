package fr.dlintro.ui.widget.gd1d;

import fr.dlintro.core.demo.Descent1d;
import fr.dlintro.ui.lesson.FormulaNode;
import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.FrenchNumbers;
import fr.dlintro.ui.widget.FrenchText;
import fr.dlintro.ui.widget.NumberSlider;
import fr.dlintro.ui.widget.PaletteFollower;
import fr.dlintro.ui.widget.PlaybackBar;
import fr.dlintro.ui.widget.SideBySide;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.scilab.forge.jlatexmath.TeXFormula;

/**
 * The curve with the iterates, the preset, start and α, the list of iterates, the playback
 * bar and the next update with its numbers.
 */
public final class Gd1dView extends VBox {
    private final Gd1dModel model;
    private final Gd1dPlot plot;
    private final SideBySide body;
    private final PlaybackBar playbackBar;
    private final NumberSlider start;
    private final NumberSlider rate;
    private final ListView<Descent1d.Point> table = new ListView<>();
    private final FlowPane formulaBox = new FlowPane();
    private final Label next = new Label("Prochaine étape :");
    private final InvalidationListener onPath;
    private final InvalidationListener onRun;
    private final InvalidationListener onPreset;
    private final PaletteFollower follower;

    public Gd1dView(Gd1dModel model, ObservableValue<Palette> palette) {
        this.model = model;
        getStyleClass().add("gd-1d");
        plot = new Gd1dPlot(model);
        plot.setId("plot");
        Tooltip.install(plot, new Tooltip("Cliquez ou glissez pour choisir le point de départ"));

        ComboBox<Gd1dPreset> presets = new ComboBox<>();
        presets.setId("preset");
        presets.getItems().setAll(Gd1dPreset.values());
        presets.setConverter(new StringConverter<>() {
            @Override
            public String toString(Gd1dPreset p) {
                return p == null ? "" : p.label();
            }

            @Override
            public Gd1dPreset fromString(String s) {
                return null;
            }
        });
        presets.setValue(model.presetProperty().get());
        presets.setAccessibleText("Courbe et réglages préréglés");
        presets.setMaxWidth(Double.MAX_VALUE);
        presets.valueProperty().addListener((o, a, p) -> {
            if (p != null) {
                model.presetProperty().set(p);
            }
        });
        start = new NumberSlider("start", "départ W", "Poids W de départ", model.startProperty(),
                new NumberSlider.Range(-4, 5, 0.05, -10, 10), v -> FrenchNumbers.compact(v, 3));
        rate = new NumberSlider("learning-rate", "α", "Taux d'apprentissage alpha", model.learningRateProperty(),
                new NumberSlider.Range(0.01, 1.2, 0.01, 0.0001, 2), v -> FrenchNumbers.compact(v, 4));
        start.label().getStyleClass().add("gd-slider-label");
        rate.label().getStyleClass().add("gd-slider-label");

        table.setId("iterates");
        table.setAccessibleText("Liste des itérés : numéro, W et J(W)");
        table.getStyleClass().addAll("gd-iterates", "dense");
        table.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Descent1d.Point p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : row(Integer.toString(p.iteration()),
                        FrenchNumbers.scientific(p.w(), 3), FrenchNumbers.scientific(p.cost(), 3)));
            }
        });
        Label header = new Label(row("n", "W", "J(W)"));
        header.getStyleClass().addAll("gd-iterates-header");
        header.setLabelFor(table);
        VBox iterates = new VBox(header, table);
        VBox side = new VBox(presets, start, rate, iterates);
        side.getStyleClass().add("gd-side");
        body = new SideBySide(plot, side, 20);

        playbackBar = new PlaybackBar(model.playback());

        Label status = new Label();
        status.setId("status");
        status.setWrapText(true);
        status.getStyleClass().add("caption-text");
        FrenchText.bind(status, model.statusProperty());
        Label regime = new Label();
        regime.setId("regime");
        regime.setWrapText(true);
        regime.getStyleClass().add("muted");
        FrenchText.bind(regime, model.regimeProperty());
        regime.managedProperty().bind(regime.textProperty().isNotEmpty());
        regime.visibleProperty().bind(regime.managedProperty());
        formulaBox.setId("formula");
        formulaBox.getStyleClass().add("gd-formula");
        next.getStyleClass().add("muted");
        VBox caption = new VBox(status, regime, formulaBox);
        caption.getStyleClass().add("caption-box");
        getChildren().addAll(body, playbackBar, caption);

        onPreset = o -> presets.setValue(model.presetProperty().get());
        model.presetProperty().addListener(onPreset);
        onRun = o -> table.getItems().setAll(model.path());
        model.runsProperty().addListener(onRun);
        onPath = o -> refresh();
        model.revisionProperty().addListener(onPath);
        follower = new PaletteFollower(palette, this, p -> {
            plot.setPalette(p);
            body.setEm(p.fontSize());
            refresh();
        });
        onRun.invalidated(null);
        refresh();
    }

    /** One line of the list, in fixed columns (the list uses a monospaced font). */
    static String row(String n, String w, String cost) {
        return pad(n, 4) + " " + pad(w, 10) + " " + pad(cost, 10);
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }

    /** Keeps the list in step with the path: one row added or removed per step. */
    private void syncTable() {
        List<Descent1d.Point> path = model.path();
        var items = table.getItems();
        if (items.size() > path.size() || (!items.isEmpty() && items.get(0) != path.get(0))) {
            items.setAll(path);
        } else if (items.size() > 0 && items.size() <= path.size()) {
            while (items.size() > path.size()) {
                items.remove(items.size() - 1);
            }
            items.addAll(path.subList(items.size(), path.size()));
        }
        table.scrollTo(Math.max(0, items.size() - 1));
    }

    private void refresh() {
        if (follower == null) {
            return; // the follower's first call, before the constructor ends
        }
        syncTable();
        plot.redraw();
        Descent1d.Point p = model.descent().current();
        plot.setAccessibleText("Courbe " + model.presetProperty().get().costText() + ". Départ W = "
                + FrenchNumbers.compact(model.startProperty().get(), 3) + ", W après " + p.iteration()
                + " itérations : " + FrenchNumbers.scientific(p.w(), 4));
        Palette pal = follower.current();
        formulaBox.getChildren().setAll(next);
        for (String piece : model.formulaLatexProperty().get().split(Gd1dModel.PIECE)) {
            formulaBox.getChildren().add(new FormulaNode(new TeXFormula(piece), false, pal.fontSize() * 1.05,
                    pal.foreground()));
        }
        formulaBox.setAccessibleText(model.formulaTextProperty().get());
    }

    Gd1dPlot plot() {
        return plot;
    }

    ListView<Descent1d.Point> table() {
        return table;
    }

    public void dispose() {
        playbackBar.dispose();
        follower.dispose();
        model.presetProperty().removeListener(onPreset);
        model.runsProperty().removeListener(onRun);
        model.revisionProperty().removeListener(onPath);
        start.dispose();
        rate.dispose();
    }
}
