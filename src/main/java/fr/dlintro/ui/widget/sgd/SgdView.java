package fr.dlintro.ui.widget.sgd;

import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.FrenchNumbers;
import fr.dlintro.ui.widget.FrenchText;
import fr.dlintro.ui.widget.LossMap;
import fr.dlintro.ui.widget.NumberSlider;
import fr.dlintro.ui.widget.PaletteFollower;
import fr.dlintro.ui.widget.PlaybackBar;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;

/** The loss map with both paths, the two loss curves, the batch size and rate, playback and the counts. */
public final class SgdView extends VBox {
    private final SgdModel model;
    private final LossMap map = new LossMap();
    private final LossCurves curves;
    private final PlaybackBar bar;
    private final NumberSlider batch;
    private final NumberSlider rate;
    private final DoubleProperty batchValue;
    private final ChangeListener<Number> onModelBatch;
    private final PaletteFollower follower;
    private final InvalidationListener onRevision;
    private final Line fullSwatch = new Line();
    private final Line sgdSwatch = new Line();

    public SgdView(SgdModel model, ObservableValue<Palette> palette) {
        this.model = model;
        getStyleClass().add("sgd");
        map.setId("map");
        map.setFunction(model.data()::cost, SgdModel.W_MIN, SgdModel.W_MAX, SgdModel.B_MIN, SgdModel.B_MAX);
        map.setAxisNames("w", "b");
        map.setShowScale(false);
        map.setOverlay(this::drawPaths);
        map.setOnPick(model::setStart);
        map.setAccessibleText("Carte du coût J(w, b) de la régression ; cliquer choisit le départ");
        curves = new LossCurves(model);
        curves.setId("curves");
        FlowPane panels = new FlowPane(map, curves);
        panels.setHgap(10);
        panels.setVgap(8);

        Label fullLegend = new Label("lot complet", fullSwatch);
        fullLegend.getStyleClass().add("muted");
        Label sgdLegend = new Label();
        sgdLegend.setGraphic(sgdSwatch);
        sgdLegend.getStyleClass().add("muted");
        sgdLegend.textProperty().bind(Bindings.createStringBinding(() -> "mini-lots de " + model.batchSizeProperty().get()
                + " (" + model.updatesPerEpoch() + " mise" + (model.updatesPerEpoch() > 1 ? "s" : "") + " à jour par époque)",
                model.revisionProperty()));
        sgdLegend.setId("sgd-legend");
        Label pick = new Label("Cliquez sur la carte pour choisir le départ.");
        pick.getStyleClass().add("muted");
        FlowPane legend = new FlowPane(fullLegend, sgdLegend, pick);
        legend.setHgap(16);

        batchValue = new SimpleDoubleProperty(model.batchSizeProperty().get());
        batchValue.addListener((o, a, v) -> model.batchSizeProperty().set((int) Math.round(v.doubleValue())));
        onModelBatch = (o, a, v) -> batchValue.set(v.intValue());
        model.batchSizeProperty().addListener(onModelBatch);
        batch = new NumberSlider("batch", "Taille des mini-lots", "Taille des mini-lots (batch size)", batchValue,
                new NumberSlider.Range(1, fr.dlintro.core.demo.MiniBatchRegression.SIZE, 1), v -> FrenchNumbers.compact(v, 0));
        rate = new NumberSlider("rate", "Taux α", "Taux d'apprentissage alpha", model.learningRateProperty(),
                new NumberSlider.Range(0.01, 0.9, 0.01), v -> FrenchNumbers.compact(v, 3));
        FlowPane controls = new FlowPane(batch, rate);
        controls.setHgap(16);
        controls.setVgap(4);

        bar = new PlaybackBar(model.playback());

        Label status = new Label();
        status.setId("status");
        status.getStyleClass().add("caption-text");
        status.setWrapText(true);
        FrenchText.bind(status, model.statusProperty());
        VBox caption = new VBox(status);
        caption.getStyleClass().add("caption-box");

        getChildren().addAll(panels, legend, controls, bar, caption);

        onRevision = o -> {
            map.redrawOverlay();
            curves.redraw();
        };
        model.revisionProperty().addListener(onRevision);
        follower = new PaletteFollower(palette, this, p -> {
            double em = p.fontSize();
            setSpacing(em * 0.4);
            map.setPalette(p);
            map.setPrefWidth(Math.floor(19 * em));
            map.setHeightRule(0.62, 9.5, 12);
            curves.setPalette(p);
            // beside the map when there is room for a legible chart, else below it at full width
            double beside = 760 - Math.floor(19 * em) - 12;
            curves.setSize(beside >= 20 * em ? Math.min(26 * em, beside) : Math.min(760, 32 * em), 12 * em);
            for (Line l : new Line[] {fullSwatch, sgdSwatch}) {
                l.setEndX(1.6 * em);
            }
            fullSwatch.setStroke(LossCurves.fullColour(p));
            fullSwatch.setStrokeWidth(Math.max(2, em * 0.16));
            sgdSwatch.setStroke(LossCurves.sgdColour(p));
            sgdSwatch.setStrokeWidth(Math.max(1.5, em * 0.11));
        });
    }

    private void drawPaths(GraphicsContext g, LossMap m) {
        Palette p = m.palette();
        SgdModel.Trace full = model.full();
        SgdModel.Trace sgd = model.sgd();
        // a white halo under each path keeps it readable on the dark and the light ends of the map
        m.drawPath(g, full.w(), full.b(), full.size(), Color.WHITE, 0.3);
        m.drawPath(g, full.w(), full.b(), full.size(), LossCurves.fullColour(p), 0.16);
        m.drawPath(g, sgd.w(), sgd.b(), sgd.size(), Color.WHITE, 0.22);
        m.drawPath(g, sgd.w(), sgd.b(), sgd.size(), LossCurves.sgdColour(p), 0.11);
        double[] best = model.data().bestFit();
        m.drawPoint(g, best[0], best[1], 0.22, p.positive(), Color.WHITE);
        m.drawPoint(g, full.w()[0], full.b()[0], 0.26, Color.WHITE, Color.BLACK);
        m.drawPoint(g, full.w()[full.size() - 1], full.b()[full.size() - 1], 0.24, LossCurves.fullColour(p), Color.WHITE);
        m.drawPoint(g, sgd.w()[sgd.size() - 1], sgd.b()[sgd.size() - 1], 0.24, LossCurves.sgdColour(p), Color.WHITE);
    }

    LossMap map() {
        return map;
    }

    public void dispose() {
        bar.dispose();
        batch.dispose();
        rate.dispose();
        model.batchSizeProperty().removeListener(onModelBatch);
        model.revisionProperty().removeListener(onRevision);
        follower.dispose();
    }
}
