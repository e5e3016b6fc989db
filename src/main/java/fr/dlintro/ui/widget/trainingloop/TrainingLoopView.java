package fr.dlintro.ui.widget.trainingloop;

import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.FrenchFormat;
import fr.dlintro.ui.widget.FrenchNumbers;
import fr.dlintro.ui.widget.PaletteFollower;
import fr.dlintro.ui.widget.PlaybackBar;
import fr.dlintro.ui.widget.StepPlayback;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * Fig. 41 as a live loop: the four acts of a training step in a row, the current one lit,
 * the batch and epoch counters, and what that act did to this batch in real numbers.
 */
public final class TrainingLoopView extends VBox {
    private static final PseudoClass ACTIVE = PseudoClass.getPseudoClass("active");
    private static final TrainingLoopModel.Phase[] ACTS = {TrainingLoopModel.Phase.FORWARD,
            TrainingLoopModel.Phase.LOSS, TrainingLoopModel.Phase.BACKWARD, TrainingLoopModel.Phase.UPDATE};

    private final TrainingLoopModel model;
    private final List<Label> chips = new ArrayList<>();
    private final Label counters = new Label();
    private final Label detail = new Label();
    private final PlaybackBar bar;
    private final PaletteFollower follower;
    private final ChangeListener<TrainingLoopModel.Snapshot> onStep = (o, a, s) -> show(s);

    public TrainingLoopView(TrainingLoopModel model, StepPlayback playback, ObservableValue<Palette> palette) {
        this.model = model;
        getStyleClass().add("training-loop");
        FlowPane cycle = new FlowPane();
        cycle.getStyleClass().add("training-loop-cycle");
        cycle.setAlignment(Pos.CENTER_LEFT);
        for (int i = 0; i < ACTS.length; i++) {
            Label chip = new Label((i + 1) + ". " + ACTS[i].title());
            chip.getStyleClass().add("training-loop-act");
            chip.setId("act-" + ACTS[i].name().toLowerCase(java.util.Locale.ROOT));
            chips.add(chip);
            cycle.getChildren().add(chip);
            Label arrow = new Label(i < ACTS.length - 1 ? "→" : "↺ lot suivant");
            arrow.getStyleClass().add("muted");
            cycle.getChildren().add(arrow);
        }
        counters.setId("counters");
        counters.getStyleClass().add("training-loop-counters");
        counters.setWrapText(true);
        detail.setId("detail");
        detail.getStyleClass().addAll("caption-text", "training-loop-detail");
        detail.setWrapText(true);
        detail.setAlignment(Pos.TOP_LEFT);
        VBox box = new VBox(counters, detail);
        box.getStyleClass().add("caption-box");
        bar = new PlaybackBar(playback);
        Label caption = new Label("Fig. 41 : la boucle d'entraînement du projet calculatrice (5.1.5.3), avec les vrais"
                + " nombres du réseau " + "2-16-16-16-1 (" + FrenchFormat.integer(model.parameterCount())
                + " paramètres), SGD à 0,1, sur les " + FrenchFormat.integer(model.trainingSamples())
                + " paires d'entraînement du livre.");
        caption.getStyleClass().addAll("figure-caption", "muted");
        caption.setWrapText(true);
        getChildren().addAll(cycle, box, bar, caption);
        getStylesheets().add(java.util.Objects.requireNonNull(
                TrainingLoopView.class.getResource("trainingloop.css")).toExternalForm());
        follower = new PaletteFollower(palette, this, p -> { });
        model.currentProperty().addListener(onStep);
        show(model.current());
    }

    private void show(TrainingLoopModel.Snapshot s) {
        for (int i = 0; i < ACTS.length; i++) {
            chips.get(i).pseudoClassStateChanged(ACTIVE, s.phase() == ACTS[i]);
        }
        if (s.phase() == TrainingLoopModel.Phase.READY) {
            counters.setText("Époque 1 sur " + TrainingLoopModel.EPOCHS + " · " + FrenchFormat.integer(
                    model.batchesPerEpoch()) + " lots de " + pairs(model.batchSize()) + " par époque");
        } else {
            counters.setText("Époque " + s.epoch() + " sur " + TrainingLoopModel.EPOCHS + " · lot "
                    + FrenchFormat.integer(s.batch()) + " sur " + FrenchFormat.integer(model.batchesPerEpoch()) + " · "
                    + s.phase().title());
        }
        detail.setText(describe(s, model));
    }

    /** What the act did, with this batch's numbers. */
    static String describe(TrainingLoopModel.Snapshot s, TrainingLoopModel model) {
        switch (s.phase()) {
            case READY:
                return "Cliquez sur « Étape » : un lot de " + pairs(model.batchSize()) + " va traverser le réseau, puis"
                        + " la perte, les gradients et les poids seront calculés, un acte à la fois.";
            case FORWARD:
                return (s.batchSize() == 1 ? "La paire du lot traverse le réseau. Paire : " : "Les " + s.batchSize() + " paires du lot traversent le réseau. Première paire : ") + s.a() + " + "
                        + s.b() + " → le réseau prédit " + FrenchNumbers.compact(s.predicted(), 2) + " (vrai : "
                        + s.expected() + ").";
            case LOSS:
                return "La perte MSE compare les " + s.batchSize() + " prédictions aux vraies sommes (normalisées, ÷ 200) :"
                        + " perte du lot = " + significant(s.loss()) + ".";
            case BACKWARD:
                StringBuilder sb = new StringBuilder("Les gradients de la perte remontent couche par couche."
                        + " Norme du gradient de chaque couche linéaire : ");
                for (int l = 0; l < s.gradientNorms().length; l++) {
                    sb.append(l == 0 ? "" : " · ").append("couche\u00A0").append(l + 1).append("\u00A0:\u00A0").append(significant(s.gradientNorms()[l]));
                }
                return sb.append('.').toString();
            default:
                return "SGD : w ← w − η × ∂L/∂w pour les " + FrenchFormat.integer(model.parameterCount())
                        + " paramètres. Par exemple le premier poids de la couche 1 : " + FrenchNumbers.compact(
                        s.weightBefore(), 5) + " − 0,1 × " + significant(s.gradient()) + " = "
                        + FrenchNumbers.compact(s.weightAfter(), 5) + ".";
        }
    }

    /** Three significant digits, decimal comma. */
    static String significant(double v) {
        if (!Double.isFinite(v) || v == 0) {
            return FrenchNumbers.compact(v, 0);
        }
        int decimals = Math.max(0, Math.min(10, 2 - (int) Math.floor(Math.log10(Math.abs(v)))));
        return FrenchNumbers.compact(v, decimals);
    }

    public void dispose() {
        model.currentProperty().removeListener(onStep);
        bar.dispose();
        follower.dispose();
    }

    /** « 1 paire », « 64 paires ». */
    private static String pairs(int n) {
        return n + (n == 1 ? " paire" : " paires");
    }
}
