package fr.dlintro.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.dlintro.core.InvalidInputException;
import fr.dlintro.core.data.DataLoader;
import fr.dlintro.core.data.Dataset;
import fr.dlintro.core.data.Split;
import fr.dlintro.core.data.Subset;
import fr.dlintro.core.nn.Linear;
import fr.dlintro.core.nn.Loss;
import fr.dlintro.core.nn.Mlp;
import fr.dlintro.core.nn.Optimizer;
import fr.dlintro.core.train.EpochResult;
import fr.dlintro.core.train.Hyperparameters;
import fr.dlintro.core.train.ModelFile;
import fr.dlintro.core.train.ModelIo;
import fr.dlintro.core.train.Trainer;
import fr.dlintro.core.train.TrainingListener;
import fr.dlintro.core.train.TrainingPlan;
import fr.dlintro.core.train.TrainingResult;
import fr.dlintro.core.train.Warmup;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/** What both training commands share: seeds, model, loaders, trainer, report. */
final class TrainingRun {
    static final ObjectMapper JSON = new ObjectMapper();
    static final int WARMUP_STEPS = 2000;
    static final double WARMUP_SECONDS = 0.5;

    final TrainSettings settings;
    final long dataSeed;
    final long splitSeed;
    final long initSeed;
    final long shuffleSeed;
    final long testSeed;

    final Hyperparameters hyperparameters;

    TrainingRun(TrainSettings settings) {
        this.settings = settings;
        this.hyperparameters = settings.hyperparameters();
        Hyperparameters.Seeds seeds = hyperparameters.seeds();
        dataSeed = seeds.data();
        splitSeed = seeds.split();
        initSeed = seeds.init();
        shuffleSeed = seeds.shuffle();
        testSeed = seeds.test();
    }

    /** The --init model (checked against the data), or a new one of the book's shape. */
    Mlp model(int inputs, int outputs, String task, String dataName) {
        if (settings.init == null) {
            return hyperparameters.newModel(inputs, outputs);
        }
        ModelFile file = read(settings.init);
        checkFits(file, inputs, outputs, task, settings.init.getFileName().toString(), dataName);
        return file.model();
    }

    static ModelFile read(java.nio.file.Path path) {
        try {
            return ModelIo.read(path);
        } catch (InvalidInputException e) {
            throw new CliException(e.getMessage(), e);
        }
    }

    static void checkFits(ModelFile file, int inputs, int outputs, String task, String name, String dataName) {
        if (file.model().inputSize() != inputs) {
            throw new CliException("Le modèle " + name + " attend " + file.model().inputSize() + " entrées, mais " + dataName
                    + " en ont " + inputs + ".");
        }
        if (!file.task().equals(task) || file.model().outputSize() != outputs) {
            throw new CliException("Le modèle " + name + " (" + file.task() + ", " + file.model().outputSize()
                    + " sorties) ne convient pas à cette tâche (" + task + ", " + outputs + " sorties).");
        }
    }

    Optimizer optimizer(Mlp model) {
        return hyperparameters.newOptimizer(model);
    }

    Split split(int n) {
        return hyperparameters.split(n);
    }

    /** Seconds of JIT warm-up before the run (0 with --no-warmup). */
    double warmupSeconds;
    /** Threads the run actually used (a small network trains on one). */
    int threadsUsed = 1;

    TrainingResult train(Mlp model, Loss loss, Dataset data, Split split, PrintStream out) {
        Subset trainSet = new Subset(data, split.train());
        if (settings.warmup) {
            warmupSeconds = Warmup.run(model, loss.name(), settings.optimizer, trainSet, settings.batch, settings.threads,
                    WARMUP_STEPS, WARMUP_SECONDS);
            out.println("Préchauffage du compilateur (JIT, sur un réseau jetable) : " + Fr.num(warmupSeconds, 2) + " s.");
        }
        DataLoader train = hyperparameters.trainLoader(data, split);
        DataLoader validation = hyperparameters.validationLoader(data, split);
        Trainer trainer = new Trainer(model, loss, optimizer(model), train, validation, settings.epochs)
                .threads(settings.threads)
                .addListener(new EpochPrinter(out, System.console() != null))
                .addListener(new TrainingListener() {
                    @Override
                    public void onTrainingBegin(TrainingPlan plan) {
                        threadsUsed = plan.threads();
                    }
                });
        return trainer.run();
    }

    static String architecture(Mlp model) {
        List<String> widths = new ArrayList<>();
        widths.add(String.valueOf(model.inputSize()));
        for (Linear l : model.linears()) {
            widths.add(String.valueOf(l.outFeatures()));
        }
        String activations = model.layers().stream().filter(l -> !(l instanceof Linear)).map(l -> l.type()).distinct()
                .collect(Collectors.joining("/"));
        return String.join("-", widths) + (activations.isEmpty() ? "" : " " + activations);
    }

    String optimizerText() {
        return settings.optimizer.toUpperCase(java.util.Locale.ROOT).replace("ADAM", "Adam") + ", taux d'apprentissage "
                + Fr.plain(settings.lr);
    }

    /** Median seconds of the epochs after the first (which pays for warm-up), or the only one. */
    static double secondsPerEpoch(List<EpochResult> epochs) {
        if (epochs.isEmpty()) {
            return Double.NaN;
        }
        List<Double> s = new ArrayList<>();
        for (int i = epochs.size() == 1 ? 0 : 1; i < epochs.size(); i++) {
            s.add(epochs.get(i).seconds());
        }
        Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    ObjectNode report(String task, ObjectNode parameters, Mlp model, TrainingResult result) {
        ObjectNode root = JSON.createObjectNode();
        root.put("task", task);
        root.set("parameters", parameters);
        root.put("parameter_count", model.parameterCount());
        ArrayNode epochs = root.putArray("epochs");
        for (EpochResult e : result.epochs()) {
            ObjectNode node = epochs.addObject();
            node.put("epoch", e.epoch());
            node.put("train_loss", e.trainLoss());
            putNumber(node, "val_loss", e.validationLoss());
            if (e.hasAccuracy()) {
                node.put("val_accuracy", e.validationAccuracy());
            }
            node.put("seconds", e.seconds());
        }
        putNumber(root, "seconds_per_epoch", secondsPerEpoch(result.epochs()));
        root.put("warmup_seconds", warmupSeconds);
        root.put("threads", threadsUsed);
        root.put("status", result.status().name().toLowerCase(java.util.Locale.ROOT));
        if (result.reason() != null) {
            root.put("reason", result.reason());
        }
        return root;
    }

    static void putNumber(ObjectNode node, String key, double v) {
        if (Double.isFinite(v)) {
            node.put(key, v);
        } else {
            node.putNull(key);
        }
    }

    void save(ModelFile file) {
        if (settings.save == null) {
            return;
        }
        try {
            ModelIo.write(file, settings.save);
        } catch (InvalidInputException e) {
            throw new CliException(e.getMessage(), e);
        }
    }

    /** Prints the end of a run that did not complete; returns its exit code. */
    static int reportFailure(TrainingResult result, PrintStream err) {
        err.println(result.reason());
        return 1;
    }
}
