package fr.dlintro.ui.widget.activation;

import fr.dlintro.ui.lesson.FormulaNode;
import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.BookCheckLabel;
import fr.dlintro.ui.widget.FrenchNumbers;
import fr.dlintro.ui.widget.FrenchText;
import fr.dlintro.ui.widget.NumberSlider;
import fr.dlintro.ui.widget.PaletteFollower;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
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
import org.scilab.forge.jlatexmath.TeXFormula;

/**
 * Figs. 15–17 and 38–39: the function chooser and the comparison, the plot with its movable
 * point, the readouts f(x) and f′(x), the x and slope sliders, and the typed formulas.
 */
public final class ActivationView extends VBox {
    static final String STYLESHEET =
            Objects.requireNonNull(ActivationView.class.getResource("activation.css")).toExternalForm();

    private final ActivationModel model;
    private final ActivationPlot plot;
    private final ComboBox<ActivationKind> function = new ComboBox<>();
    private final ComboBox<ActivationKind> compare = new ComboBox<>();
    private final CheckBox derivative = new CheckBox("Afficher la dérivée");
    private final NumberSlider x;
    private final NumberSlider slope;
    private final BookCheckLabel bookCheck;
    private final FlowPane formulas = new FlowPane();
    private final List<FormulaNode> formulaNodes = new ArrayList<>();
    private final InvalidationListener redraw;
    private final InvalidationListener refresh;
    private final PaletteFollower follower;

    public ActivationView(ActivationModel model, ObservableValue<Palette> palette) {
        this.model = model;
        getStylesheets().add(STYLESHEET);
        getStyleClass().add("activation");

        StringConverter<ActivationKind> names = new StringConverter<>() {
            @Override
            public String toString(ActivationKind k) {
                return k == null ? "" : k.label();
            }

            @Override
            public ActivationKind fromString(String s) {
                return null;
            }
        };
        function.setId("function");
        function.setItems(FXCollections.observableArrayList(ActivationKind.SIGMOID, ActivationKind.TANH,
                ActivationKind.RELU, ActivationKind.LEAKY_RELU, ActivationKind.PRELU, ActivationKind.GELU));
        function.setConverter(names);
        function.setAccessibleText("Fonction d'activation affichée");
        function.valueProperty().bindBidirectional(model.functionProperty());
        compare.setId("compare");
        compare.setItems(FXCollections.observableArrayList(ActivationKind.values()));
        compare.setConverter(names);
        compare.setAccessibleText("Seconde fonction, pour comparer");
        compare.valueProperty().bindBidirectional(model.compareProperty());
        derivative.setId("derivative");
        derivative.setAccessibleText("Superposer la dérivée de chaque fonction");
        derivative.selectedProperty().bindBidirectional(model.derivativeProperty());
        Label functionLabel = new Label("Fonction :");
        functionLabel.setLabelFor(function);
        Label compareLabel = new Label("Comparer avec :");
        compareLabel.setLabelFor(compare);
        Button bookExample = new Button("Livre : σ(3,75)");
        bookExample.setId("book-example");
        bookExample.setAccessibleText("Montrer l'exemple du livre : la sigmoïde en x = 3,75 (figure 14)");
        bookExample.setOnAction(e -> model.showBookExample());
        bookExample.setMinWidth(Region.USE_PREF_SIZE);
        // σ(3,75) is chapter 3's example; opened with the derivative on (4.4.4, on ReLU and others) it does not belong
        boolean derivativePage = model.derivativeProperty().get() && model.functionProperty().get() != ActivationKind.SIGMOID;
        bookExample.setVisible(!derivativePage);
        bookExample.setManaged(!derivativePage);
        FlowPane choices = new FlowPane(new HBox(functionLabel, function), new HBox(compareLabel, compare), derivative);
        choices.getStyleClass().add("activation-choices");
        choices.getChildren().stream().filter(HBox.class::isInstance).forEach(n -> n.getStyleClass().add("control-row"));

        plot = new ActivationPlot(model);
        plot.setId("plot");

        Label readout = new Label();
        readout.setId("readout");
        readout.getStyleClass().addAll("readout", "readout-main");
        readout.setWrapText(true);
        readout.textProperty().bind(model.readoutProperty());
        Label compareReadout = new Label();
        compareReadout.setId("compare-readout");
        compareReadout.getStyleClass().addAll("readout", "readout-compare");
        compareReadout.setWrapText(true);
        compareReadout.textProperty().bind(model.compareReadoutProperty());
        compareReadout.visibleProperty().bind(compareReadout.textProperty().isNotEmpty());
        compareReadout.managedProperty().bind(compareReadout.visibleProperty());
        bookCheck = new BookCheckLabel(model.bookCheckProperty());
        bookCheck.setId("book-check");
        VBox readouts = new VBox(readout, compareReadout, bookCheck);
        readouts.getStyleClass().add("caption-box");

        x = new NumberSlider("x", "Point x :", "Position du point x", model.xProperty(),
                new NumberSlider.Range(ActivationModel.X_MIN, ActivationModel.X_MAX, 0.05),
                v -> FrenchNumbers.compact(v, 3));
        slope = new NumberSlider("slope", "Pente a (x < 0) :", "Pente a de Leaky ReLU ou valeur apprise de PReLU",
                model.slopeProperty(), new NumberSlider.Range(0, 1, 0.01), v -> FrenchNumbers.compact(v, 3));

        Label note = new Label();
        note.setId("note");
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        FrenchText.bind(note, model.noteProperty());
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());

        formulas.setId("formulas");
        formulas.getStyleClass().add("activation-formulas");

        HBox.setHgrow(x, Priority.ALWAYS);
        HBox xRow = new HBox(x, bookExample);
        xRow.getStyleClass().add("control-row");

        getChildren().addAll(choices, plot, readouts, xRow, slope, note, formulas);

        redraw = o -> plot.redraw();
        model.revisionProperty().addListener(redraw);
        refresh = o -> refreshChoices();
        model.functionProperty().addListener(refresh);
        model.compareProperty().addListener(refresh);
        follower = new PaletteFollower(palette, this, p -> {
            plot.setPalette(p);
            for (FormulaNode f : formulaNodes) {
                f.setStyle(formulaSize(p), p.foreground());
            }
        });
        refreshChoices();
    }

    private static double formulaSize(Palette p) {
        return p.fontSize() * 1.3; // as lesson formulas: Computer Modern looks a size smaller than the text
    }

    /** The slope row only when Leaky ReLU or PReLU is shown; one formula per function shown. */
    private void refreshChoices() {
        ActivationKind f = model.functionProperty().get();
        ActivationKind c = model.compareProperty().get();
        boolean slopeShown = f.hasSlope() || (model.isComparing() && c.hasSlope());
        slope.setVisible(slopeShown);
        slope.setManaged(slopeShown);
        boolean prelu = f == ActivationKind.PRELU || (model.isComparing() && c == ActivationKind.PRELU);
        boolean leaky = f == ActivationKind.LEAKY_RELU || (model.isComparing() && c == ActivationKind.LEAKY_RELU);
        slope.label().setText(prelu && !leaky ? "Pente apprise a (x < 0) :" : "Pente a (x < 0) :");

        formulas.getChildren().clear();
        formulaNodes.clear();
        formulas.getChildren().add(formula(f, "formula-main"));
        if (model.isComparing()) {
            formulas.getChildren().add(formula(c, "formula-compare"));
        }
    }

    private VBox formula(ActivationKind k, String id) {
        Palette p = follower.current();
        FormulaNode node = new FormulaNode(new TeXFormula(k.latex()), true, formulaSize(p), p.foreground());
        node.setId(id);
        node.setAccessibleText("Formule de " + k.label() + " : " + k.latex());
        formulaNodes.add(node);
        Label source = new Label(k.formulaInBook() ? "Formule du livre (section " + section(k) + ")"
                : "Formule ajoutée par cette édition (le livre donne le code PyTorch, 3.2.5)"
                + (k == ActivationKind.GELU ? " ; Φ : fonction de répartition de la loi normale centrée réduite" : ""));
        FrenchText.set(source, source.getText());
        source.setId(id + "-source");
        source.getStyleClass().add(k.formulaInBook() ? "muted" : "edition-addition");
        source.setWrapText(true);
        VBox box = new VBox(new HBox(node), source);
        box.getStyleClass().add("formula-box");
        box.maxWidthProperty().bind(formulas.widthProperty());
        return box;
    }

    private static String section(ActivationKind k) {
        return switch (k) {
            case SIGMOID -> "3.2.2";
            case TANH -> "3.2.4";
            default -> "3.2.5";
        };
    }

    ActivationPlot plot() {
        return plot;
    }

    public void dispose() {
        follower.dispose();
        model.revisionProperty().removeListener(redraw);
        model.functionProperty().removeListener(refresh);
        model.compareProperty().removeListener(refresh);
        function.valueProperty().unbindBidirectional(model.functionProperty());
        compare.valueProperty().unbindBidirectional(model.compareProperty());
        derivative.selectedProperty().unbindBidirectional(model.derivativeProperty());
        x.dispose();
        slope.dispose();
        bookCheck.dispose();
    }
}
