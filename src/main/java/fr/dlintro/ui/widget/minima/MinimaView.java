package fr.dlintro.ui.widget.minima;

import fr.dlintro.core.demo.MinimaLandscape;
import fr.dlintro.core.demo.MinimaLandscape.Outcome;
import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.FrenchNumbers;
import fr.dlintro.ui.widget.FrenchText;
import fr.dlintro.ui.widget.NumberSlider;
import fr.dlintro.ui.widget.PaletteFollower;
import fr.dlintro.ui.widget.PlaybackBar;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

/** The landscape, the start presets and sliders, the playback bar and what happened. */
public final class MinimaView extends VBox {
    private final MinimaModel model;
    private final LandscapePlot plot;
    private final PlaybackBar bar;
    private final NumberSlider start;
    private final NumberSlider rate;
    private final PaletteFollower follower;
    private final InvalidationListener onRevision;
    private final List<Rectangle> swatches = new ArrayList<>();
    private final List<Outcome> swatchOutcomes = new ArrayList<>();

    public MinimaView(MinimaModel model, ObservableValue<Palette> palette) {
        this.model = model;
        getStyleClass().add("minima");
        plot = new LandscapePlot(model);
        plot.setId("plot");

        FlowPane legend = new FlowPane();
        legend.getStyleClass().add("uat-legend");
        legend.setHgap(14);
        legend.getChildren().addAll(swatch(Outcome.GLOBAL_MINIMUM, "minimum global"),
                swatch(Outcome.LEFT_MINIMUM, "mauvais minimum local"),
                swatch(Outcome.RIGHT_MINIMUM, "minimum local acceptable"),
                swatch(Outcome.STALLED, "ne se pose pas"));

        FlowPane presets = new FlowPane();
        presets.getStyleClass().add("button-row");
        presets.setHgap(6);
        presets.setVgap(4);
        Label presetLabel = new Label("Départ :");
        presetLabel.setMinWidth(Region.USE_PREF_SIZE);
        presets.getChildren().add(presetLabel);
        for (MinimaModel.Start s : MinimaModel.Start.values()) {
            Button b = new Button(s.label);
            b.setId("start-" + s.name().toLowerCase(Locale.ROOT));
            b.setAccessibleText("Partir " + s.label.toLowerCase(Locale.ROOT) + ", w₀ = " + FrenchNumbers.compact(s.w, 2));
            b.setOnAction(e -> model.choose(s));
            presets.getChildren().add(b);
        }
        CheckBox basins = new CheckBox("Colorer les départs");
        basins.setId("basins");
        basins.setAccessibleText("Colorer chaque départ selon le minimum atteint");
        basins.setTooltip(new Tooltip("La bande sous l'axe prend la couleur du minimum où la descente aboutit "
                + "en partant de chaque w, avec le taux choisi"));
        basins.selectedProperty().bindBidirectional(model.showBasinsProperty());

        start = new NumberSlider("start", "Départ w₀", "Poids de départ w zéro", model.startProperty(),
                new NumberSlider.Range(MinimaLandscape.MIN_W, MinimaLandscape.MAX_W, 0.05), v -> FrenchNumbers.compact(v, 2));
        rate = new NumberSlider("rate", "Taux α", "Taux d'apprentissage alpha", model.learningRateProperty(),
                new NumberSlider.Range(MinimaModel.MIN_RATE, MinimaModel.MAX_RATE, 0.01), v -> FrenchNumbers.compact(v, 3));
        presets.getChildren().add(basins);
        legend.visibleProperty().bind(model.showBasinsProperty());
        legend.managedProperty().bind(legend.visibleProperty());
        FlowPane sliders = new FlowPane(start, rate);
        sliders.getStyleClass().add("uat-row");
        sliders.setHgap(18);
        sliders.setVgap(4);

        bar = new PlaybackBar(model.playback());

        Label status = new Label();
        status.setId("status");
        status.getStyleClass().add("caption-title");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        Label verdict = new Label();
        verdict.setId("verdict");
        verdict.getStyleClass().add("caption-text");
        verdict.setWrapText(true);
        FrenchText.bind(verdict, model.verdictProperty());
        VBox caption = new VBox(status, verdict);
        caption.getStyleClass().add("caption-box");

        getChildren().addAll(plot, legend, presets, sliders, bar, caption);

        onRevision = o -> {
            plot.redraw();
            plot.setAccessibleText("Courbe du coût J(w) avec trois minima et un plateau. " + model.statusProperty().get());
        };
        model.revisionProperty().addListener(onRevision);
        follower = new PaletteFollower(palette, this, p -> {
            plot.setPalette(p);
            setSpacing(p.fontSize() * 0.45);
            for (int i = 0; i < swatches.size(); i++) {
                swatches.get(i).setWidth(p.fontSize() * 0.9);
                swatches.get(i).setHeight(p.fontSize() * 0.9);
                swatches.get(i).setFill(plot.colourOf(swatchOutcomes.get(i)));
            }
        });
    }

    private Label swatch(Outcome o, String text) {
        Rectangle r = new Rectangle(12, 12);
        swatches.add(r);
        swatchOutcomes.add(o);
        Label l = new Label(text, r);
        l.getStyleClass().add("muted");
        return l;
    }

    LandscapePlot plot() {
        return plot;
    }

    public void dispose() {
        bar.dispose();
        start.dispose();
        rate.dispose();
        model.revisionProperty().removeListener(onRevision);
        follower.dispose();
    }
}
