package fr.dlintro.ui.widget.normalization;

import fr.dlintro.core.demo.FeatureScaling;
import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.FrenchNumbers;
import fr.dlintro.ui.widget.FrenchText;
import fr.dlintro.ui.widget.LossMap;
import fr.dlintro.ui.widget.NumberSlider;
import fr.dlintro.ui.widget.PaletteFollower;
import fr.dlintro.ui.widget.PlaybackBar;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/** Histograms before/after, the two error surfaces with their descents, each surface's rate, playback and the gaps. */
public final class NormalizationView extends VBox {
    private final NormalizationModel model;
    private final Histograms histograms;
    private final LossMap rawMap = new LossMap();
    private final LossMap normalizedMap = new LossMap();
    private final List<NumberSlider> sliders = new ArrayList<>();
    private PlaybackBar bar;
    private final PaletteFollower follower;
    private final InvalidationListener onRevision;

    public NormalizationView(NormalizationModel model, ObservableValue<Palette> palette) {
        this.model = model;
        getStyleClass().add("normalization");
        FeatureScaling data = model.data();
        histograms = new Histograms(data);
        histograms.setId("histograms");
        if (model.parts().histograms()) {
            getChildren().add(histograms);
        }
        if (model.parts().descent()) {
            setUpMap(rawMap, false, "raw-map");
            setUpMap(normalizedMap, true, "normalized-map");
            Label rawTitle = new Label();
            rawTitle.setId("raw-title");
            rawTitle.getStyleClass().add("caption-title");
            FrenchText.bind(rawTitle, model.gapProperty(false));
            Label normalizedTitle = new Label();
            normalizedTitle.setId("normalized-title");
            normalizedTitle.getStyleClass().add("caption-title");
            FrenchText.bind(normalizedTitle, model.gapProperty(true));
            FlowPane maps = new FlowPane(new VBox(2, rawTitle, rawMap), new VBox(2, normalizedTitle, normalizedMap));
            maps.setHgap(10);
            maps.setVgap(6);

            NumberSlider raw = new NumberSlider("raw-rate", "α avant", "Taux d'apprentissage sur la surface allongée",
                    model.rawRateProperty(), new NumberSlider.Range(0.001, 0.06, 0.001), v -> FrenchNumbers.compact(v, 4));
            NumberSlider normalized = new NumberSlider("normalized-rate", "α après",
                    "Taux d'apprentissage sur la surface ronde", model.normalizedRateProperty(),
                    new NumberSlider.Range(0.01, 1.2, 0.01), v -> FrenchNumbers.compact(v, 3));
            sliders.add(raw);
            sliders.add(normalized);
            FlowPane rates = new FlowPane(raw, normalized);
            rates.setHgap(16);
            rates.setVgap(4);
            Label limits = new Label();
            limits.setId("limits");
            limits.getStyleClass().add("caption-text");
            limits.setWrapText(true);
            FrenchText.set(limits, model.limitsText());
            bar = new PlaybackBar(model.playback());
            VBox caption = new VBox(limits);
            caption.getStyleClass().add("caption-box");
            getChildren().addAll(maps, rates, bar, caption);
        }

        onRevision = o -> {
            rawMap.redrawOverlay();
            normalizedMap.redrawOverlay();
        };
        model.revisionProperty().addListener(onRevision);
        follower = new PaletteFollower(palette, this, p -> {
            double em = p.fontSize();
            setSpacing(em * 0.35);
            histograms.setPalette(p);
            histograms.setSize(Math.min(760, 47 * em), 5.5 * em);
            for (LossMap m : new LossMap[] {rawMap, normalizedMap}) {
                m.setPalette(p);
                double width = Math.floor(Math.min(375, 23.4 * em));
                m.setPrefWidth(width);
                // the plot area (LossMap's margins: 3.4 em across, 2.3 em down) gets the window's aspect
                double plotHeight = (width - Math.round(2.6 * em) - Math.round(0.8 * em))
                        * NormalizationModel.HALF_W2 / NormalizationModel.HALF_W1;
                double heightEm = (plotHeight + Math.round(0.6 * em) + Math.round(1.7 * em)) / em;
                m.setHeightRule(1, heightEm, heightEm);
            }
        });
    }

    private void setUpMap(LossMap map, boolean normalized, String id) {
        FeatureScaling d = model.data();
        double[] best = d.optimum(normalized);
        map.setId(id);
        map.setFunction((a, b) -> d.cost(normalized, a, b), best[0] - NormalizationModel.HALF_W1,
                best[0] + NormalizationModel.HALF_W1, best[1] - NormalizationModel.HALF_W2, best[1] + NormalizationModel.HALF_W2);
        map.setAxisNames("w₁", "w₂");
        map.setShowScale(false);
        map.setOverlay((g, m) -> drawPath(g, m, model.path(normalized), best));
        map.setAccessibleText(normalized ? "Surface d'erreur après normalisation, ronde"
                : "Surface d'erreur avant normalisation, allongée");
    }

    private static void drawPath(GraphicsContext g, LossMap m, List<double[]> path, double[] best) {
        int n = path.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = path.get(i)[0];
            ys[i] = path.get(i)[1];
        }
        Palette p = m.palette();
        m.drawPath(g, xs, ys, n, Color.WHITE, 0.24);
        m.drawPath(g, xs, ys, n, p.negative(), 0.12);
        m.drawPoint(g, best[0], best[1], 0.22, p.positive(), Color.WHITE);
        m.drawPoint(g, xs[0], ys[0], 0.24, Color.WHITE, Color.BLACK);
        m.drawPoint(g, xs[n - 1], ys[n - 1], 0.24, p.negative(), Color.WHITE);
    }

    LossMap map(boolean normalized) {
        return normalized ? normalizedMap : rawMap;
    }

    public void dispose() {
        if (bar != null) {
            bar.dispose();
        }
        sliders.forEach(NumberSlider::dispose);
        model.revisionProperty().removeListener(onRevision);
        follower.dispose();
    }
}
