package fr.dlintro.ui.project.calculator;

import fr.dlintro.core.train.CalculatorTask;
import fr.dlintro.core.train.RegressionMetrics;
import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.FrenchFormat;
import fr.dlintro.ui.widget.FrenchNumbers;
import java.util.OptionalDouble;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * « Tester » (5.1.7): the trained network on 2,000 new pairs — MSE, MAE, R², predictions
 * against truth with the red arrows of Fig. 43 — and a « Calculer » box: two numbers, the
 * network's result and the exact one.
 */
final class CalculatorTestPane extends VBox {
    private static final Integer[] SHOWN = {100, 500, CalculatorTask.TEST_SAMPLES};

    private final CalculatorProjectModel model;
    private final PredictionPlot plot = new PredictionPlot();
    private final Label metrics = new Label();
    private final ChoiceBox<Integer> shown = new ChoiceBox<>(FXCollections.observableArrayList(SHOWN));
    private final TextField a = new TextField("50");
    private final TextField b = new TextField("50");
    private final Label opSymbol = new Label("+");
    private final Label answer = new Label();
    private final ChangeListener<CalculatorTask.Test> onTest = (o, x, t) -> showTest();
    private final ChangeListener<Object> onTrained = (o, x, t) -> calculate();

    CalculatorTestPane(CalculatorProjectModel model) {
        this.model = model;
        getStyleClass().add("project-pane");

        Label title = new Label("Test sur " + FrenchFormat.integer(CalculatorTask.TEST_SAMPLES) + " nouvelles paires");
        title.getStyleClass().add("project-section-title");
        metrics.setId("test-metrics");
        metrics.setWrapText(true);
        metrics.getStyleClass().add("project-metrics");
        Label book = new Label("Le livre obtient une MAE proche de 1 et un R² d'environ 0,999 avec ses réglages.");
        book.getStyleClass().add("muted");
        book.setWrapText(true);

        Button retest = new Button("Nouveau tirage", new FontIcon("mdi2d-dice-multiple-outline"));
        retest.setId("retest");
        retest.setTooltip(new Tooltip("Tester le même réseau sur " + FrenchFormat.integer(CalculatorTask.TEST_SAMPLES)
                + " autres paires jamais vues"));
        retest.disableProperty().bind(model.trainedProperty().isNull());
        retest.setOnAction(e -> model.runTest());
        shown.setId("shown");
        shown.setValue(CalculatorTask.TEST_SAMPLES);
        shown.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return n == null ? "" : FrenchFormat.integer(n) + " premières paires";
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        shown.setAccessibleText("Nombre de paires dessinées");
        shown.valueProperty().addListener((o, x, n) -> showTest());
        Label shownLabel = new Label("Afficher");
        shownLabel.setLabelFor(shown);
        FlowPane tools = new FlowPane(retest, new HBox(6, shownLabel, shown));
        ((HBox) tools.getChildren().get(1)).setAlignment(Pos.CENTER_LEFT);
        tools.getStyleClass().add("button-row");
        tools.setAlignment(Pos.CENTER_LEFT);

        plot.setId("prediction-plot");
        Label caption = new Label("Fig. 43 : en vert la valeur vraie, en bleu la prédiction ; une flèche rouge va de l'une"
                + " à l'autre quand elles diffèrent de plus de 1.");
        caption.getStyleClass().addAll("figure-caption", "muted");
        caption.setWrapText(true);

        getChildren().addAll(title, metrics, book, tools, plot, caption, calculator());
        model.testProperty().addListener(onTest);
        model.trainedProperty().addListener(onTrained);
        model.trainedTaskProperty().addListener(onTrained);
        showTest();
        calculate();
    }

    private VBox calculator() {
        Label title = new Label("Calculer");
        title.getStyleClass().add("project-section-title");
        a.setId("calc-a");
        b.setId("calc-b");
        a.setAccessibleText("Premier nombre");
        b.setAccessibleText("Second nombre");
        for (TextField f : new TextField[] {a, b}) {
            f.setPrefColumnCount(6);
            f.setOnAction(e -> calculate());
        }
        Button go = new Button("Calculer", new FontIcon("mdi2c-calculator-variant-outline"));
        go.setId("calculate");
        go.setDefaultButton(false);
        go.disableProperty().bind(model.trainedProperty().isNull());
        go.setOnAction(e -> calculate());
        HBox row = new HBox(8, a, opSymbol, b, go);
        row.setAlignment(Pos.CENTER_LEFT);
        answer.setId("calc-result");
        answer.setWrapText(true);
        answer.getStyleClass().add("project-metrics");
        VBox box = new VBox(6, title, row, answer);
        box.getStyleClass().add("caption-box");
        return box;
    }

    private void showTest() {
        CalculatorTask.Test t = model.testProperty().get();
        Integer n = shown.getValue();
        plot.show(t, n == null ? CalculatorTask.TEST_SAMPLES : n);
        if (t == null) {
            metrics.setText("Pas encore de réseau entraîné : lancez l'entraînement dans l'onglet « Entraîner » ou ouvrez un"
                    + " modèle enregistré.");
            return;
        }
        RegressionMetrics m = t.metrics();
        metrics.setText("MSE " + FrenchNumbers.compact(m.mse(), 4) + " · MAE " + FrenchNumbers.compact(m.mae(), 4)
                + " · R² " + FrenchNumbers.compact(m.r2(), 5) + " · " + FrenchFormat.integer(plot.arrowCount())
                + " écarts supérieurs à 1 sur les " + FrenchFormat.integer(plot.count()) + " paires affichées");
    }

    /** Fills the answer line from the two fields (a French message when they are not numbers). */
    void calculate() {
        CalculatorTask task = model.trainedTaskProperty().get();
        opSymbol.setText(task != null && task.operation() == fr.dlintro.core.data.Operation.MULTIPLY ? "×" : "+");
        if (model.trainedProperty().get() == null || task == null) {
            answer.setText("Entraînez d'abord le réseau.");
            return;
        }
        OptionalDouble x = FrenchNumbers.parse(a.getText());
        OptionalDouble y = FrenchNumbers.parse(b.getText());
        if (x.isEmpty() || y.isEmpty() || Math.abs(x.getAsDouble()) > 1e6 || Math.abs(y.getAsDouble()) > 1e6) {
            answer.setText("Tapez deux nombres entiers (par exemple 50 et 50).");
            return;
        }
        long av = Math.round(x.getAsDouble());
        long bv = Math.round(y.getAsDouble());
        CalculatorProjectModel.Answer r = model.calculate(av, bv);
        String text = "Réseau : " + FrenchNumbers.compact(r.predicted(), 2) + " · exact : " + FrenchFormat.integer(r.expected())
                + " · écart : " + FrenchNumbers.compact(r.error(), 2);
        if (r.outsideTrainingRange()) {
            text += ". Hors de la plage d'entraînement (" + task.min() + " à " + task.max() + ") : le réseau extrapole,"
                    + " l'erreur grandit.";
        }
        answer.setText(text);
    }

    void setPalette(Palette p) {
        plot.setPalette(p);
    }

    PredictionPlot plot() {
        return plot;
    }

    void dispose() {
        model.testProperty().removeListener(onTest);
        model.trainedProperty().removeListener(onTrained);
        model.trainedTaskProperty().removeListener(onTrained);
    }
}
