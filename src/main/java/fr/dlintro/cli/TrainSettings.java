package fr.dlintro.cli;

import fr.dlintro.core.nn.Activation;
import fr.dlintro.core.train.Hyperparameters;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The options shared by {@code train calculator} and {@code train mnist}, with the book's defaults. */
final class TrainSettings {
    static final Set<String> COMMON_VALUED = Set.of("batch", "lr", "optimizer", "hidden", "layers", "activation",
            "epochs", "seed", "val-split", "init", "save", "threads");
    static final Set<String> FLAGS = Set.of("no-shuffle", "json", "no-warmup");

    final int batch;
    final double lr;
    final String optimizer;
    final int hidden;
    final int layers;
    final String activation;
    final int epochs;
    final long seed;
    final double validationSplit;
    final Path init;
    final Path save;
    final boolean shuffle;
    final boolean json;
    final int threads;
    final boolean warmup;

    /** The options given, the book's values of {@code book} (a project's defaults) for the others. */
    TrainSettings(Options o, Hyperparameters book) {
        this.batch = o.integer("batch", book.batchSize(), 1, 65_536);
        this.optimizer = o.choice("optimizer", book.optimizer(), List.of("sgd", "adam"));
        // the book (5.1.6.1): "adam", 0.001 or "sgd", 0.1
        this.lr = o.number("lr", Hyperparameters.defaultLearningRate(optimizer, book.learningRate()), Double.MIN_NORMAL,
                1e6);
        this.hidden = o.integer("hidden", book.hiddenSize(), 1, 4096);
        this.layers = o.integer("layers", book.hiddenLayers(), 0, 64);
        this.activation = o.choice("activation", book.activation(), List.of("relu", "sigmoid", "tanh", "leaky_relu",
                "gelu"));
        this.epochs = o.integer("epochs", book.epochs(), 1, 100_000);
        this.seed = o.integer("seed", (int) book.seed(), Integer.MIN_VALUE, Integer.MAX_VALUE);
        this.validationSplit = o.number("val-split", book.validationSplit(), 0, 0.9);
        this.init = o.path("init");
        this.save = o.path("save");
        this.shuffle = o.flag("no-shuffle") ? false : book.shuffle();
        this.json = o.flag("json");
        this.threads = o.integer("threads", defaultThreads(), 1, 2);
        this.warmup = !o.flag("no-warmup");
        assert Activation.TYPES.contains(activation);
    }

    /** The core's view of these settings. */
    Hyperparameters hyperparameters() {
        return new Hyperparameters(batch, lr, optimizer, hidden, layers, activation, epochs, seed, validationSplit, shuffle);
    }

    /** -Ddlintro.threads=N, else two when the machine has two cores. */
    static int defaultThreads() {
        String property = System.getProperty("dlintro.threads");
        if (property != null) {
            try {
                return Math.max(1, Math.min(2, Integer.parseInt(property.trim())));
            } catch (NumberFormatException e) {
                throw new CliException("La propriété dlintro.threads vaut « " + property + " », ce n'est pas un nombre"
                        + " entier.");
            }
        }
        return Runtime.getRuntime().availableProcessors() >= 2 ? 2 : 1;
    }

    Map<String, Object> asJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("batch", batch);
        m.put("lr", lr);
        m.put("optimizer", optimizer);
        m.put("hidden", hidden);
        m.put("layers", layers);
        m.put("activation", activation);
        m.put("epochs", epochs);
        m.put("seed", seed);
        m.put("val_split", validationSplit);
        m.put("shuffle", shuffle);
        m.put("threads", threads);
        m.put("warmup", warmup);
        if (init != null) {
            m.put("init", init.toString());
        }
        return m;
    }
}
