package fr.dlintro.ui.widget.differentiable;

import fr.dlintro.ui.lesson.FormulaNode;
import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.FrenchNumbers;
import fr.dlintro.ui.widget.FrenchText;
import fr.dlintro.ui.widget.NumberSlider;
import fr.dlintro.ui.widget.PaletteFollower;
import java.util.List;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.scilab.forge.jlatexmath.TeXFormula;

/**
 * Fig. 25 with footnote 2: two panels (x² and |x|), each headed by its formula and followed
 * by what happens at the point; under them the point x, the magnifier and a sentence that
 * says what to see.
 */
public final class DifferentiableView extends VBox {
    static final String STYLESHEET =
            Objects.requireNonNull(DifferentiableView.class.getResource("differentiable.css")).toExternalForm();

    private final DifferentiableModel model;
    private final TangentPlot square;
    private final TangentPlot abs;
    private final List<FormulaNode> formulas;
    private final NumberSlider x;
    private final Slider zoom = new Slider(0, DifferentiableModel.MAX_ZOOM_LEVEL, 0);
    private final InvalidationListener redraw;
    private final ChangeListener<Number> zoomFromModel = (o, a, v) -> zoom.setValue(v.intValue());
    private final PaletteFollower follower;

    public DifferentiableView(DifferentiableModel model, ObservableValue<Palette> palette) {
        this.model = model;
        getStylesheets().add(STYLESHEET);
        getStyleClass().add("differentiable");

        square = new TangentPlot(model, Curve.SQUARE);
        square.setId("plot-square");
        abs = new TangentPlot(model, Curve.ABS);
        abs.setId("plot-abs");
        FormulaNode squareFormula = formula(Curve.SQUARE.latex(), "f de x égale x au carré");
        FormulaNode squareDerivative = formula(Curve.SQUARE.derivativeLatex(), "f prime de x égale 2 x");
        FormulaNode absFormula = formula(Curve.ABS.latex(), "g de x égale valeur absolue de x");
        FormulaNode absDerivative = formula(Curve.ABS.derivativeLatex(),
                "g prime de x égale le signe de x, pour x non nul");
        formulas = List.of(squareFormula, squareDerivative, absFormula, absDerivative);
        VBox left = panel("square", squareFormula, squareDerivative, square, model.squareReadingProperty());
        VBox right = panel("abs", absFormula, absDerivative, abs, model.absReadingProperty());
        FlowPane panels = new FlowPane(left, right);
        panels.getStyleClass().add("differentiable-panels");

        x = new NumberSlider("x", "Point x :", "Abscisse du point de tangence", model.xProperty(),
                new NumberSlider.Range(DifferentiableModel.X_MIN, DifferentiableModel.X_MAX, 0.05),
                v -> FrenchNumbers.compact(v, 3));
        HBox.setHgrow(x, Priority.ALWAYS);
        Button kink = new Button("x = 0");
        kink.setId("at-kink");
        kink.setAccessibleText("Placer le point en x = 0, la pointe de |x|");
        kink.setOnAction(e -> model.xProperty().set(0));
        kink.setMinWidth(Region.USE_PREF_SIZE);
        zoom.setId("zoom");
        zoom.setMajorTickUnit(1);
        zoom.setMinorTickCount(0);
        zoom.setSnapToTicks(true);
        zoom.setBlockIncrement(1);
        zoom.setShowTickMarks(true);
        zoom.setAccessibleText("Grossissement de la loupe autour du point");
        zoom.setValue(model.zoomLevelProperty().get());
        zoom.valueProperty().addListener((o, a, v) -> {
            int level = (int) Math.round(v.doubleValue());
            if (level != model.zoomLevelProperty().get()) {
                model.zoomLevelProperty().set(level);
            }
        });
        model.zoomLevelProperty().addListener(zoomFromModel);
        Label zoomLabel = new Label();
        zoomLabel.setId("zoom-label");
        zoomLabel.getStyleClass().add("zoom-label");
        zoomLabel.textProperty().bind(model.zoomTextProperty());
        zoomLabel.setLabelFor(zoom);
        Label zoomName = new Label("Loupe :");
        zoomName.setLabelFor(zoom);
        zoomName.setMinWidth(Region.USE_PREF_SIZE);
        HBox xRow = new HBox(x, kink);
        xRow.getStyleClass().add("control-row");
        HBox zoomRow = new HBox(zoomName, zoom, zoomLabel);
        zoomRow.getStyleClass().add("control-row");
        FlowPane controls = new FlowPane(xRow, zoomRow);
        controls.getStyleClass().add("differentiable-controls");

        Label verdict = new Label();
        verdict.setId("verdict");
        verdict.getStyleClass().add("caption-text");
        verdict.setWrapText(true);
        FrenchText.bind(verdict, model.verdictProperty());
        VBox verdictBox = new VBox(verdict);
        verdictBox.getStyleClass().add("caption-box");

        getChildren().addAll(panels, controls, verdictBox);

        redraw = o -> {
            square.redraw();
            abs.redraw();
        };
        model.revisionProperty().addListener(redraw);
        follower = new PaletteFollower(palette, this, p -> {
            square.setPalette(p);
            abs.setPalette(p);
            for (FormulaNode f : formulas) {
                f.setStyle(p.fontSize() * 1.1, p.foreground());
            }
            xRow.setPrefWidth(22 * p.fontSize());
            zoomRow.setPrefWidth(20 * p.fontSize());
        });
    }

    private static FormulaNode formula(String latex, String spoken) {
        FormulaNode f = new FormulaNode(new TeXFormula(latex), false, 16, javafx.scene.paint.Color.BLACK);
        f.setAccessibleText(spoken);
        return f;
    }

    private static VBox panel(String id, FormulaNode formula, FormulaNode derivative, TangentPlot plot,
            ObservableValue<String> reading) {
        formula.setId("formula-" + id);
        derivative.setId("derivative-" + id);
        FlowPane head = new FlowPane(formula, derivative);
        head.getStyleClass().add("panel-head");
        Label r = new Label();
        r.setId("reading-" + id);
        r.getStyleClass().add("readout-text");
        r.setWrapText(true);
        FrenchText.bind(r, reading);
        VBox box = new VBox(head, plot, r);
        box.getStyleClass().add("differentiable-panel");
        // as wide as the plot: a long reading wraps instead of widening the panel
        box.prefWidthProperty().bind(plot.widthProperty());
        box.maxWidthProperty().bind(plot.widthProperty());
        return box;
    }

    TangentPlot squarePlot() { return square; }

    TangentPlot absPlot() { return abs; }

    public void dispose() {
        follower.dispose();
        model.revisionProperty().removeListener(redraw);
        model.zoomLevelProperty().removeListener(zoomFromModel);
        x.dispose();
    }
}
