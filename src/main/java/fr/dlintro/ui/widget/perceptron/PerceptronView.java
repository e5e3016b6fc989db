package fr.dlintro.ui.widget.perceptron;

import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.BookCheckLabel;
import fr.dlintro.ui.widget.FrenchText;
import fr.dlintro.ui.widget.NumberSlider;
import fr.dlintro.ui.widget.PaletteFollower;
import fr.dlintro.ui.widget.ShrinkToFit;
import fr.dlintro.ui.widget.activation.ActivationKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The book's presets, the diagram, the calculation written out with the current numbers and
 * what the book prints, then one row per input (x and w, slider and field), the bias and the
 * activation. Rows are rebuilt only when the number of inputs changes, never while dragging.
 */
public final class PerceptronView extends VBox {
    static final String STYLESHEET =
            Objects.requireNonNull(PerceptronView.class.getResource("perceptron.css")).toExternalForm();
    private static final PseudoClass ACTIVE = PseudoClass.getPseudoClass("active");
    private static final NumberSlider.Range INPUT_RANGE = new NumberSlider.Range(-10, 10, 0.5, -1000, 1000);
    private static final NumberSlider.Range WEIGHT_RANGE = new NumberSlider.Range(-2, 2, 0.05, -100, 100);
    private static final NumberSlider.Range BIAS_RANGE = new NumberSlider.Range(-5, 5, 0.05, -100, 100);

    private final PerceptronModel model;
    private final PerceptronDiagram diagram;
    private final VBox synapseRows = new VBox();
    private final List<NumberSlider> sliders = new ArrayList<>();
    private final NumberSlider bias;
    private final CheckBox biasOn = new CheckBox("Biais b");
    private final ComboBox<ActivationKind> activation = new ComboBox<>();
    private final Button add = new Button("Ajouter une entrée");
    private final Button remove = new Button("Retirer une entrée");
    private final Map<PerceptronPreset, Button> presetButtons = new EnumMap<>(PerceptronPreset.class);
    private final BookCheckLabel bookCheck;
    private final ListChangeListener<PerceptronModel.Synapse> structure;
    private final InvalidationListener redraw;
    private final InvalidationListener biasShape;
    private final ChangeListener<PerceptronPreset> presetMarker;
    private final PaletteFollower follower;

    public PerceptronView(PerceptronModel model, ObservableValue<Palette> palette) {
        this.model = model;
        getStylesheets().add(STYLESHEET);
        getStyleClass().add("perceptron");

        Label presetsLabel = new Label("Livre :");
        presetsLabel.getStyleClass().add("caption-title");
        FlowPane presets = new FlowPane(presetsLabel);
        presets.getStyleClass().add("perceptron-presets");
        for (PerceptronPreset p : PerceptronPreset.values()) {
            Button b = new Button(p.label());
            b.setId("preset-" + p.key());
            b.getStyleClass().add("preset-button");
            b.setAccessibleText("Exemple du livre : " + p.label());
            b.setOnAction(e -> model.apply(p));
            presetButtons.put(p, b);
            presets.getChildren().add(b);
        }

        diagram = new PerceptronDiagram(model);
        diagram.setId("diagram");

        Label calculation = new Label();
        calculation.setId("calculation");
        calculation.getStyleClass().addAll("readout", "calculation");
        calculation.setWrapText(true);
        calculation.textProperty().bind(model.calculationProperty());
        Label activationLine = new Label();
        activationLine.setId("activation-line");
        activationLine.getStyleClass().add("caption-text");
        activationLine.setMinWidth(Region.USE_PREF_SIZE); // short; the book's note beside it wraps instead
        activationLine.setWrapText(true);
        activationLine.textProperty().bind(model.activationLineProperty());
        bookCheck = new BookCheckLabel(model.bookCheckProperty());
        bookCheck.setId("book-check");
        // an HBox rather than a FlowPane: a long erratum note wraps beside the output line
        HBox outcome = new HBox(activationLine, bookCheck);
        HBox.setHgrow(bookCheck, Priority.ALWAYS);
        outcome.getStyleClass().add("perceptron-outcome");
        VBox result = new VBox(calculation, outcome);
        result.getStyleClass().add("caption-box");

        synapseRows.getStyleClass().add("synapse-rows");
        add.setText("+ entrée");
        add.setId("add-input");
        add.setAccessibleText("Ajouter une entrée au perceptron");
        add.setOnAction(e -> model.addInput());
        remove.setText("− entrée");
        remove.setId("remove-input");
        remove.setAccessibleText("Retirer la dernière entrée");
        remove.setOnAction(e -> model.removeInput());

        biasOn.setId("bias-on");
        biasOn.setAccessibleText("Ajouter un biais au perceptron");
        biasOn.selectedProperty().bindBidirectional(model.biasEnabledProperty());
        bias = new NumberSlider("bias", "", "Biais b", model.biasProperty(), BIAS_RANGE, PerceptronModel::number);
        bias.disableProperty().bind(biasOn.selectedProperty().not());
        bias.getStyleClass().add("bias-slider");
        HBox biasRow = new HBox(biasOn, bias);
        biasRow.getStyleClass().add("control-row");

        activation.setId("activation");
        activation.setItems(FXCollections.observableArrayList(ActivationKind.NONE, ActivationKind.SIGMOID,
                ActivationKind.TANH, ActivationKind.RELU, ActivationKind.LEAKY_RELU, ActivationKind.GELU));
        activation.setConverter(new StringConverter<>() {
            @Override
            public String toString(ActivationKind k) {
                return k == null ? "" : k.label();
            }

            @Override
            public ActivationKind fromString(String s) {
                return null;
            }
        });
        activation.setAccessibleText("Fonction d'activation du perceptron");
        activation.valueProperty().bindBidirectional(model.activationProperty());
        Label activationLabel = new Label("Activation :");
        activationLabel.setLabelFor(activation);
        HBox activationBox = new HBox(activationLabel, activation);
        activationBox.getStyleClass().add("control-row");
        HBox inputButtons = new HBox(add, remove);
        inputButtons.getStyleClass().add("control-row");
        FlowPane neuronRow = new FlowPane(biasRow, activationBox, inputButtons);
        neuronRow.getStyleClass().add("perceptron-buttons");

        Label legend = new Label();
        FrenchText.set(legend, "Trait épais : grand poids, donc entrée influente ; bleu : poids positif, rouge : négatif.");
        legend.setId("diagram-legend");
        legend.getStyleClass().addAll("muted", "diagram-legend");
        legend.setWrapText(true);

        getChildren().addAll(presets, new ShrinkToFit(diagram), legend, result, synapseRows, neuronRow);

        structure = c -> {
            while (c.next()) {
                if (!c.wasUpdated()) {
                    rebuildRows();
                    diagram.shapeChanged();
                    return;
                }
            }
        };
        model.synapses().addListener(structure);
        redraw = o -> diagram.redraw();
        model.revisionProperty().addListener(redraw);
        biasShape = o -> diagram.shapeChanged();
        model.biasEnabledProperty().addListener(biasShape);
        presetMarker = (o, a, p) -> markPreset(p);
        model.presetProperty().addListener(presetMarker);
        follower = new PaletteFollower(palette, this, diagram::setPalette);
        rebuildRows();
        markPreset(model.presetProperty().get());
    }

    private void rebuildRows() {
        sliders.forEach(NumberSlider::dispose);
        sliders.clear();
        synapseRows.getChildren().clear();
        List<PerceptronModel.Synapse> all = model.synapses();
        for (int i = 0; i < all.size(); i++) {
            String n = PerceptronDiagram.subscript(i + 1);
            NumberSlider x = new NumberSlider("x-" + i, "x" + n, "Entrée x" + (i + 1), all.get(i).inputProperty(),
                    INPUT_RANGE, PerceptronModel::number);
            NumberSlider w = new NumberSlider("w-" + i, "w" + n, "Poids w" + (i + 1), all.get(i).weightProperty(),
                    WEIGHT_RANGE, PerceptronModel::number);
            HBox.setHgrow(x, Priority.ALWAYS);
            HBox.setHgrow(w, Priority.ALWAYS);
            HBox row = new HBox(x, w);
            row.getStyleClass().add("synapse-row");
            sliders.add(x);
            sliders.add(w);
            synapseRows.getChildren().add(row);
        }
        add.setDisable(all.size() >= PerceptronModel.MAX_INPUTS);
        remove.setDisable(all.size() <= 1);
    }

    private void markPreset(PerceptronPreset active) {
        presetButtons.forEach((p, b) -> b.pseudoClassStateChanged(ACTIVE, p == active));
    }

    PerceptronDiagram diagram() {
        return diagram;
    }

    public void dispose() {
        follower.dispose();
        model.synapses().removeListener(structure);
        model.revisionProperty().removeListener(redraw);
        model.biasEnabledProperty().removeListener(biasShape);
        model.presetProperty().removeListener(presetMarker);
        biasOn.selectedProperty().unbindBidirectional(model.biasEnabledProperty());
        activation.valueProperty().unbindBidirectional(model.activationProperty());
        sliders.forEach(NumberSlider::dispose);
        bias.dispose();
        bookCheck.dispose();
    }
}
