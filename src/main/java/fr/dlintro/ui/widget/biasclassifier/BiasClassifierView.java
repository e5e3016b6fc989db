package fr.dlintro.ui.widget.biasclassifier;

import fr.dlintro.core.demo.TwoClassPoints.Layout;
import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.FrenchNumbers;
import fr.dlintro.ui.widget.FrenchText;
import fr.dlintro.ui.widget.NumberSlider;
import fr.dlintro.ui.widget.PaletteFollower;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.beans.property.DoubleProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;

/** The plane with its points and line beside the controls: data set, bias on or off, w₁, w₂ and b. */
public final class BiasClassifierView extends FlowPane {
    static final String STYLESHEET =
            Objects.requireNonNull(BiasClassifierView.class.getResource("bias-classifier.css")).toExternalForm();
    private static final String[] SET_NAMES = {"Centré", "Décalé", "Diagonal"};
    private static final String[] SET_HELP = {
        "Les deux classes de part et d'autre de l'axe vertical",
        "Les deux classes en haut à droite, l'une derrière l'autre : il faut un biais",
        "Les deux classes de part et d'autre de la diagonale"};

    private final BiasClassifierModel model;
    private final PaletteFollower follower;
    private final SeparationPlot plot;
    private final List<NumberSlider> rows = new ArrayList<>();
    private final InvalidationListener onChange;

    public BiasClassifierView(BiasClassifierModel model, ObservableValue<Palette> palette) {
        this.model = model;
        getStyleClass().add("bias-classifier");
        getStylesheets().add(STYLESHEET);
        setRowValignment(javafx.geometry.VPos.TOP);
        plot = new SeparationPlot(model);
        plot.setId("plot");

        ToggleGroup group = new ToggleGroup();
        FlowPane sets = new FlowPane();
        sets.getStyleClass().add("bias-choices");
        Label setsLabel = new Label("Points :");
        setsLabel.setMinWidth(Region.USE_PREF_SIZE);
        sets.getChildren().add(setsLabel);
        for (Layout layout : Layout.values()) {
            RadioButton rb = new RadioButton(SET_NAMES[layout.ordinal()]);
            rb.setId("set-" + layout.name().toLowerCase(java.util.Locale.ROOT));
            rb.setToggleGroup(group);
            rb.setUserData(layout);
            rb.setTooltip(new Tooltip(SET_HELP[layout.ordinal()]));
            rb.setAccessibleHelp(SET_HELP[layout.ordinal()]);
            rb.setSelected(layout == model.datasetProperty().get());
            sets.getChildren().add(rb);
        }
        group.selectedToggleProperty().addListener((o, a, t) -> {
            if (t != null) {
                model.datasetProperty().set((Layout) t.getUserData());
            }
        });

        CheckBox bias = new CheckBox("Biais b");
        bias.setId("bias");
        bias.setTooltip(new Tooltip("Sans biais, la droite passe toujours par l'origine"));
        bias.setAccessibleHelp("Sans biais, la droite passe toujours par l'origine");
        bias.selectedProperty().bindBidirectional(model.biasEnabledProperty());

        NumberSlider w1 = numberRow("w1", "w₁ :", "Premier poids, w₁", model.w1Property(), BiasClassifierModel.W_MAX);
        NumberSlider w2 = numberRow("w2", "w₂ :", "Second poids, w₂", model.w2Property(), BiasClassifierModel.W_MAX);
        NumberSlider b = numberRow("b", "b :", "Biais, b", model.bProperty(), BiasClassifierModel.B_MAX);
        b.disableProperty().bind(model.biasEnabledProperty().not());

        Button reset = new Button("Droite de départ");
        reset.setId("reset");
        reset.setTooltip(new Tooltip("Revenir à la droite de départ, l'axe horizontal x₂ = 0"));
        reset.setOnAction(e -> model.resetLine());

        Label equation = new Label();
        equation.setId("equation");
        equation.getStyleClass().addAll("caption-title", "readout");
        equation.setWrapText(true);
        FrenchText.bind(equation, model.equationProperty());
        Label errors = new Label();
        errors.setId("errors");
        errors.getStyleClass().add("caption-text");
        errors.setWrapText(true);
        FrenchText.bind(errors, model.errorsProperty());
        Label hint = new Label();
        hint.setId("hint");
        hint.getStyleClass().add("caption-text");
        hint.setWrapText(true);
        FrenchText.bind(hint, model.hintProperty());
        VBox status = new VBox(equation, errors, hint);
        status.getStyleClass().add("caption-box");

        Circle blueMark = new Circle();
        Rectangle redMark = new Rectangle();
        Circle wrongMark = new Circle();
        wrongMark.setFill(null);
        Label blueText = new Label("classe bleue (w·x + b > 0)");
        blueText.setGraphic(blueMark);
        Label redText = new Label("classe rouge (w·x + b < 0)");
        redText.setGraphic(redMark);
        Label wrongText = new Label("point mal classé");
        wrongText.setGraphic(wrongMark);
        FlowPane marks = new FlowPane(blueText, redText, wrongText);
        marks.getStyleClass().add("bias-legend");

        HBox biasRow = new HBox(bias, reset);
        biasRow.getStyleClass().add("control-row");
        VBox side = new VBox(status, sets, biasRow, w1, w2, b, marks);
        side.getStyleClass().add("bias-side");
        getChildren().addAll(plot, side);

        onChange = o -> {
            plot.redraw();
            plot.setAccessibleText("Plan des points : " + model.equationProperty().get() + ". "
                    + model.errorsProperty().get());
        };
        model.revisionProperty().addListener(onChange);
        onChange.invalidated(null);
        follower = new PaletteFollower(palette, this, p -> {
            plot.setPalette(p);
            plot.setSide(Math.max(300, 23 * p.fontSize()));
            double r = Math.max(4, p.fontSize() * 0.3);
            blueMark.setRadius(r);
            blueMark.setFill(p.seriesColor(0));
            redMark.setWidth(1.8 * r);
            redMark.setHeight(1.8 * r);
            redMark.setFill(p.seriesColor(1));
            wrongMark.setRadius(1.3 * r);
            wrongMark.setStroke(p.warning());
            wrongMark.setStrokeWidth(Math.max(2, r * 0.45));
            side.setPrefWidth(Math.max(22 * p.fontSize(), 300));
            side.setMaxWidth(30 * p.fontSize());
        });
    }

    private NumberSlider numberRow(String id, String name, String accessibleName, DoubleProperty value, double max) {
        NumberSlider row = new NumberSlider(id, name, accessibleName, value, new NumberSlider.Range(-max, max, 0.1),
                v -> FrenchNumbers.compact(v, 2));
        // the same width for every name, so the three sliders line up
        row.label().getStyleClass().add("bias-slider-name");
        rows.add(row);
        return row;
    }

    SeparationPlot plot() {
        return plot;
    }

    public void dispose() {
        model.revisionProperty().removeListener(onChange);
        rows.forEach(NumberSlider::dispose);
        follower.dispose();
    }
}
