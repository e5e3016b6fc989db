package fr.dlintro.ui.widget.feedforward;

import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.FrenchText;
import fr.dlintro.ui.widget.PaletteFollower;
import fr.dlintro.ui.widget.ShrinkToFit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The feed-forward widget: the inputs and the step buttons, the diagram with every z and a,
 * the active layer's calculation and weights, and the predicted height with the book's value.
 */
public final class FeedforwardView extends VBox {
    static final String STYLESHEET =
            Objects.requireNonNull(FeedforwardView.class.getResource("feedforward.css")).toExternalForm();

    private final FeedforwardModel model;
    private final PaletteFollower follower;
    private final FeedforwardDiagram diagram;
    private final List<LayerDetail> details = new ArrayList<>();
    private final VBox inputsDetail;
    private final Label inputsText = new Label();
    private final InvalidationListener onRevision = o -> refresh();
    private final InvalidationListener onStep = o -> refresh();

    public FeedforwardView(FeedforwardModel model, ObservableValue<Palette> palette) {
        this.model = model;
        getStyleClass().add("feedforward");
        getStylesheets().add(STYLESHEET);

        Button restart = button("restart", "Recommencer", "Revenir aux seules entrées pour refaire le calcul couche par couche",
                model::restart);
        Button next = button("next", "Couche suivante", "Calculer la couche suivante", model::next);
        Button all = button("all", "Tout calculer", "Calculer toutes les couches jusqu'à la sortie", model::computeAll);
        Button book = button("book", "Valeurs du livre", "Remettre les entrées, poids et biais de la section 3.4.1",
                model::restoreBook);
        next.disableProperty().bind(model.stepProperty().isEqualTo(FeedforwardModel.LAYERS));
        all.disableProperty().bind(model.stepProperty().isEqualTo(FeedforwardModel.LAYERS));
        restart.disableProperty().bind(model.stepProperty().isEqualTo(0));
        FlowPane buttons = new FlowPane(restart, next, all, book);
        buttons.getStyleClass().add("ff-buttons");

        diagram = new FeedforwardDiagram(model);
        diagram.setId("diagram");

        inputsText.setId("inputs-text");
        inputsText.getStyleClass().add("caption-title");
        inputsText.setWrapText(true);
        Label inputsHint = new Label("Chaque neurone de la couche cachée 1 multiplie chaque entrée par son poids, "
                + "ajoute son biais (z), puis applique ReLU (a). Changez les entrées dans le schéma, ou passez à la "
                + "couche suivante.");
        inputsHint.getStyleClass().add("caption-text");
        inputsHint.setWrapText(true);
        inputsDetail = new VBox(inputsText, inputsHint);
        inputsDetail.getStyleClass().add("ff-detail");
        inputsDetail.setId("detail-0");
        VBox detailBox = new VBox(inputsDetail);
        detailBox.getStyleClass().add("caption-box");
        for (int l = 1; l <= FeedforwardModel.LAYERS; l++) {
            LayerDetail d = new LayerDetail(model, l, diagram::setLinked);
            details.add(d);
            detailBox.getChildren().add(d);
        }

        getChildren().addAll(buttons, new ShrinkToFit(diagram), detailBox);

        model.revisionProperty().addListener(onRevision);
        model.stepProperty().addListener(onStep);
        model.neuronProperty().addListener(onStep);
        follower = new PaletteFollower(palette, this, p -> {
            diagram.setEm(p.fontSize());
            for (LayerDetail d : details) {
                d.setPalette(p);
            }
        });
        refresh();
    }

    private static Button button(String id, String text, String help, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add(atlantafx.base.theme.Styles.SMALL);
        b.setTooltip(new Tooltip(help));
        b.setAccessibleHelp(help);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void refresh() {
        int step = model.stepProperty().get();
        diagram.refresh();
        FrenchText.set(inputsText, "Entrées : x = (" + Terms.compact(model.input(0)) + " ; "
                + Terms.compact(model.input(1)) + ") : un poids en kg et un âge en années.");
        show(inputsDetail, step == 0);
        for (int l = 1; l <= FeedforwardModel.LAYERS; l++) {
            LayerDetail d = details.get(l - 1);
            show(d, l == step);
            if (l == step) {
                d.refresh();
            }
        }
    }

    private static void show(javafx.scene.Node n, boolean on) {
        n.setVisible(on);
        n.setManaged(on);
    }

    FeedforwardDiagram diagram() {
        return diagram;
    }

    public void dispose() {
        model.revisionProperty().removeListener(onRevision);
        model.stepProperty().removeListener(onStep);
        model.neuronProperty().removeListener(onStep);
        diagram.dispose();
        follower.dispose();
    }
}
