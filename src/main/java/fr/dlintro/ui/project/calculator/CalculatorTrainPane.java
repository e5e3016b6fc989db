package fr.dlintro.ui.project.calculator;

import fr.dlintro.core.data.Operation;
import fr.dlintro.ui.project.LiveLossChart;
import fr.dlintro.ui.project.TrainingRun;
import fr.dlintro.ui.project.TwoColumns;
import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.FrenchFormat;
import fr.dlintro.ui.widget.FrenchNumbers;
import fr.dlintro.ui.widget.network.NetworkModel;
import fr.dlintro.ui.widget.network.NetworkView;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * « Entraîner »: the book's hyperparameters (5.1.6.1) as a form, the network they describe
 * with its parameter count (updated as the form changes), Entraîner / Arrêter, the epoch
 * progress and the live loss curves on a log axis (Fig. 42).
 */
final class CalculatorTrainPane extends VBox {
    private static final Map<String, String> ACTIVATION_NAMES = Map.of("relu", "ReLU", "sigmoid", "Sigmoïde", "tanh",
            "Tanh", "leaky_relu", "Leaky ReLU");
    private static final Map<String, String> OPTIMIZER_NAMES = Map.of("sgd", "SGD", "adam", "Adam");

    private final CalculatorProjectModel model;
    private final TrainingRun run;
    private final ObservableValue<Palette> palette;
    private final LiveLossChart chart;
    private final StackPane networkBox = new StackPane();
    private final List<IntegerSpinner> spinners = new java.util.ArrayList<>();
    private final TextField learningRate = new TextField();
    private final ChangeListener<List<Integer>> onLayers = (o, a, l) -> showNetwork();
    private final ChangeListener<Operation> onOperation = (o, a, op) -> showNetwork();
    private NetworkView network;
    private final GridPane grid = new GridPane();
    private final List<Node[]> fields = new java.util.ArrayList<>();
    private int fieldsPerRow;
    private double em = 14;
    private final TwoColumns columns;
    private final Runnable onTrain;

    CalculatorTrainPane(CalculatorProjectModel model, TrainingRun run, ObservableValue<Palette> palette, Runnable onTrain) {
        this.model = model;
        this.run = run;
        this.palette = palette;
        this.onTrain = onTrain;
        getStyleClass().add("project-pane");

        GridPane form = form();
        form.disableProperty().bind(run.runningProperty());
        Label formTitle = title("Hyperparamètres (5.1.6.1)");
        VBox formBox = new VBox(formTitle, form);
        formBox.getStyleClass().add("project-form");

        Label networkTitle = title("Le réseau décrit");
        VBox networkColumn = new VBox(networkTitle, networkBox);
        networkColumn.getStyleClass().add("project-network");
        showNetwork();
        model.layersBinding().addListener(onLayers);
        model.operationProperty().addListener(onOperation);

        Label architecture = new Label();
        architecture.setId("architecture");
        architecture.setWrapText(true);
        architecture.getStyleClass().add("project-metrics");
        architecture.textProperty().bind(Bindings.createStringBinding(() -> "Réseau " + architecture(
                model.layersBinding().get()) + " · " + FrenchFormat.integer(model.parameterCountBinding().get())
                + " paramètres", model.layersBinding(), model.parameterCountBinding()));

        Button train = new Button("Entraîner", new FontIcon("mdi2p-play"));
        train.setId("train");
        train.getStyleClass().add("accent");
        train.setDefaultButton(false);
        train.setTooltip(new Tooltip("Générer les données, créer un nouveau réseau et l'entraîner"));
        train.disableProperty().bind(run.runningProperty().or(model.problemProperty().isNotNull()));
        train.setOnAction(e -> onTrain.run());
        Button stop = new Button("Arrêter", new FontIcon("mdi2s-stop"));
        stop.setId("stop");
        stop.setTooltip(new Tooltip("Arrêter l'entraînement : le réseau garde ce qu'il a appris"));
        stop.disableProperty().bind(run.runningProperty().not());
        stop.setOnAction(e -> run.stop());
        Button book = new Button("Valeurs du livre", new FontIcon("mdi2b-book-open-variant"));
        book.setId("book-values");
        book.setTooltip(new Tooltip("Remettre les hyperparamètres du livre (5.1.6.1)"));
        book.disableProperty().bind(run.runningProperty());
        book.setOnAction(e -> model.resetToBook());
        FlowPane buttons = new FlowPane(train, stop, book);
        buttons.getStyleClass().add("button-row");
        buttons.setAlignment(Pos.CENTER_LEFT);

        ProgressBar progress = new ProgressBar();
        progress.setId("progress");
        progress.progressProperty().bind(run.progressProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setAccessibleText("Progression de l'entraînement");
        Label status = new Label();
        status.setId("status");
        status.setWrapText(true);
        status.textProperty().bind(run.statusProperty());
        Label timing = new Label();
        timing.setId("timing");
        timing.getStyleClass().add("muted");
        timing.textProperty().bind(Bindings.createStringBinding(this::timingText, run.secondsPerEpochProperty(),
                run.secondsLeftProperty(), run.runningProperty()));
        Label problem = new Label();
        problem.setId("form-problem");
        problem.getStyleClass().add("project-error");
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(() -> {
            String p = model.problemProperty().get();
            return p != null ? p : run.messageProperty().get();
        }, model.problemProperty(), run.messageProperty()));
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        chart = new LiveLossChart(run, palette, "Perte (MSE)", false);
        Label chartTitle = title("Courbes de perte (Fig. 42)");
        VBox left = new VBox(formBox, architecture, buttons, progress, status, timing, problem);
        left.getStyleClass().add("project-left");
        left.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        left.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        // the diagram beside the form it describes (or under it when narrow); the curves span the width below
        networkColumn.getStyleClass().add("project-right");
        networkColumn.setMinWidth(0);
        columns = new TwoColumns(left, networkColumn, 72);
        getChildren().addAll(columns, chartTitle, chart);
        widthProperty().addListener((o, a, w) -> fitFields(w.doubleValue()));

    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("project-section-title");
        return l;
    }

    private String timingText() {
        double perEpoch = run.secondsPerEpochProperty().get();
        if (Double.isNaN(perEpoch)) {
            return "";
        }
        String s = FrenchNumbers.compact(perEpoch, perEpoch < 0.1 ? 3 : 2) + " s par époque";
        double left = run.secondsLeftProperty().get();
        if (run.isRunning() && !Double.isNaN(left)) {
            s += " · reste environ " + FrenchNumbers.compact(left, left < 10 ? 1 : 0) + " s";
        }
        return s;
    }

    private GridPane form() {
        GridPane g = grid;
        g.getStyleClass().add("project-grid");
        int row = 0;
        ComboBox<Operation> op = new ComboBox<>(FXCollections.observableArrayList(Operation.values()));
        op.setId("operation");
        op.setConverter(converter(o -> o == Operation.ADD ? "addition (a + b)" : "multiplication (a × b)"));
        op.valueProperty().bindBidirectional(model.operationProperty());
        add(g, row++, "Opération", op, "operation : ce que le réseau apprend à calculer");
        add(g, row++, "Échantillons", spinner("samples", "Nombre d'échantillons", model.samplesProperty(), 10, 1_000_000,
                1000), "num_samples : paires générées (80 % entraînement, 20 % validation)");
        HBox range = new HBox(6, spinner("min", "Valeur minimale", model.minProperty(), -100_000, 100_000, 10),
                new Label("à"), spinner("max", "Valeur maximale", model.maxProperty(), 1, 100_000, 10));
        range.setAlignment(Pos.CENTER_LEFT);
        add(g, row++, "Plage des nombres", range, "min_value et max_value : les entiers a et b sont tirés dans cette plage");
        add(g, row++, "Taille des lots", spinner("batch-size", "Taille des lots", model.batchSizeProperty(), 1, 65_536, 8),
                "batch_size : exemples par mise à jour des poids");
        ComboBox<String> optimizer = new ComboBox<>(FXCollections.observableArrayList(CalculatorProjectModel.OPTIMIZERS));
        optimizer.setId("optimizer");
        optimizer.setConverter(converter(OPTIMIZER_NAMES::get));
        optimizer.valueProperty().bindBidirectional(model.optimizerProperty());
        add(g, row++, "Optimiseur", optimizer, "optimizer : SGD ou Adam (le livre conseille 0,1 pour SGD, 0,001 pour Adam)");
        learningRate();
        add(g, row++, "Taux d'apprentissage", learningRate, "learning_rate : la taille des pas de la descente de gradient");
        add(g, row++, "Neurones par couche", spinner("hidden-size", "Neurones par couche cachée",
                model.hiddenSizeProperty(), 1, 512, 1), "hidden_size");
        add(g, row++, "Couches cachées", spinner("hidden-layers", "Nombre de couches cachées", model.hiddenLayersProperty(),
                0, 12, 1), "num_hidden_layers");
        ComboBox<String> activation = new ComboBox<>(FXCollections.observableArrayList(CalculatorProjectModel.ACTIVATIONS));
        activation.setId("activation");
        activation.setConverter(converter(ACTIVATION_NAMES::get));
        activation.valueProperty().bindBidirectional(model.activationProperty());
        add(g, row++, "Activation", activation, "activation_fn : la non-linéarité après chaque couche cachée");
        add(g, row++, "Époques", spinner("epochs", "Nombre d'époques", model.epochsProperty(), 1, 10_000, 1),
                "epochs : passages complets sur les données d'entraînement");
        add(g, row++, "Graine", spinner("seed", "Graine aléatoire", model.seedProperty(), 0, Integer.MAX_VALUE, 1),
                "La même graine redonne les mêmes données, les mêmes poids de départ et le même résultat");
        placeFields(2);
        return g;
    }

    private void learningRate() {
        learningRate.setId("learning-rate");
        learningRate.setAccessibleText("Taux d'apprentissage");
        learningRate.setPrefColumnCount(7);
        Runnable show = () -> learningRate.setText(FrenchNumbers.compact(model.learningRateProperty().get(), 8));
        show.run();
        model.learningRateProperty().addListener((o, a, v) -> show.run());
        learningRate.setOnAction(e -> commitLearningRate());
        learningRate.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                commitLearningRate();
            }
        });
    }

    private void commitLearningRate() {
        OptionalDouble v = FrenchNumbers.parse(learningRate.getText());
        if (v.isPresent() && v.getAsDouble() > 0) {
            model.learningRateProperty().set(v.getAsDouble());
        }
        learningRate.setText(FrenchNumbers.compact(model.learningRateProperty().get(), 8));
    }

    /** Applies values typed without Entrée before a run starts. */
    void commitTypedValues() {
        spinners.forEach(IntegerSpinner::commitTyped);
        commitLearningRate();
    }

    private IntegerSpinner spinner(String id, String name, javafx.beans.property.IntegerProperty p, int min, int max,
            int step) {
        IntegerSpinner s = new IntegerSpinner(id, name, p, min, max, step);
        spinners.add(s);
        return s;
    }

    /** Field number {@code index} of the form; {@link #placeFields} puts it in the grid. */
    private void add(GridPane g, int index, String label, Node control, String help) {
        Label l = new Label(label);
        l.setLabelFor(control);
        l.setWrapText(true);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Tooltip tip = new Tooltip(help);
        l.setTooltip(tip);
        if (control instanceof Control c) {
            c.setTooltip(new Tooltip(help));
            if (c.getAccessibleText() == null) {
                c.setAccessibleText(label);
            }
            c.setAccessibleHelp(help);
        }
        fields.add(new Node[] {l, control});
    }

    /** Two fields per row (label, control, label, control) when they fit the width, else one. */
    private void placeFields(int perRow) {
        if (perRow == fieldsPerRow) {
            return;
        }
        fieldsPerRow = perRow;
        grid.getChildren().clear();
        for (int i = 0; i < fields.size(); i++) {
            int row = i / perRow;
            int col = (i % perRow) * 2;
            grid.add(fields.get(i)[0], col, row);
            grid.add(fields.get(i)[1], col + 1, row);
        }
    }

    /** Two fields per row need about this many em (measured at 14, 16 and 24 px). */
    static final double TWO_PER_ROW_EM = 56;

    private void fitFields(double width) {
        if (width > 0) {
            placeFields(width >= TWO_PER_ROW_EM * em ? 2 : 1);
        }
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : name.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private void showNetwork() {
        if (network != null) {
            network.dispose();
        }
        String out = model.operationProperty().get() == Operation.MULTIPLY ? "a × b prédit" : "a + b prédit";
        NetworkModel m = new NetworkModel(model.layersBinding().get(), List.of("a", "b"), List.of(out),
                NetworkModel.Output.REGRESSION, 8, "Architecture " + architecture(model.layersBinding().get())
                + " : la classe évolutive du livre (5.1.4.3.1).");
        network = new NetworkView(m, palette);
        network.setId("network");
        networkBox.getChildren().setAll(network);
    }

    static String architecture(List<Integer> layers) {
        return String.join("-", layers.stream().map(FrenchFormat::integer).toList());
    }

    void dispose() {
        model.layersBinding().removeListener(onLayers);
        model.operationProperty().removeListener(onOperation);
        if (network != null) {
            network.dispose();
        }
        chart.dispose();
    }

    void setEm(double em) {
        columns.setEm(em);
        this.em = em;
        fitFields(getWidth());
    }

    int fieldsPerRow() {
        return fieldsPerRow;
    }

    GridPane grid() {
        return grid;
    }

    TwoColumns columns() {
        return columns;
    }

    LiveLossChart chart() {
        return chart;
    }
}
