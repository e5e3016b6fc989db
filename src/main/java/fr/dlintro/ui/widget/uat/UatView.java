package fr.dlintro.ui.widget.uat;

import fr.dlintro.core.demo.UniversalFit;
import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.FrenchText;
import fr.dlintro.ui.widget.PaletteFollower;
import fr.dlintro.ui.widget.uat.UatModel.Target;
import java.util.Locale;
import java.util.Objects;
import javafx.animation.AnimationTimer;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;

/**
 * The curve and the network's fit, with the controls: curve to learn, number of neurons,
 * activation, Lecture/Pause, Étape, Réinitialiser. Training runs in one time-boxed slice
 * per animation frame, so the page stays responsive however many neurons there are.
 */
public final class UatView extends VBox {
    static final String STYLESHEET = Objects.requireNonNull(UatView.class.getResource("uat.css")).toExternalForm();
    /** Training time allowed per frame (a frame lasts about 16 ms). */
    static final long SLICE_NANOS = 6_000_000L;

    private final UatModel model;
    private final PaletteFollower follower;
    private final FitPlot plot;
    private final AnimationTimer timer;
    private final InvalidationListener onRevision;
    private final ChangeListener<Boolean> onPlaying;
    private final Line targetSwatch = new Line();
    private final Line outputSwatch = new Line();
    private final Line pieceSwatch = new Line();
    private final PlotFrame plotHolder;
    private boolean timerRunning;

    public UatView(UatModel model, ObservableValue<Palette> palette) {
        this.model = model;
        getStyleClass().add("uat");
        getStylesheets().add(STYLESHEET);
        plot = new FitPlot(model);
        plot.setId("plot");

        // curve to learn
        ToggleGroup targets = new ToggleGroup();
        FlowPane targetRow = new FlowPane();
        targetRow.getStyleClass().add("uat-choices");
        Label targetLabel = new Label("Courbe :");
        targetLabel.setMinWidth(Region.USE_PREF_SIZE);
        targetRow.getChildren().add(targetLabel);
        for (Target t : Target.values()) {
            RadioButton rb = new RadioButton(t.label());
            rb.setId("target-" + t.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            rb.setUserData(t);
            rb.setToggleGroup(targets);
            rb.setSelected(t == model.targetProperty().get());
            targetRow.getChildren().add(rb);
        }
        targets.selectedToggleProperty().addListener((o, a, t) -> {
            if (t != null) {
                model.targetProperty().set((Target) t.getUserData());
            }
        });
        model.targetProperty().addListener((o, a, t) -> targets.getToggles().stream()
                .filter(tg -> tg.getUserData() == t).findFirst().ifPresent(tg -> tg.setSelected(true)));

        // neurons
        Slider neurons = new Slider(UatModel.MIN_NEURONS, UatModel.MAX_NEURONS, model.neuronsProperty().get());
        neurons.setId("neurons");
        neurons.setMajorTickUnit(7);
        neurons.setMinorTickCount(6);
        neurons.setBlockIncrement(1);
        neurons.setSnapToTicks(true);
        neurons.setShowTickMarks(true);
        neurons.setAccessibleText("Nombre de neurones de la couche cachée");
        HBox.setHgrow(neurons, Priority.ALWAYS);
        neurons.valueProperty().addListener((o, a, v) -> {
            int n = (int) Math.round(v.doubleValue());
            if (n != model.neuronsProperty().get()) {
                model.neuronsProperty().set(n);
            }
        });
        model.neuronsProperty().addListener((o, a, v) -> neurons.setValue(v.intValue()));
        Label neuronsLabel = new Label();
        neuronsLabel.setId("neurons-label");
        neuronsLabel.getStyleClass().addAll("caption-title", "uat-count");
        neuronsLabel.textProperty().bind(Bindings.createStringBinding(() -> model.neuronsProperty().get()
                + (model.neuronsProperty().get() > 1 ? " neurones" : " neurone"), model.neuronsProperty()));
        neuronsLabel.setLabelFor(neurons);
        HBox neuronsRow = new HBox(neuronsLabel, neurons);
        neuronsRow.getStyleClass().add("control-row");

        // activation
        ToggleGroup kinds = new ToggleGroup();
        RadioButton relu = new RadioButton("ReLU");
        relu.setId("relu");
        relu.setUserData(UniversalFit.Kind.RELU);
        RadioButton sigmoid = new RadioButton("Sigmoïde");
        sigmoid.setId("sigmoid");
        sigmoid.setUserData(UniversalFit.Kind.SIGMOID);
        relu.setToggleGroup(kinds);
        sigmoid.setToggleGroup(kinds);
        (model.activationProperty().get() == UniversalFit.Kind.RELU ? relu : sigmoid).setSelected(true);
        kinds.selectedToggleProperty().addListener((o, a, t) -> {
            if (t != null) {
                model.activationProperty().set((UniversalFit.Kind) t.getUserData());
            }
        });
        Label kindLabel = new Label("Activation :");
        kindLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox kindRow = new HBox(kindLabel, relu, sigmoid);
        kindRow.getStyleClass().add("control-row");

        CheckBox pieces = new CheckBox("Montrer chaque neurone");
        pieces.setId("pieces");
        pieces.setSelected(true);
        pieces.selectedProperty().addListener((o, a, on) -> plot.setShowPieces(on));
        FlowPane settings = new FlowPane(neuronsRow, kindRow);
        settings.getStyleClass().add("uat-row");

        // training
        Button play = new Button();
        play.setId("play");
        play.textProperty().bind(Bindings.when(model.playingProperty()).then("Pause").otherwise("Lecture"));
        play.accessibleTextProperty().bind(Bindings.when(model.playingProperty())
                .then("Mettre l'entraînement en pause").otherwise("Lancer l'entraînement"));
        play.setOnAction(e -> {
            if (model.playingProperty().get()) {
                model.pause();
            } else {
                model.play();
            }
        });
        Button step = new Button("Étape");
        step.setId("step");
        step.setTooltip(new Tooltip(UatModel.STEP_ITERATIONS + " itérations de descente de gradient"));
        step.setAccessibleHelp(UatModel.STEP_ITERATIONS + " itérations de descente de gradient");
        step.setOnAction(e -> model.step());
        Button reset = new Button("Réinitialiser");
        reset.setId("reset");
        reset.setTooltip(new Tooltip("Repartir de nouveaux poids tirés au hasard"));
        reset.setAccessibleHelp("Repartir de nouveaux poids tirés au hasard");
        reset.setOnAction(e -> model.reset());
        Button clear = new Button("Effacer le dessin");
        clear.setId("clear-drawing");
        clear.setOnAction(e -> model.clearDrawing());
        clear.visibleProperty().bind(model.targetProperty().isEqualTo(Target.DESSIN));
        clear.managedProperty().bind(clear.visibleProperty());
        FlowPane buttons = new FlowPane(play, step, reset, clear, pieces);
        buttons.getStyleClass().add("button-row");

        Label status = new Label();
        status.setId("status");
        status.getStyleClass().add("caption-title");
        status.setWrapText(true);
        FrenchText.bind(status, model.statusProperty());
        Label formula = new Label();
        formula.setId("formula");
        formula.getStyleClass().add("caption-text");
        formula.setWrapText(true);
        FrenchText.bind(formula, model.formulaProperty());
        VBox statusBox = new VBox(status, formula);
        statusBox.getStyleClass().add("caption-box");

        plotHolder = new PlotFrame(plot);
        getChildren().addAll(targetRow, settings, plotHolder, legend(), buttons, statusBox);

        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                model.trainSlice(SLICE_NANOS);
            }
        };
        onPlaying = (o, was, on) -> setTimerRunning(on);
        model.playingProperty().addListener(onPlaying);
        onRevision = o -> {
            plot.redraw();
            plot.setAccessibleText("Courbe à apprendre et sortie du réseau. " + model.statusProperty().get());
        };
        model.revisionProperty().addListener(onRevision);
        onRevision.invalidated(null);
        follower = new PaletteFollower(palette, this, p -> {
            styleSwatches(p);
            plot.setPalette(p);
            plotHolder.setEm(p.fontSize());
        });
    }

    private FlowPane legend() {
        Label target = new Label("courbe à apprendre", targetSwatch);
        Label output = new Label("sortie du réseau ŷ", outputSwatch);
        Label piece = new Label("apport de chaque neurone", pieceSwatch);
        FlowPane legend = new FlowPane(target, output, piece);
        legend.getStyleClass().add("uat-legend");
        return legend;
    }

    /** The legend's strokes drawn as the plot draws its curves. */
    private void styleSwatches(Palette p) {
        double em = p.fontSize();
        for (Line l : new Line[] {targetSwatch, outputSwatch, pieceSwatch}) {
            l.setEndX(1.8 * em);
        }
        targetSwatch.setStroke(p.foreground());
        targetSwatch.setStrokeWidth(Math.max(2, em * 0.14));
        targetSwatch.getStrokeDashArray().setAll(em * 0.5, em * 0.35);
        outputSwatch.setStroke(p.accent());
        outputSwatch.setStrokeWidth(Math.max(2.5, em * 0.22));
        pieceSwatch.setStroke(p.seriesColor(2).deriveColor(0, 1, 1, 0.55));
        pieceSwatch.setStrokeWidth(Math.max(1.5, em * 0.1));
    }

    private void setTimerRunning(boolean on) {
        timerRunning = on;
        if (on) {
            timer.start();
        } else {
            timer.stop();
        }
    }

    boolean isTimerRunning() {
        return timerRunning;
    }

    FitPlot plot() {
        return plot;
    }

    public void dispose() {
        model.pause();
        setTimerRunning(false);
        model.playingProperty().removeListener(onPlaying);
        model.revisionProperty().removeListener(onRevision);
        follower.dispose();
    }
}
