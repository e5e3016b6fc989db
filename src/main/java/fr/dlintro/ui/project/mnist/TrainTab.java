package fr.dlintro.ui.project.mnist;

import fr.dlintro.core.data.Dataset;
import fr.dlintro.core.data.ImageDataset;
import fr.dlintro.core.data.Split;
import fr.dlintro.core.data.Subset;
import fr.dlintro.core.nn.CrossEntropyLoss;
import fr.dlintro.core.nn.Mlp;
import fr.dlintro.core.train.Hyperparameters;
import fr.dlintro.core.train.TrainingResult;
import fr.dlintro.ui.project.LiveLossChart;
import fr.dlintro.ui.project.TrainingRun;
import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.FrenchFormat;
import fr.dlintro.ui.widget.FrenchNumbers;
import java.util.List;
import java.util.OptionalDouble;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * « Entraîner » (5.2.7): the book's hyperparameters, Entraîner / Arrêter, the epoch in
 * progress, seconds per epoch and time left, and the live loss and accuracy curves (Fig. 50).
 * The run is the shared {@link TrainingRun} (a low-priority thread, a few UI updates a
 * second), on one core so the FX thread keeps the other. Arrêter keeps what the network has
 * learned; a completed run is then evaluated on the test set.
 */
final class TrainTab extends VBox {
    private static final List<Integer> SAMPLE_CHOICES = List.of(0, 1_000, 5_000, 10_000, 30_000);

    private final MnistProjectModel model;
    private final MnistTrainingForm form = new MnistTrainingForm();
    private final TrainingRun run = new TrainingRun();
    private final LiveLossChart chart;
    private final Label parameters = new Label();
    private final Label timing = new Label();
    private final Label testResult = new Label();
    private final InvalidationListener onEvaluation = o -> showTestResult();
    private final ChangeListener<TrainingResult> onResult = (o, a, r) -> finished(r);
    private volatile Mlp training;

    TrainTab(MnistProjectModel model, ObservableValue<Palette> palette) {
        this.model = model;
        setId("mnist-entrainer");
        getStyleClass().add("mnist-tab");
        chart = new LiveLossChart(run, palette, "Perte (entropie croisée)", true);

        Button start = new Button("Entraîner", new FontIcon("mdi2p-play"));
        start.setId("train-start");
        start.getStyleClass().add("accent");
        start.setTooltip(new Tooltip("Entraîner un nouveau réseau avec ces réglages"));
        start.setOnAction(e -> start());
        start.disableProperty().bind(run.runningProperty().or(model.dataProperty().isNull()));
        Button stop = new Button("Arrêter", new FontIcon("mdi2s-stop"));
        stop.setId("train-stop");
        stop.setTooltip(new Tooltip("Arrêter l'entraînement en gardant ce que le réseau a appris"));
        stop.setOnAction(e -> run.stop());
        stop.disableProperty().bind(run.runningProperty().not());
        Button book = new Button("Valeurs du livre", new FontIcon("mdi2b-book-open-variant"));
        book.setId("train-reset");
        book.setTooltip(new Tooltip("Remettre les hyperparamètres du livre (5.2.6)"));
        book.setOnAction(e -> form.reset());
        book.disableProperty().bind(run.runningProperty());
        HBox buttons = new HBox(start, stop, book);
        buttons.getStyleClass().add("button-row");
        buttons.setAlignment(Pos.CENTER_LEFT);

        ProgressBar progress = new ProgressBar();
        progress.setId("train-progress");
        progress.progressProperty().bind(run.progressProperty());
        progress.setPrefWidth(220);
        progress.setAccessibleText("Avancement de l'entraînement");
        Label status = new Label();
        status.setId("train-status");
        status.setWrapText(true);
        status.textProperty().bind(run.statusProperty());
        HBox progressRow = new HBox(progress, status);
        progressRow.getStyleClass().add("button-row");
        progressRow.setAlignment(Pos.CENTER_LEFT);
        timing.setId("train-timing");
        timing.textProperty().bind(Bindings.createStringBinding(this::timingText, run.secondsPerEpochProperty(),
                run.secondsLeftProperty(), run.stateProperty()));
        Label message = new Label();
        message.setId("train-message");
        message.setWrapText(true);
        message.getStyleClass().add("mnist-wrong");
        message.textProperty().bind(run.messageProperty());
        testResult.setId("train-test-result");
        testResult.getStyleClass().add("mnist-big-number");
        testResult.setWrapText(true);

        GridPane grid = formGrid();
        grid.disableProperty().bind(run.runningProperty());
        parameters.setId("train-parameters");
        parameters.setWrapText(true);
        parameters.getStyleClass().add("mnist-hint");
        InvalidationListener count = o -> showParameterCount();
        for (var p : List.of(form.hiddenSizeProperty(), form.hiddenLayersProperty(), model.dataProperty())) {
            p.addListener(count);
        }
        showParameterCount();
        VBox left = new VBox(ExplorerTab.heading("Hyperparamètres (valeurs du livre, 5.2.6)"), grid, parameters, buttons,
                progressRow, timing, message, testResult);
        left.getStyleClass().add("mnist-column");
        left.setMaxWidth(30 * 16);
        VBox right = new VBox(ExplorerTab.heading("Perte et exactitude de validation (Fig. 50)"), chart);
        right.getStyleClass().add("mnist-column");
        right.setPrefWidth(34 * 16);
        FlowPane columns = new FlowPane(left, right);
        columns.getStyleClass().add("mnist-columns");
        getChildren().add(columns);
        run.resultProperty().addListener(onResult);
        model.evaluationProperty().addListener(onEvaluation);
    }

    private GridPane formGrid() {
        GridPane g = new GridPane();
        g.getStyleClass().add("mnist-form");
        int row = 0;
        row = add(g, row, "Taille des lots (batch_size)", spinner("train-batch", form.batchSizeProperty(), 1, 4096));
        TextField lr = new TextField();
        lr.setId("train-lr");
        lr.setPrefColumnCount(7);
        lr.setAccessibleText("Taux d'apprentissage");
        Runnable showLr = () -> lr.setText(FrenchNumbers.compact(form.learningRateProperty().get(), 6));
        showLr.run();
        form.learningRateProperty().addListener((o, a, v) -> showLr.run());
        Runnable commitLr = () -> {
            OptionalDouble v = FrenchNumbers.parse(lr.getText());
            if (v.isPresent() && v.getAsDouble() > 0 && v.getAsDouble() <= 100) {
                form.learningRateProperty().set(v.getAsDouble());
            }
            showLr.run();
        };
        lr.setOnAction(e -> commitLr.run());
        lr.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commitLr.run();
            }
        });
        lr.setTooltip(new Tooltip("Un nombre positif, par exemple 0,01 (SGD) ou 0,001 (Adam)"));
        row = add(g, row, "Taux d'apprentissage (lr)", lr);
        ComboBox<String> optimizer = choice("train-optimizer", List.of("sgd", "adam"), form.optimizerProperty(),
                s -> s.equals("adam") ? "Adam" : "SGD");
        row = add(g, row, "Optimiseur", optimizer);
        row = add(g, row, "Neurones par couche cachée", spinner("train-hidden", form.hiddenSizeProperty(), 1, 1024));
        row = add(g, row, "Couches cachées", spinner("train-layers", form.hiddenLayersProperty(), 0, 12));
        ComboBox<String> activation = choice("train-activation", List.of("relu", "leaky_relu", "sigmoid", "tanh"),
                form.activationProperty(), s -> switch (s) {
                    case "leaky_relu" -> "Leaky ReLU";
                    case "sigmoid" -> "sigmoïde";
                    case "tanh" -> "tanh";
                    default -> "ReLU";
                });
        row = add(g, row, "Activation", activation);
        row = add(g, row, "Époques", spinner("train-epochs", form.epochsProperty(), 1, 200));
        row = add(g, row, "Graine (seed)", spinner("train-seed", form.seedProperty(), 0, Integer.MAX_VALUE));
        ComboBox<Integer> samples = choice("train-samples", SAMPLE_CHOICES, form.samplesProperty().asObject(),
                n -> n == 0 ? "toutes" : FrenchFormat.integer(n));
        samples.setTooltip(new Tooltip("Moins d'images pour un essai rapide ; 20 % servent à la validation"));
        add(g, row, "Images d'entraînement", samples);
        return g;
    }

    private static int add(GridPane g, int row, String text, Node control) {
        Label l = new Label(text);
        l.setLabelFor(control);
        l.setMnemonicParsing(false);
        if (control instanceof javafx.scene.control.Control c && c.getAccessibleText() == null) {
            c.setAccessibleText(text);
        }
        g.add(l, 0, row);
        g.add(control, 1, row);
        return row + 1;
    }

    private static Spinner<Integer> spinner(String id, IntegerProperty value, int min, int max) {
        Spinner<Integer> s = new Spinner<>();
        SpinnerValueFactory.IntegerSpinnerValueFactory f = new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max,
                value.get());
        f.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer v) {
                return v == null ? "" : String.valueOf(v);
            }

            @Override
            public Integer fromString(String s) {
                try {
                    return Math.max(min, Math.min(max, Integer.parseInt(s.replaceAll("[\\s\u202F\u00A0]", ""))));
                } catch (NumberFormatException e) {
                    return f.getValue();
                }
            }
        });
        s.setValueFactory(f);
        s.setEditable(true);
        s.setId(id);
        s.setPrefWidth(120);
        f.valueProperty().addListener((o, a, v) -> {
            if (v != null) {
                value.set(v);
            }
        });
        value.addListener((o, a, v) -> f.setValue(v.intValue()));
        // a typed value counts when the field loses focus, not only on Entrée
        s.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                s.increment(0);
            }
        });
        return s;
    }

    private static <T> ComboBox<T> choice(String id, List<T> items, javafx.beans.property.Property<T> value,
            java.util.function.Function<T, String> text) {
        ComboBox<T> c = new ComboBox<>();
        c.getItems().setAll(items);
        c.setId(id);
        c.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        c.valueProperty().bindBidirectional(value);
        return c;
    }

    private void showParameterCount() {
        MnistData d = model.data();
        int inputs = d == null ? 784 : d.train().pixelCount();
        int classes = d == null ? 10 : d.classCount();
        StringBuilder arch = new StringBuilder().append(inputs);
        for (int h = 0; h < form.hiddenLayersProperty().get(); h++) {
            arch.append('-').append(form.hiddenSizeProperty().get());
        }
        arch.append('-').append(classes);
        parameters.setText("Réseau " + arch + " : " + FrenchFormat.integer(form.parameterCount(inputs, classes))
                + " paramètres. Le code du livre (5.2.6, num_hidden_layers=4) construit bien cinq couches cachées"
                + " de 40 neurones.");
    }

    private String timingText() {
        double perEpoch = run.secondsPerEpochProperty().get();
        double left = run.secondsLeftProperty().get();
        if (Double.isNaN(perEpoch) && Double.isNaN(left)) {
            return "";
        }
        String s = Double.isNaN(perEpoch) ? "" : "Temps par époque : " + seconds(perEpoch);
        if (run.getState().active() && !Double.isNaN(left)) {
            s += (s.isEmpty() ? "" : " · ") + "temps restant : environ " + seconds(left);
        }
        return s;
    }

    static String seconds(double s) {
        if (s < 10) {
            return FrenchFormat.decimal(s, 1) + FrenchFormat.THIN_SPACE + "s";
        }
        long t = Math.round(s);
        return t < 60 ? t + FrenchFormat.THIN_SPACE + "s" : (t / 60) + FrenchFormat.THIN_SPACE + "min "
                + String.format("%02d", t % 60) + FrenchFormat.THIN_SPACE + "s";
    }

    /** Starts a run of a new network with the form's settings. */
    void start() {
        MnistData d = model.data();
        if (d == null || run.isRunning()) {
            return;
        }
        Hyperparameters h;
        try {
            h = form.hyperparameters();
        } catch (IllegalArgumentException e) {
            model.reportError("Réglages impossibles : vérifiez le taux d'apprentissage et les tailles.");
            return;
        }
        int n = form.samplesOf(d.train().count());
        testResult.setText("");
        run.start("Préparation des " + FrenchFormat.integer(n) + " images…", () -> {
            ImageDataset all = new ImageDataset(d.train(), MnistProjectModel.PREPROCESSING);
            Dataset data = all;
            if (n < all.size()) {
                int[] first = new int[n];
                for (int i = 0; i < n; i++) {
                    first[i] = i;
                }
                data = new Subset(all, first);
            }
            Mlp net = h.newModel(all.inputSize(), d.classCount());
            training = net;
            Split split = h.split(n);
            return h.trainer(net, new CrossEntropyLoss(), data, split);
        });
    }

    private void finished(TrainingResult r) {
        Mlp net = training;
        training = null;
        if (r == null || net == null) {
            return;
        }
        if (r.status() == TrainingResult.Status.DIVERGED) {
            return; // weights hold NaN: the previous network stays
        }
        model.useNetwork(net);
        if (r.completed() && model.data() != null && model.data().test() != null) {
            model.evaluate();
        }
    }

    private void showTestResult() {
        TestEvaluation ev = model.evaluationProperty().get();
        testResult.setText(ev == null ? "" : "Exactitude sur les " + FrenchFormat.integer(ev.matrix().total())
                + " images de test : " + EvaluateTab.percent(ev.matrix().accuracy()));
    }

    TrainingRun run() {
        return run;
    }

    LiveLossChart chart() {
        return chart;
    }

    MnistTrainingForm form() {
        return form;
    }

    ReadOnlyBooleanProperty runningProperty() {
        return run.runningProperty();
    }

    void palette(Palette p) {
    }

    void dispose() {
        run.dispose();
        chart.dispose();
        run.resultProperty().removeListener(onResult);
        model.evaluationProperty().removeListener(onEvaluation);
    }
}
