package fr.dlintro.ui.widget.feedforward;

import static fr.dlintro.ui.widget.feedforward.Terms.compact;
import static fr.dlintro.ui.widget.feedforward.Terms.subscript;
import static fr.dlintro.ui.widget.feedforward.Terms.superscript;

import fr.dlintro.ui.lesson.FormulaNode;
import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.BookCheck;
import fr.dlintro.ui.widget.BookCheckLabel;
import fr.dlintro.ui.widget.FrenchText;
import fr.dlintro.ui.widget.ShrinkToFit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.scilab.forge.jlatexmath.TeXFormula;

/**
 * What happens in one layer: the matrix product with the current numbers, one neuron's sum
 * written out as the book does it (the reader picks which), the book's values beside the
 * computed ones, and, folded away, the layer's weights and biases as editable fields.
 */
final class LayerDetail extends VBox {
    private final FeedforwardModel model;
    private final int layer;
    private final StackPane formulaHolder = new StackPane();
    private final Label sumLine = new Label();
    private final Label activationLine = new Label();
    private final ObjectProperty<BookCheck> check = new SimpleObjectProperty<>(this, "check");
    private final BookCheckLabel bookCheck = new BookCheckLabel(check);
    private final List<RadioButton> neuronChoices = new ArrayList<>();
    private final List<NumberField> fields = new ArrayList<>();
    private final TitledPane editor;
    private Palette palette;

    /** @param onPointedWeight told {layer, in, out} when the reader points at a weight field, null when they leave */
    LayerDetail(FeedforwardModel model, int layer, Consumer<int[]> onPointedWeight) {
        this.model = model;
        this.layer = layer;
        getStyleClass().add("ff-detail");
        setId("detail-" + layer);

        formulaHolder.getStyleClass().add("ff-formula");
        formulaHolder.setAccessibleText(FeedforwardModel.layerFormula(layer));
        formulaHolder.setAlignment(Pos.CENTER_LEFT);

        FlowPane choice = new FlowPane();
        choice.getStyleClass().add("ff-choice");
        int out = FeedforwardModel.size(layer);
        if (out > 1) {
            Label which = new Label("Calcul détaillé du neurone :");
            choice.getChildren().add(which);
            ToggleGroup group = new ToggleGroup();
            for (int o = 0; o < out; o++) {
                final int index = o;
                RadioButton rb = new RadioButton(String.valueOf(o + 1));
                rb.setId("neuron-choice-" + layer + "-" + o);
                rb.setAccessibleText("Détailler le neurone " + (o + 1) + " de la "
                        + FeedforwardModel.layerName(layer).toLowerCase(Locale.FRENCH));
                rb.setToggleGroup(group);
                rb.setOnAction(e -> model.neuronProperty().set(index));
                neuronChoices.add(rb);
                choice.getChildren().add(rb);
            }
        }
        bookCheck.setId("book-check-" + layer);

        sumLine.setId("sum-" + layer);
        sumLine.getStyleClass().add("readout");
        sumLine.setWrapText(true);
        activationLine.setId("act-" + layer);
        activationLine.getStyleClass().add("readout");

        editor = new TitledPane("Modifier les poids et les biais de cette couche", weightEditor(onPointedWeight));
        editor.setId("editor-" + layer);
        editor.setExpanded(false);
        editor.setAnimated(false);
        editor.getStyleClass().add("ff-editor");

        // the book's values sit on the activation's line, right after the computed ones
        FlowPane result = new FlowPane(activationLine, bookCheck);
        result.getStyleClass().add("ff-choice");
        getChildren().add(formulaHolder);
        if (out > 1) {
            getChildren().add(choice);
        }
        getChildren().addAll(sumLine, result, editor);
    }

    private VBox weightEditor(Consumer<int[]> onPointedWeight) {
        int in = FeedforwardModel.size(layer - 1);
        int out = FeedforwardModel.size(layer);
        String layerName = FeedforwardModel.layerName(layer).toLowerCase(Locale.FRENCH);
        GridPane grid = new GridPane();
        grid.getStyleClass().add("ff-weights");
        Label corner = new Label("W" + superscript(layer));
        corner.getStyleClass().add("caption-title");
        grid.add(corner, 0, 0);
        for (int o = 0; o < out; o++) {
            Label head = new Label(out == 1 ? "→ sortie" : "→ neurone " + (o + 1));
            head.getStyleClass().add("muted");
            grid.add(head, o + 1, 0);
        }
        for (int i = 0; i < in; i++) {
            String source = layer == 1 ? "x" + subscript(i + 1) + " (" + FeedforwardModel.inputUnit(i) + ")"
                    : "a" + subscript(i + 1) + superscript(layer - 1);
            Label rowName = new Label("depuis " + source);
            grid.add(rowName, 0, i + 1);
            for (int o = 0; o < out; o++) {
                final int ii = i;
                final int oo = o;
                NumberField f = new NumberField(() -> model.weight(layer, ii, oo),
                        v -> model.setWeight(layer, ii, oo, v),
                        "Poids de " + source + " vers le neurone " + (o + 1) + " de la " + layerName);
                f.setId("w-" + layer + "-" + i + "-" + o);
                int[] ref = {layer, i, o};
                f.focusedProperty().addListener((obs, was, is) -> onPointedWeight.accept(is ? ref : null));
                f.setOnMouseEntered(e -> onPointedWeight.accept(ref));
                f.setOnMouseExited(e -> onPointedWeight.accept(f.isFocused() ? ref : null));
                rowName.setLabelFor(f);
                fields.add(f);
                grid.add(f, o + 1, i + 1);
            }
        }
        Label biasName = new Label("biais b" + superscript(layer));
        biasName.getStyleClass().add("caption-title");
        grid.add(biasName, 0, in + 1);
        for (int o = 0; o < out; o++) {
            final int oo = o;
            NumberField f = new NumberField(() -> model.bias(layer, oo), v -> model.setBias(layer, oo, v),
                    "Biais du neurone " + (o + 1) + " de la " + layerName);
            f.setId("b-field-" + layer + "-" + o);
            biasName.setLabelFor(f);
            fields.add(f);
            grid.add(f, o + 1, in + 1);
        }
        Label hint = new Label("Une ligne par entrée, comme les tableaux numpy du livre : tout ce qui suit se recalcule.");
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        VBox box = new VBox(hint, grid);
        box.getStyleClass().add("ff-editor-content");
        return box;
    }

    void setPalette(Palette p) {
        this.palette = p;
        refreshFormula();
    }

    void refresh() {
        int o = Math.min(model.neuronProperty().get(), FeedforwardModel.size(layer) - 1);
        for (int k = 0; k < neuronChoices.size(); k++) {
            neuronChoices.get(k).setSelected(k == o);
        }
        FrenchText.set(sumLine, model.sumLine(layer, o));
        activationLine.setText(model.activationLine(layer, o));
        check.set(model.bookCheck(layer));
        for (NumberField f : fields) {
            f.refresh();
        }
        refreshFormula();
    }

    /** z = x · W + b with the current numbers, as matrices; drawn again only on a change, never while dragging. */
    private void refreshFormula() {
        if (palette == null || !isVisible()) {
            return;
        }
        int in = FeedforwardModel.size(layer - 1);
        int out = FeedforwardModel.size(layer);
        String previous = layer == 1 ? "x" : "a^{(" + (layer - 1) + ")}";
        StringBuilder tex = new StringBuilder("z^{(" + layer + ")} = " + previous + " \\cdot W^{(" + layer + ")} + b^{("
                + layer + ")} = \\begin{pmatrix}");
        for (int i = 0; i < in; i++) {
            tex.append(i == 0 ? "" : " & ").append(tex(model.a(layer - 1, i)));
        }
        tex.append("\\end{pmatrix} \\cdot \\begin{pmatrix}");
        for (int i = 0; i < in; i++) {
            for (int o = 0; o < out; o++) {
                tex.append(o == 0 ? "" : " & ").append(tex(model.weight(layer, i, o)));
            }
            tex.append(i + 1 < in ? " \\\\ " : "");
        }
        tex.append("\\end{pmatrix} + \\begin{pmatrix}");
        for (int o = 0; o < out; o++) {
            tex.append(o == 0 ? "" : " & ").append(tex(model.bias(layer, o)));
        }
        tex.append("\\end{pmatrix} = \\begin{pmatrix}");
        for (int o = 0; o < out; o++) {
            tex.append(o == 0 ? "" : " & ").append(tex(model.z(layer, o)));
        }
        tex.append("\\end{pmatrix}");
        FormulaNode formula = new FormulaNode(new TeXFormula(tex.toString()), false, 0.95 * palette.fontSize(),
                palette.foreground());
        // the matrices keep their size and shrink as a whole when the column is too narrow
        StackPane holder = new StackPane(formula);
        holder.setMinWidth(formula.getWidth());
        holder.setAlignment(Pos.CENTER_LEFT);
        formulaHolder.getChildren().setAll(new ShrinkToFit(holder));
    }

    /** A number for JLaTeXMath: {,} keeps the decimal comma from adding a space. */
    private static String tex(double v) {
        return compact(v).replace("\u2212", "-").replace("\u202F", "\\,").replace(",", "{,}");
    }

    TitledPane editor() {
        return editor;
    }
}
