package fr.dlintro.ui.project.calculator;

import fr.dlintro.core.InvalidInputException;
import fr.dlintro.core.data.CalculatorData;
import fr.dlintro.core.data.CalculatorPreprocessing;
import fr.dlintro.core.data.Operation;
import fr.dlintro.core.demo.LayerSizes;
import fr.dlintro.core.nn.Layer;
import fr.dlintro.core.nn.Linear;
import fr.dlintro.core.nn.Mlp;
import fr.dlintro.core.nn.MseLoss;
import fr.dlintro.core.train.CalculatorTask;
import fr.dlintro.core.train.Hyperparameters;
import fr.dlintro.core.train.ModelFile;
import fr.dlintro.core.train.ModelIo;
import fr.dlintro.core.train.Trainer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The calculator project (5.1): the form's hyperparameters with the book's defaults, the
 * network they describe (2-16-16-16-1, 609 parameters), the trained network, its test on
 * 2,000 new pairs (5.1.7) and the « Calculer » box. No scene graph: the view binds to it,
 * training itself runs in a {@link fr.dlintro.ui.project.TrainingRun} fed by {@link #newJob()}.
 */
public final class CalculatorProjectModel {
    public static final List<String> ACTIVATIONS = List.of("relu", "sigmoid", "tanh", "leaky_relu");
    public static final List<String> OPTIMIZERS = List.of("sgd", "adam");

    private final ObjectProperty<Operation> operation = new SimpleObjectProperty<>(this, "operation");
    private final IntegerProperty samples = new SimpleIntegerProperty(this, "samples");
    private final IntegerProperty min = new SimpleIntegerProperty(this, "min");
    private final IntegerProperty max = new SimpleIntegerProperty(this, "max");
    private final IntegerProperty batchSize = new SimpleIntegerProperty(this, "batchSize");
    private final DoubleProperty learningRate = new SimpleDoubleProperty(this, "learningRate");
    private final StringProperty optimizer = new SimpleStringProperty(this, "optimizer");
    private final IntegerProperty hiddenSize = new SimpleIntegerProperty(this, "hiddenSize");
    private final IntegerProperty hiddenLayers = new SimpleIntegerProperty(this, "hiddenLayers");
    private final StringProperty activation = new SimpleStringProperty(this, "activation");
    private final IntegerProperty epochs = new SimpleIntegerProperty(this, "epochs");
    private final IntegerProperty seed = new SimpleIntegerProperty(this, "seed");

    private final ObjectBinding<List<Integer>> layers;
    private final IntegerBinding parameterCount;
    private final StringBinding problem;

    private final ReadOnlyObjectWrapper<Mlp> trained = new ReadOnlyObjectWrapper<>(this, "trained");
    private final ReadOnlyObjectWrapper<CalculatorTask> trainedTask = new ReadOnlyObjectWrapper<>(this, "trainedTask");
    private final ReadOnlyObjectWrapper<CalculatorTask.Test> test = new ReadOnlyObjectWrapper<>(this, "test");
    private int testRound;

    public CalculatorProjectModel() {
        resetToBook();
        layers = Bindings.createObjectBinding(() -> {
            List<Integer> l = new ArrayList<>();
            l.add(2);
            for (int i = 0; i < hiddenLayers.get(); i++) {
                l.add(Math.max(1, hiddenSize.get()));
            }
            l.add(1);
            return List.copyOf(l);
        }, hiddenSize, hiddenLayers);
        parameterCount = Bindings.createIntegerBinding(() -> (int) LayerSizes.parameterCount(layers.get()), layers);
        problem = Bindings.createStringBinding(this::describeProblem, samples, min, max, batchSize, learningRate,
                hiddenSize, hiddenLayers, epochs);
        // the book (5.1.6.1): « "adam", 0.001 ou "sgd", 0.1 » — switching keeps a rate the reader chose
        optimizer.addListener((o, was, now) -> {
            double wasDefault = Hyperparameters.defaultLearningRate(was, Hyperparameters.CALCULATOR.learningRate());
            if (now != null && was != null && learningRate.get() == wasDefault) {
                learningRate.set(Hyperparameters.defaultLearningRate(now, Hyperparameters.CALCULATOR.learningRate()));
            }
        });
    }

    /** Back to the book's values of 5.1.6.1. */
    public void resetToBook() {
        CalculatorTask t = CalculatorTask.BOOK;
        Hyperparameters h = Hyperparameters.CALCULATOR;
        operation.set(t.operation());
        samples.set(t.samples());
        min.set(t.min());
        max.set(t.max());
        optimizer.set(h.optimizer());
        batchSize.set(h.batchSize());
        learningRate.set(h.learningRate());
        hiddenSize.set(h.hiddenSize());
        hiddenLayers.set(h.hiddenLayers());
        activation.set(h.activation());
        epochs.set(h.epochs());
        seed.set((int) h.seed());
    }

    /** A French sentence naming what prevents training, or null when the form is valid. */
    private String describeProblem() {
        if (min.get() > max.get()) {
            return "La valeur minimale (" + min.get() + ") dépasse la valeur maximale (" + max.get() + ").";
        }
        if (max.get() <= 0) {
            return "La valeur maximale doit être positive : les entrées sont divisées par elle.";
        }
        if (samples.get() < 10) {
            return "Il faut au moins 10 échantillons pour séparer entraînement et validation.";
        }
        if (!(learningRate.get() > 0) || !Double.isFinite(learningRate.get())) {
            return "Le taux d'apprentissage doit être un nombre positif.";
        }
        if (batchSize.get() < 1 || hiddenSize.get() < 1 || hiddenLayers.get() < 0 || epochs.get() < 1) {
            return "Les tailles et le nombre d'époques doivent être positifs.";
        }
        return null;
    }

    /** The core configuration of the form (throws when {@link #problemProperty()} is not null). */
    public Hyperparameters hyperparameters() {
        return new Hyperparameters(batchSize.get(), learningRate.get(), optimizer.get(), hiddenSize.get(),
                hiddenLayers.get(), activation.get(), epochs.get(), seed.get(),
                Hyperparameters.CALCULATOR.validationSplit(), Hyperparameters.CALCULATOR.shuffle());
    }

    public CalculatorTask task() {
        return new CalculatorTask(samples.get(), min.get(), max.get(), operation.get());
    }

    /**
     * What « Entraîner » runs (on the training thread): the book's data set from the form's
     * seed, a new network, its trainer. Read on the FX thread, so the job sees a fixed form.
     * {@link #accept(Mlp, CalculatorTask)} the network when the run ends.
     */
    public PreparedRun newJob() {
        if (problem.get() != null) {
            throw new InvalidInputException(problem.get());
        }
        return new PreparedRun(hyperparameters(), task());
    }

    /** The network a run trains; {@link #trainer()} is called on the training thread. */
    public static final class PreparedRun {
        private final Hyperparameters hyperparameters;
        private final CalculatorTask task;
        private final Mlp model;

        PreparedRun(Hyperparameters hyperparameters, CalculatorTask task) {
            this.hyperparameters = hyperparameters;
            this.task = task;
            this.model = hyperparameters.newModel(2, 1);
        }

        public Trainer trainer() {
            CalculatorData data = task.data(hyperparameters.seeds().data());
            return hyperparameters.trainer(model, new MseLoss(), data.dataset(), hyperparameters.split(task.samples()));
        }

        public Mlp model() {
            return model;
        }

        public CalculatorTask task() {
            return task;
        }

        public Hyperparameters hyperparameters() {
            return hyperparameters;
        }
    }

    /** Takes a trained (or stopped) network and tests it on 2,000 new pairs. */
    public void accept(Mlp model, CalculatorTask task) {
        // the task first: listeners of trained read it
        trainedTask.set(task);
        trained.set(model);
        testRound = 0;
        runTest();
    }

    /** Tests the network on 2,000 pairs it has never seen (the book's 5.1.7); a new draw each time. */
    public void runTest() {
        Mlp m = trained.get();
        if (m == null) {
            return;
        }
        long testSeed = Hyperparameters.Seeds.of(seed.get()).test() + testRound++;
        test.set(trainedTask.get().test(m, CalculatorTask.TEST_SAMPLES, testSeed));
    }

    /** The « Calculer » box: the network's answer and the exact one. */
    public record Answer(double predicted, long expected, boolean outsideTrainingRange) {
        public double error() {
            return predicted - expected;
        }
    }

    public Answer calculate(long a, long b) {
        CalculatorTask t = trainedTask.get();
        if (trained.get() == null || t == null) {
            throw new IllegalStateException("no trained network");
        }
        boolean outside = a < t.min() || a > t.max() || b < t.min() || b > t.max();
        return new Answer(t.predict(trained.get(), a, b), t.operation().apply(a, b), outside);
    }

    /** Writes the trained network as DESIGN.md's JSON, with its calculator preprocessing. */
    public void save(Path file) {
        if (trained.get() == null) {
            throw new InvalidInputException("Aucun réseau entraîné à enregistrer : cliquez d'abord sur « Entraîner ».");
        }
        CalculatorTask t = trainedTask.get();
        ModelIo.write(new ModelFile("regression", trained.get(), t.preprocessing()), file);
    }

    /**
     * Reads a calculator model: it becomes the trained network, and the form takes its
     * operation, range maximum and, when the network is of the book's evolving class, its
     * architecture. French message when the file is not a calculator model.
     */
    public void open(Path file) {
        ModelFile f = ModelIo.read(file);
        String name = file.getFileName().toString();
        if (f.classification() || f.model().inputSize() != 2 || f.model().outputSize() != 1) {
            throw new InvalidInputException("Le fichier " + name + " n'est pas un modèle de calculatrice (il faut 2 entrées"
                    + " et 1 sortie de régression).");
        }
        if (!(f.preprocessing() instanceof CalculatorPreprocessing pre)) {
            throw new InvalidInputException("Le fichier " + name + " ne dit pas quelle opération ni quelle plage il a"
                    + " apprises (« preprocessing » de type calculator manquant).");
        }
        operation.set(pre.operation());
        max.set(pre.max());
        if (min.get() > pre.max()) {
            min.set(0);
        }
        adoptArchitecture(f.model());
        accept(f.model(), task());
    }

    private void adoptArchitecture(Mlp model) {
        List<Linear> linears = model.linears();
        int hidden = linears.size() - 1;
        String act = null;
        for (Layer l : model.layers()) {
            if (!(l instanceof Linear)) {
                act = act == null ? l.type() : act;
            }
        }
        boolean uniform = hidden == 0 || linears.subList(0, hidden).stream()
                .allMatch(l -> l.outFeatures() == linears.get(0).outFeatures());
        if (uniform) {
            hiddenLayers.set(hidden);
            if (hidden > 0) {
                hiddenSize.set(linears.get(0).outFeatures());
            }
            if (act != null && ACTIVATIONS.contains(act)) {
                activation.set(act);
            }
        }
    }

    public ObjectProperty<Operation> operationProperty() { return operation; }

    public IntegerProperty samplesProperty() { return samples; }

    public IntegerProperty minProperty() { return min; }

    public IntegerProperty maxProperty() { return max; }

    public IntegerProperty batchSizeProperty() { return batchSize; }

    public DoubleProperty learningRateProperty() { return learningRate; }

    public StringProperty optimizerProperty() { return optimizer; }

    public IntegerProperty hiddenSizeProperty() { return hiddenSize; }

    public IntegerProperty hiddenLayersProperty() { return hiddenLayers; }

    public StringProperty activationProperty() { return activation; }

    public IntegerProperty epochsProperty() { return epochs; }

    public IntegerProperty seedProperty() { return seed; }

    /** Layer sizes of the network the form describes: 2, hidden × layers, 1. */
    public ObjectBinding<List<Integer>> layersBinding() { return layers; }

    /** 609 with the book's values. */
    public IntegerBinding parameterCountBinding() { return parameterCount; }

    /** Null when the form can be trained, else why not, in French. */
    public StringBinding problemProperty() { return problem; }

    public ReadOnlyObjectProperty<Mlp> trainedProperty() { return trained.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<CalculatorTask> trainedTaskProperty() { return trainedTask.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<CalculatorTask.Test> testProperty() { return test.getReadOnlyProperty(); }
}
