package fr.dlintro.ui.project.mnist;

import fr.dlintro.core.train.ConfusionMatrix;
import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.FrenchFormat;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * « Évaluer » (5.2.8): the test set's accuracy, per-class precision, recall and F1 with
 * their weighted means (sklearn's average='weighted', as the book), and the confusion
 * matrix as a heat map; a cell shows the test images it counts.
 */
final class EvaluateTab extends VBox {
    static final int MAX_SHOWN = 60;

    private final MnistProjectModel model;
    private final Button run = new Button("Évaluer sur l'ensemble de test", new FontIcon("mdi2c-check-decagram-outline"));
    private final Label status = new Label();
    private final Label accuracy = new Label();
    private final Label averages = new Label();
    private final GridPane perClass = new GridPane();
    private final ConfusionHeatMap heatMap = new ConfusionHeatMap(this::pick);
    private final Label pickTitle = new Label();
    private final FlowPane picked = new FlowPane();
    private final InvalidationListener refresh = o -> refresh();
    private Palette palette = Palette.lightTheme();

    EvaluateTab(MnistProjectModel model) {
        this.model = model;
        setId("mnist-evaluer");
        getStyleClass().add("mnist-tab");
        run.setId("evaluate-run");
        run.setTooltip(new Tooltip("Classer chaque image de test avec le modèle actuel"));
        run.setOnAction(e -> model.evaluate());
        run.disableProperty().bind(model.networkProperty().isNull().or(model.busyProperty().isNotEmpty()));
        status.setWrapText(true);
        status.setId("evaluate-status");
        accuracy.setId("evaluate-accuracy");
        accuracy.getStyleClass().add("mnist-big-number");
        averages.setId("evaluate-averages");
        averages.setWrapText(true);
        perClass.setId("evaluate-per-class");
        perClass.getStyleClass().add("mnist-table");
        perClass.setHgap(16);
        perClass.setVgap(2);
        picked.setId("evaluate-picked");
        picked.getStyleClass().add("mnist-image-row");
        pickTitle.setId("evaluate-pick-title");
        pickTitle.setWrapText(true);
        HBox head = new HBox(run, status);
        head.getStyleClass().add("mnist-heading-row");
        head.setAlignment(Pos.CENTER_LEFT);
        VBox metrics = new VBox(accuracy, averages, ExplorerTab.heading("Par classe"), perClass);
        metrics.getStyleClass().add("mnist-column");
        VBox matrix = new VBox(ExplorerTab.heading("Matrice de confusion (cliquer sur une case)"), heatMap);
        matrix.getStyleClass().add("mnist-column");
        FlowPane body = new FlowPane(metrics, matrix);
        body.getStyleClass().add("mnist-columns");
        getChildren().addAll(head, body, pickTitle, picked);
        model.evaluationProperty().addListener(refresh);
        model.classNamesProperty().addListener(refresh);
        model.networkProperty().addListener(refresh);
        refresh();
    }

    void palette(Palette p) {
        this.palette = p;
        heatMap.palette(p);
    }

    private void refresh() {
        TestEvaluation ev = model.evaluationProperty().get();
        perClass.getChildren().clear();
        picked.getChildren().clear();
        pickTitle.setText("");
        if (ev == null) {
            accuracy.setText("");
            averages.setText("");
            heatMap.show(null, List.of());
            status.setText(model.networkProperty().get() == null ? "Entraînez un modèle (onglet Entraîner) ou ouvrez-en un."
                    : "Le modèle actuel n'a pas encore été évalué.");
            return;
        }
        ConfusionMatrix m = ev.matrix();
        List<String> names = model.classNames();
        status.setText(FrenchFormat.integer(m.total()) + " images de test classées.");
        accuracy.setText("Exactitude : " + percent(m.accuracy()));
        averages.setText("Moyennes pondérées par l'effectif de chaque classe : précision " + FrenchFormat.decimal(
                m.weightedPrecision(), 3) + " · rappel " + FrenchFormat.decimal(m.weightedRecall(), 3) + " · F1 "
                + FrenchFormat.decimal(m.weightedF1(), 3) + " (le rappel pondéré est égal à l'exactitude).");
        String[] head = {"Classe", "Précision", "Rappel", "F1", "Effectif"};
        for (int c = 0; c < head.length; c++) {
            Label l = new Label(head[c]);
            l.getStyleClass().add("mnist-table-head");
            perClass.add(l, c, 0);
        }
        for (int k = 0; k < m.classes(); k++) {
            perClass.add(new Label(names.get(k)), 0, k + 1);
            perClass.add(new Label(FrenchFormat.decimal(m.precision(k), 3)), 1, k + 1);
            perClass.add(new Label(FrenchFormat.decimal(m.recall(k), 3)), 2, k + 1);
            perClass.add(new Label(FrenchFormat.decimal(m.f1(k), 3)), 3, k + 1);
            perClass.add(new Label(FrenchFormat.integer(m.support(k))), 4, k + 1);
        }
        heatMap.show(m, names);
    }

    static String percent(double share) {
        return FrenchFormat.decimal(100 * share, 2) + FrenchFormat.THIN_SPACE + "%";
    }

    /** Shows the test images of true class t predicted as p. */
    void pick(int t, int p) {
        TestEvaluation ev = model.evaluationProperty().get();
        if (ev == null) {
            return;
        }
        List<String> names = model.classNames();
        List<Integer> ids = ev.samples(t, p);
        picked.getChildren().clear();
        String what = "« " + names.get(t) + " » prédit" + (t == p ? " correctement" : " « " + names.get(p) + " »");
        pickTitle.setText(ids.isEmpty() ? "Aucune image de test : " + what + "."
                : FrenchFormat.integer(ids.size()) + (ids.size() == 1 ? " image de test : " : " images de test : ") + what
                + (ids.size() > MAX_SHOWN ? " (les " + MAX_SHOWN + " premières)" : "") + ".");
        double size = palette.fontSize() * 3.5;
        for (int i : ids.subList(0, Math.min(MAX_SHOWN, ids.size()))) {
            picked.getChildren().add(Pictures.view(Pictures.of(model.testPixels(i), ev.test().cols(), ev.test().rows()),
                    size, "Image de test n° " + i));
        }
    }

    int pickedCount() {
        return picked.getChildren().size();
    }

    void dispose() {
        model.evaluationProperty().removeListener(refresh);
        model.classNamesProperty().removeListener(refresh);
        model.networkProperty().removeListener(refresh);
    }
}
