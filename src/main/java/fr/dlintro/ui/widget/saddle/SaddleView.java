package fr.dlintro.ui.widget.saddle;

import fr.dlintro.core.demo.SaddleSurface;
import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.FrenchNumbers;
import fr.dlintro.ui.widget.FrenchText;
import fr.dlintro.ui.widget.LossMap;
import fr.dlintro.ui.widget.NumberSlider;
import fr.dlintro.ui.widget.PaletteFollower;
import fr.dlintro.ui.widget.PlaybackBar;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/** The map, the relief and the two cross-sections side by side, then the start, the rate, playback and the gradient's size. */
public final class SaddleView extends VBox {
    private final SaddleModel model;
    private final LossMap map = new LossMap();
    private final SurfacePlot surface;
    private final SectionPlot alongX;
    private final SectionPlot alongY;
    private final PlaybackBar bar;
    private final NumberSlider startY;
    private final NumberSlider rate;
    private final PaletteFollower follower;
    private final InvalidationListener onRevision;

    public SaddleView(SaddleModel model, ObservableValue<Palette> palette) {
        this.model = model;
        getStyleClass().add("saddle");
        double h = SaddleSurface.HALF_SIDE;
        map.setId("map");
        map.setFunction(SaddleSurface::cost, -h, h, -h, h);
        map.setAxisNames("x", "y");
        map.setShowScale(false);
        map.setLevelCount(10);
        map.setOverlay((g, m) -> drawPath(g, m, model.path()));
        map.setAccessibleText("Carte de J(x, y) = x² − y², le point selle au centre");
        surface = new SurfacePlot(model);
        surface.setId("surface");
        alongX = new SectionPlot(model, "Coupe y = 0 : J = x²", x -> x * x, p -> p[0]);
        alongX.setId("section-x");
        alongY = new SectionPlot(model, "Coupe x = 0 : J = −y²", y -> -y * y, p -> p[1]);
        alongY.setId("section-y");
        VBox sections = new VBox(6, alongX, alongY);
        FlowPane panels = new FlowPane(map, surface, sections);
        panels.setHgap(10);
        panels.setVgap(8);

        startY = new NumberSlider("start-y", "Départ y₀", "Écart du départ à l'axe y = 0", model.startYProperty(),
                new NumberSlider.Range(-1, 1, 0.001), v -> FrenchNumbers.compact(v, 4));
        rate = new NumberSlider("rate", "Taux α", "Taux d'apprentissage alpha", model.learningRateProperty(),
                new NumberSlider.Range(0.01, 0.45, 0.01), v -> FrenchNumbers.compact(v, 3));
        Button nudge = new Button("Pousser un peu (y + 0,001)");
        nudge.setId("nudge");
        nudge.setTooltip(new Tooltip("Décale le point de 0,001 en y, comme le ferait un peu de bruit"));
        nudge.setOnAction(e -> model.nudge());
        FlowPane controls = new FlowPane(startY, rate, nudge);
        controls.setHgap(16);
        controls.setVgap(4);

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

        getChildren().addAll(panels, controls, bar, caption);

        onRevision = o -> {
            map.redrawOverlay();
            surface.redraw();
            alongX.redraw();
            alongY.redraw();
        };
        model.revisionProperty().addListener(onRevision);
        follower = new PaletteFollower(palette, this, p -> {
            double em = p.fontSize();
            setSpacing(em * 0.45);
            map.setPalette(p);
            map.setPrefWidth(Math.floor(17 * em));
            map.setHeightRule(0.8, 10, 13);
            double side = Math.floor(13 * em);
            surface.setPalette(p);
            surface.setSize(15 * em, side);
            alongX.setPalette(p);
            alongY.setPalette(p);
            alongX.setSize(11.5 * em, (side - 6) / 2);
            alongY.setSize(11.5 * em, (side - 6) / 2);
        });
    }

    private static void drawPath(javafx.scene.canvas.GraphicsContext g, LossMap m, List<double[]> path) {
        Palette p = m.palette();
        int n = path.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = path.get(i)[0];
            ys[i] = path.get(i)[1];
        }
        Color line = Color.WHITE;
        m.drawPath(g, xs, ys, n, line, 0.14);
        m.drawPoint(g, 0, 0, 0.3, p.negative(), Color.WHITE);
        m.drawPoint(g, xs[0], ys[0], 0.26, p.accent(), Color.WHITE);
        m.drawPoint(g, xs[n - 1], ys[n - 1], 0.3, Color.WHITE, Color.BLACK);
    }

    LossMap map() {
        return map;
    }

    public void dispose() {
        bar.dispose();
        startY.dispose();
        rate.dispose();
        model.revisionProperty().removeListener(onRevision);
        follower.dispose();
    }
}
