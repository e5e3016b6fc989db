package fr.dlintro.ui.widget.backprop;

import static fr.dlintro.core.demo.BackpropChain.PARAMETERS;
import static fr.dlintro.ui.widget.backprop.BackpropModel.DIGITS;

import fr.dlintro.core.demo.BackpropChain;
import fr.dlintro.ui.widget.SignificantNumbers;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Fig. 37 drawn by the app, left to right: x, the two hidden neurons, the output ŷ and the
 * cost J. Each layer's weight and bias sit above the neuron they feed, as fields; their
 * gradients appear below it, in the colour of the book's Fig. 36, once computed. Nodes are
 * made once; {@link #refresh()} only changes texts and states.
 */
final class BackpropDiagram extends GridPane {
    static final PseudoClass ACTIVE = PseudoClass.getPseudoClass("active");
    static final PseudoClass PENDING = PseudoClass.getPseudoClass("pending");

    private final BackpropModel model;
    private final ParameterField[] fields = new ParameterField[PARAMETERS];
    private final Label[] gradients = new Label[PARAMETERS];
    private final ParameterField xField;
    private final ParameterField yField;
    private final ParameterField rateField;
    private final Label z1 = value("z1");
    private final Label a1 = value("a1");
    private final Label z2 = value("z2");
    private final Label a2 = value("a2");
    private final Label yHat = value("yhat");
    private final Label cost = value("cost");
    private final Label dYHat = new Label();
    private final VBox[] neurons = new VBox[5]; // x, hidden 1, hidden 2, output, cost

    BackpropDiagram(BackpropModel model) {
        this.model = model;
        getStyleClass().add("bp-diagram");
        for (int c = 0; c < 9; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHalignment(HPos.CENTER);
            if (c % 2 == 0) {
                cc.setHgrow(Priority.ALWAYS);
            }
            getColumnConstraints().add(cc);
        }
        xField = new ParameterField("x-field", "Entrée x", () -> model.xProperty().get(), model.xProperty()::set, DIGITS);
        yField = new ParameterField("y-field", "Valeur cible y", () -> model.yProperty().get(), model.yProperty()::set,
                DIGITS);
        rateField = new ParameterField("rate-field", "Taux d'apprentissage α", () -> model.learningRateProperty().get(),
                model::setLearningRate, DIGITS);
        neurons[0] = box("neuron-x", "bp-input", row("x =", xField));
        neurons[1] = box("neuron-1", "bp-hidden", z1, a1);
        neurons[2] = box("neuron-2", "bp-hidden", z2, a2);
        neurons[3] = box("neuron-out", "bp-output", yHat);
        neurons[4] = box("neuron-cost", "bp-cost", cost);
        for (int n = 0; n < neurons.length; n++) {
            add(neurons[n], 2 * n, 2);
            if (n > 0) {
                Label arrow = new Label("⟶");
                arrow.getStyleClass().add("bp-arrow");
                add(arrow, 2 * n - 1, 2);
            }
        }
        String[] layerNames = {"de la couche cachée 1", "de la couche cachée 2", "de la couche de sortie"};
        for (int k = 0; k < PARAMETERS; k++) {
            final int kk = k;
            String name = BackpropModel.NAMES.get(k);
            String what = (k % 2 == 0 ? "Poids " : "Biais ") + name + " " + layerNames[k / 2];
            fields[k] = new ParameterField("param-" + k, what, () -> model.parameter(kk), v -> model.setParameter(kk, v),
                    DIGITS);
            int column = 2 * (k / 2 + 1);
            add(row(name + " =", fields[k]), column, k % 2);
            gradients[k] = new Label();
            gradients[k].setId("grad-" + k);
            gradients[k].getStyleClass().add("bp-gradient");
            add(gradients[k], column, 3 + k % 2);
        }
        add(row("y =", yField), 8, 0);
        add(row("α =", rateField), 8, 1);
        dYHat.setId("grad-yhat");
        dYHat.getStyleClass().add("bp-gradient");
        add(dYHat, 8, 3);
        for (Node n : getChildren()) {
            GridPane.setValignment(n, VPos.CENTER);
        }
        refresh();
    }

    private static Label value(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("bp-value");
        return l;
    }

    private static HBox row(String name, ParameterField field) {
        Label label = new Label(name);
        label.setLabelFor(field);
        label.getStyleClass().add("bp-name");
        label.setMinWidth(USE_PREF_SIZE);
        HBox row = new HBox(label, field);
        row.getStyleClass().add("bp-field-row");
        row.setAlignment(Pos.CENTER);
        return row;
    }

    private static VBox box(String id, String kind, Node... content) {
        VBox box = new VBox(content);
        box.setId(id);
        box.getStyleClass().addAll("bp-neuron", kind);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(USE_PREF_SIZE);
        return box;
    }

    private static String shown(double v) {
        return SignificantNumbers.format(v, DIGITS);
    }

    void refresh() {
        BackpropChain.Values v = model.values();
        BackpropStage s = model.stageProperty().get();
        xField.refresh();
        yField.refresh();
        rateField.refresh();
        for (ParameterField f : fields) {
            f.refresh();
            f.pseudoClassStateChanged(ACTIVE, s == BackpropStage.UPDATE);
        }
        show(z1, "z¹", v.z1(), BackpropStage.LAYER1);
        show(a1, "a¹", v.a1(), BackpropStage.LAYER1);
        show(z2, "z²", v.z2(), BackpropStage.LAYER2);
        show(a2, "a²", v.a2(), BackpropStage.LAYER2);
        show(yHat, "ŷ", v.yHat(), BackpropStage.OUTPUT);
        show(cost, "J", v.cost(), BackpropStage.COST);
        BackpropStage[] forward = {BackpropStage.START, BackpropStage.LAYER1, BackpropStage.LAYER2,
                BackpropStage.OUTPUT, BackpropStage.COST};
        for (int n = 0; n < neurons.length; n++) {
            neurons[n].pseudoClassStateChanged(ACTIVE, s == forward[n]);
            neurons[n].pseudoClassStateChanged(PENDING, !model.reached(forward[n]));
        }
        gradient(dYHat, "∂J/∂ŷ", v.dJdYHat(), BackpropStage.D_YHAT);
        for (int k = 0; k < PARAMETERS; k++) {
            gradient(gradients[k], "∂J/∂" + BackpropModel.NAMES.get(k), v.gradient(k), BackpropStage.gradientOf(k));
        }
        StringBuilder spoken = new StringBuilder("Réseau x, deux neurones cachés sigmoïdes, sortie linéaire ; ");
        spoken.append(model.status()).append(". Paramètres :");
        for (int k = 0; k < PARAMETERS; k++) {
            spoken.append(' ').append(BackpropModel.NAMES.get(k)).append(" = ").append(shown(model.parameter(k)));
        }
        setAccessibleText(spoken.append('.').toString());
    }

    private void show(Label l, String name, double v, BackpropStage from) {
        boolean on = model.reached(from);
        l.setText(name + " = " + (on ? shown(v) : "?"));
    }

    private void gradient(Label l, String name, double v, BackpropStage from) {
        boolean on = model.reached(from);
        l.setText(on ? name + " = " + shown(v) : name + " : ?");
        l.pseudoClassStateChanged(PENDING, !on);
        l.pseudoClassStateChanged(ACTIVE, model.stageProperty().get() == from);
    }

    ParameterField field(int k) {
        return fields[k];
    }
}
