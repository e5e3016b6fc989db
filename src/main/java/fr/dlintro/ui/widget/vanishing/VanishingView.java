package fr.dlintro.ui.widget.vanishing;

import fr.dlintro.core.demo.DeepGradients;
import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.BookCheckLabel;
import fr.dlintro.ui.widget.FrenchNumbers;
import fr.dlintro.ui.widget.FrenchText;
import fr.dlintro.ui.widget.NumberSlider;
import fr.dlintro.ui.widget.PaletteFollower;
import java.util.Objects;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The vanishing widget: depth, activation and weight scale, the log-scale bars of the
 * gradient per layer, the selected layer's readout, why the bars look so, and the book's
 * example with its errors at five layers.
 */
public final class VanishingView extends VBox {
    static final String STYLESHEET =
            Objects.requireNonNull(VanishingView.class.getResource("vanishing.css")).toExternalForm();

    private final VanishingModel model;
    private final GradientBars bars;
    private final ComboBox<VanishingModel.Kind> activation = new ComboBox<>();
    private final NumberSlider depth;
    private final NumberSlider scale;
    private final DoubleProperty depthValue = new SimpleDoubleProperty();
    private final ChangeListener<Number> depthFromModel;
    private final ChangeListener<Number> depthToModel;
    private final Label readout = new Label();
    private final Label explanation = new Label();
    private final BookCheckLabel bookNote;
    private final PaletteFollower follower;
    private final ChangeListener<Number> onChange = (o, a, b) -> refresh();

    public VanishingView(VanishingModel model, ObservableValue<Palette> palette) {
        this.model = model;
        getStylesheets().add(STYLESHEET);
        getStyleClass().add("vanishing");

        // the slider works on doubles; the model's depth is an integer
        depthValue.set(model.depthProperty().get());
        depthFromModel = (o, a, v) -> depthValue.set(v.intValue());
        depthToModel = (o, a, v) -> model.depthProperty().set((int) Math.round(v.doubleValue()));
        model.depthProperty().addListener(depthFromModel);
        depthValue.addListener(depthToModel);
        depth = new NumberSlider("depth", "Couches :", "Nombre de couches cachées", depthValue,
                new NumberSlider.Range(VanishingModel.MIN_DEPTH, VanishingModel.MAX_DEPTH, 1),
                v -> FrenchNumbers.compact(v, 0));
        depth.field().setPrefColumnCount(2);
        scale = new NumberSlider("scale", "Échelle des poids :",
                "Échelle des poids initiaux : écart type 0,5 fois l'échelle ; 1 est l'initialisation de He, 0,71 celle de Xavier",
                model.weightScaleProperty(), new NumberSlider.Range(0.1, 5, 0.05), v -> FrenchNumbers.compact(v, 2));
        scale.field().setPrefColumnCount(3);

        activation.setId("activation");
        activation.setItems(FXCollections.observableArrayList(VanishingModel.Kind.values()));
        activation.setConverter(new StringConverter<>() {
            @Override
            public String toString(VanishingModel.Kind k) {
                return k == null ? "" : k.label();
            }

            @Override
            public VanishingModel.Kind fromString(String s) {
                return null;
            }
        });
        activation.setAccessibleText("Activation des couches cachées");
        activation.valueProperty().bindBidirectional(model.activationProperty());
        Label activationLabel = new Label("Activation :");
        activationLabel.setLabelFor(activation);
        HBox activationRow = new HBox(activationLabel, activation);
        activationRow.getStyleClass().add("control-row");

        Button redraw = button("redraw", "Nouveau tirage", "Tirer d'autres poids et un autre lot de données", model::redraw);
        Button book = button("book-example", "Exemple du livre : 5 couches",
                "Cinq couches cachées, comme l'exemple de la section 4.4.4.1", model::showBookExample);
        FlowPane controls = new FlowPane(depth, activationRow, scale, redraw, book);
        controls.getStyleClass().add("vanishing-controls");
        controls.setAlignment(Pos.CENTER_LEFT);

        bars = new GradientBars(model);
        bars.setId("bars");

        readout.setId("readout");
        readout.getStyleClass().add("caption-title");
        readout.setWrapText(true);
        explanation.setId("explanation");
        explanation.getStyleClass().add("caption-text");
        explanation.setWrapText(true);
        bookNote = new BookCheckLabel(model.bookNoteProperty());
        bookNote.setId("book-note");
        Label setting = new Label(DeepGradients.WIDTH + " neurones par couche, sortie linéaire, MSE sur "
                + DeepGradients.BATCH + " exemples tirés au hasard, en float32.");
        FrenchText.set(setting, setting.getText());
        setting.setId("setting");
        setting.getStyleClass().add("muted");
        setting.setWrapText(true);
        VBox caption = new VBox(readout, explanation, bookNote);
        caption.getStyleClass().add("caption-box");

        getChildren().addAll(controls, bars, caption, setting);

        model.revisionProperty().addListener(onChange);
        follower = new PaletteFollower(palette, this, bars::setPalette);
        refresh();
    }

    private static Button button(String id, String text, String help, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add(atlantafx.base.theme.Styles.SMALL);
        b.setTooltip(new Tooltip(help));
        b.setAccessibleHelp(help);
        b.setMinWidth(USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void refresh() {
        FrenchText.set(readout, model.readout());
        FrenchText.set(explanation, model.explanation());
        bars.redraw();
    }

    GradientBars bars() {
        return bars;
    }

    public void dispose() {
        model.revisionProperty().removeListener(onChange);
        model.depthProperty().removeListener(depthFromModel);
        depthValue.removeListener(depthToModel);
        activation.valueProperty().unbindBidirectional(model.activationProperty());
        depth.dispose();
        scale.dispose();
        bookNote.dispose();
        follower.dispose();
    }
}
