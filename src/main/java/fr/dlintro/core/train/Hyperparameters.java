package fr.dlintro.core.train;

import fr.dlintro.core.data.DataLoader;
import fr.dlintro.core.data.Dataset;
import fr.dlintro.core.data.Split;
import fr.dlintro.core.data.Subset;
import fr.dlintro.core.nn.Adam;
import fr.dlintro.core.nn.Loss;
import fr.dlintro.core.nn.Mlp;
import fr.dlintro.core.nn.Optimizer;
import fr.dlintro.core.nn.Sgd;
import java.util.SplittableRandom;

/**
 * The hyperparameters of one training run, with the book's defaults for each project
 * ({@link #CALCULATOR}: 5.1.6.1; {@link #MNIST}: 5.2.6), and how they become a model, an
 * optimizer, a split and a {@link Trainer}. The CLI and the app's project views both start
 * from here, so the same seed gives the same run in both.
 *
 * @param hiddenLayers the book's {@code num_hidden_layers}: 3 with 16 gives 2-16-16-16-1
 * @param optimizer    "sgd" or "adam"
 * @param activation   a type of {@link fr.dlintro.core.nn.Activation#TYPES}
 * @param seed         one seed from which every random choice of the run is derived ({@link Seeds})
 */
public record Hyperparameters(int batchSize, double learningRate, String optimizer, int hiddenSize, int hiddenLayers,
        String activation, int epochs, long seed, double validationSplit, boolean shuffle) {

    /** The book's 5.1.6.1: batches of 64, SGD at 0.1, 3 hidden layers of 16, ReLU, 10 epochs. */
    public static final Hyperparameters CALCULATOR = new Hyperparameters(64, 0.1, "sgd", 16, 3, "relu", 10, 42, 0.2,
            true);
    /** The book's 5.2.6: batches of 32, SGD at 0.01, 5 hidden layers of 40, ReLU, 20 epochs. */
    public static final Hyperparameters MNIST = new Hyperparameters(32, 0.01, "sgd", 40, 5, "relu", 20, 42, 0.2, true);
    /** The book's advice for Adam (5.1.6.1: « "adam", 0.001 ou "sgd", 0.1 »). */
    public static final double ADAM_LEARNING_RATE = 0.001;
    /** Slope of leaky_relu when chosen as the activation (PyTorch's default). */
    public static final double LEAKY_SLOPE = 0.01;

    public Hyperparameters {
        if (batchSize <= 0 || hiddenSize <= 0 || hiddenLayers < 0 || epochs <= 0) {
            throw new IllegalArgumentException("batch " + batchSize + ", hidden " + hiddenSize + "x" + hiddenLayers
                    + ", epochs " + epochs);
        }
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("learning rate " + learningRate);
        }
        if (!optimizer.equals("sgd") && !optimizer.equals("adam")) {
            throw new IllegalArgumentException("optimizer " + optimizer);
        }
        if (!fr.dlintro.core.nn.Activation.TYPES.contains(activation)) {
            throw new IllegalArgumentException("activation " + activation);
        }
        Split.validationCount(1, validationSplit); // checks 0 ≤ fraction < 1
    }

    /** The default learning rate of an optimizer: 0.001 for Adam, else {@code sgdRate}. */
    public static double defaultLearningRate(String optimizer, double sgdRate) {
        return optimizer.equals("adam") ? ADAM_LEARNING_RATE : sgdRate;
    }

    public Hyperparameters withBatchSize(int v) {
        return new Hyperparameters(v, learningRate, optimizer, hiddenSize, hiddenLayers, activation, epochs, seed,
                validationSplit, shuffle);
    }

    public Hyperparameters withLearningRate(double v) {
        return new Hyperparameters(batchSize, v, optimizer, hiddenSize, hiddenLayers, activation, epochs, seed,
                validationSplit, shuffle);
    }

    public Hyperparameters withEpochs(int v) {
        return new Hyperparameters(batchSize, learningRate, optimizer, hiddenSize, hiddenLayers, activation, v, seed,
                validationSplit, shuffle);
    }

    public Hyperparameters withSeed(long v) {
        return new Hyperparameters(batchSize, learningRate, optimizer, hiddenSize, hiddenLayers, activation, epochs, v,
                validationSplit, shuffle);
    }

    public Seeds seeds() {
        return Seeds.of(seed);
    }

    /** A new network of the book's evolving class: inputs, {@code hiddenLayers} × {@code hiddenSize}, outputs. */
    public Mlp newModel(int inputs, int outputs) {
        return Mlp.build(inputs, hiddenSize, hiddenLayers, outputs, activation, LEAKY_SLOPE,
                new SplittableRandom(seeds().init()));
    }

    public Optimizer newOptimizer(Mlp model) {
        return optimizer.equals("adam") ? new Adam(model.parameters(), learningRate)
                : new Sgd(model.parameters(), learningRate);
    }

    /** Training and validation indices of n samples: seeded shuffle, or file order without shuffling. */
    public Split split(int n) {
        return shuffle ? Split.random(n, validationSplit, seeds().split()) : Split.ordered(n, validationSplit);
    }

    public DataLoader trainLoader(Dataset data, Split split) {
        return new DataLoader(new Subset(data, split.train()), batchSize, shuffle, seeds().shuffle());
    }

    /** Null when the split keeps no validation sample. */
    public DataLoader validationLoader(Dataset data, Split split) {
        return split.validation().length == 0 ? null
                : new DataLoader(new Subset(data, split.validation()), batchSize, false, 0);
    }

    /** A trainer of {@code model} on {@code data} split by {@link #split}, for {@link #epochs} epochs. */
    public Trainer trainer(Mlp model, Loss loss, Dataset data, Split split) {
        return new Trainer(model, loss, newOptimizer(model), trainLoader(data, split), validationLoader(data, split),
                epochs);
    }

    /**
     * The independent random streams of a run, always drawn in this order from one seed:
     * data generation, split, weight initialisation, shuffling, test data.
     */
    public record Seeds(long data, long split, long init, long shuffle, long test) {
        public static Seeds of(long seed) {
            SplittableRandom root = new SplittableRandom(seed);
            return new Seeds(root.nextLong(), root.nextLong(), root.nextLong(), root.nextLong(), root.nextLong());
        }
    }
}
