package fr.dlintro.ui.widget.clustering;

import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.PaletteFollower;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.converter.IntegerStringConverter;

/** The point cloud beside the controls (Étape, Lecture/Pause, Réinitialiser, k, graine) and the status. */
public final class ClusteringView extends FlowPane {
    /** Two half-steps per second: slow enough to follow each phase. */
    static final Duration STEP_INTERVAL = Duration.millis(500);

    private final ClusteringModel model;
    private final PaletteFollower follower;
    private final ClusterPlot plot;
    private final Timeline timeline;

    public ClusteringView(ClusteringModel model, ObservableValue<Palette> palette) {
        this.model = model;
        getStyleClass().add("clustering");
        plot = new ClusterPlot(model);
        plot.setId("plot");

        Button step = new Button("Étape");
        step.setId("step");
        step.setAccessibleText("Étape suivante de k-means");
        step.setTooltip(new Tooltip("Une demi-itération : affectation des points, ou mise à jour des centres"));
        step.setOnAction(e -> model.step());
        step.disableProperty().bind(model.convergedProperty());

        Button play = new Button();
        play.setId("play");
        play.textProperty().bind(Bindings.when(model.playingProperty()).then("Pause").otherwise("Lecture"));
        play.accessibleTextProperty().bind(Bindings.when(model.playingProperty())
                .then("Mettre en pause").otherwise("Lancer les étapes automatiquement"));
        play.setOnAction(e -> {
            if (model.playingProperty().get()) {
                model.pause();
            } else {
                model.play();
            }
        });
        play.disableProperty().bind(model.convergedProperty());

        Button reset = new Button("Réinitialiser");
        reset.setId("reset");
        reset.setAccessibleText("Recommencer avec les mêmes points");
        reset.setOnAction(e -> model.reset());
        HBox buttons = new HBox(step, play, reset);
        buttons.getStyleClass().add("button-row");

        Slider k = new Slider(ClusteringModel.MIN_K, ClusteringModel.MAX_K, model.kProperty().get());
        k.setId("k");
        k.setMajorTickUnit(1);
        k.setMinorTickCount(0);
        k.setBlockIncrement(1);
        k.setSnapToTicks(true);
        k.setShowTickMarks(true);
        k.setShowTickLabels(true);
        k.setAccessibleText("Nombre de groupes cherchés, k");
        HBox.setHgrow(k, Priority.ALWAYS);
        k.valueProperty().addListener((o, a, v) -> {
            int value = (int) Math.round(v.doubleValue());
            if (value != model.kProperty().get()) {
                model.kProperty().set(value);
            }
        });
        model.kProperty().addListener((o, a, v) -> k.setValue(v.intValue()));
        Label kLabel = new Label();
        kLabel.setId("k-label");
        kLabel.getStyleClass().add("caption-title");
        kLabel.textProperty().bind(Bindings.concat("k = ", model.kProperty()));
        kLabel.setLabelFor(k);
        kLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox kRow = new HBox(kLabel, k);
        kRow.getStyleClass().add("control-row");

        TextField seed = new TextField();
        seed.setId("seed");
        seed.setAccessibleText("Graine du générateur de points");
        seed.setPrefColumnCount(6);
        TextFormatter<Integer> formatter = new TextFormatter<>(new IntegerStringConverter(), model.seedProperty().get(),
                change -> change.getControlNewText().matches("\\d{0,9}") ? change : null);
        seed.setTextFormatter(formatter);
        formatter.valueProperty().addListener((o, a, v) -> {
            if (v != null && v != model.seedProperty().get()) {
                model.seedProperty().set(v);
            }
        });
        model.seedProperty().addListener((o, a, v) -> formatter.setValue(v.intValue()));
        Label seedLabel = new Label("Graine :");
        seedLabel.setLabelFor(seed);
        seedLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button newPoints = new Button("Nouveaux points");
        newPoints.setId("new-points");
        newPoints.setAccessibleText("Tirer un autre nuage de points");
        newPoints.setOnAction(e -> model.newPoints());
        HBox seedRow = new HBox(seedLabel, seed, newPoints);
        seedRow.getStyleClass().add("control-row");

        Label status = new Label();
        status.setId("status");
        status.getStyleClass().add("caption-title");
        status.setWrapText(true);
        status.textProperty().bind(model.statusTextProperty());
        Label phase = new Label();
        phase.setId("phase");
        phase.getStyleClass().add("caption-text");
        phase.setWrapText(true);
        phase.textProperty().bind(model.phaseTextProperty());
        VBox statusBox = new VBox(status, phase);
        statusBox.getStyleClass().add("caption-box");
        Label data = new Label(model.pointCount() + " points tirés autour de " + model.groups()
                + (model.groups() > 1 ? " centres" : " centre") + " ; les couleurs et formes sont les groupes trouvés, "
                + "les croix leurs centres.");
        data.getStyleClass().add("muted");
        data.setWrapText(true);

        // controls first: the status below changes length at every step and must not move the buttons
        VBox side = new VBox(buttons, kRow, seedRow, statusBox, data);
        side.getStyleClass().add("clustering-side");
        getChildren().addAll(plot, side);

        timeline = new Timeline(new KeyFrame(STEP_INTERVAL, e -> model.step()));
        timeline.setCycleCount(Animation.INDEFINITE);
        model.playingProperty().addListener((o, a, on) -> {
            if (on) {
                timeline.play();
            } else {
                timeline.stop();
            }
        });
        model.revisionProperty().addListener((o, a, b) -> plot.redraw());
        follower = new PaletteFollower(palette, this, p -> {
            plot.setPalette(p);
            plot.setSide(20 * p.fontSize());
            side.setPrefWidth(Math.max(24 * p.fontSize(), 300));
            side.setMaxWidth(34 * p.fontSize());
        });
    }

    Timeline timeline() {
        return timeline;
    }

    ClusterPlot plot() {
        return plot;
    }

    public void dispose() {
        timeline.stop();
        model.pause();
        follower.dispose();
    }
}
