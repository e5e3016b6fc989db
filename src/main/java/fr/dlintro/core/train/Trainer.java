package fr.dlintro.core.train;

import fr.dlintro.core.data.Batch;
import fr.dlintro.core.data.DataLoader;
import fr.dlintro.core.nn.Loss;
import fr.dlintro.core.nn.Mlp;
import fr.dlintro.core.nn.Optimizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Trains a model for a number of epochs, each one a pass over the training batches then
 * over the validation batches, as the book's training loops (5.1.5.3, 5.2.7). Listeners
 * hear about each batch and epoch. {@link #cancel()} from any thread stops the run before
 * the next batch; a NaN or infinite loss stops it with a French reason. Given the same
 * seeds the run is deterministic, with one thread or two.
 */
public final class Trainer {
    private final Mlp model;
    private final Loss loss;
    private final Optimizer optimizer;
    private final DataLoader train;
    private final DataLoader validation;
    private final int epochs;
    private final List<TrainingListener> listeners = new CopyOnWriteArrayList<>();
    private int threads = 1;
    private volatile boolean cancelRequested;

    public Trainer(Mlp model, Loss loss, Optimizer optimizer, DataLoader train, DataLoader validation, int epochs) {
        if (epochs <= 0) {
            throw new IllegalArgumentException("epochs " + epochs);
        }
        this.model = model;
        this.loss = loss;
        this.optimizer = optimizer;
        this.train = train;
        this.validation = validation;
        this.epochs = epochs;
    }

    public Trainer addListener(TrainingListener listener) {
        listeners.add(listener);
        return this;
    }

    /** 1 (default) or 2: with two, a second core runs the first layer alongside the others. */
    public Trainer threads(int threads) {
        this.threads = Math.max(1, Math.min(2, threads));
        return this;
    }

    public int threads() {
        return threads;
    }

    /** Asks the run to stop; takes effect before the next batch. Safe from any thread. */
    public void cancel() {
        cancelRequested = true;
    }

    public TrainingResult run() {
        List<EpochResult> done = new ArrayList<>();
        try (StepEngine engine = Engines.create(model, loss, optimizer, threads)) {
            TrainingPlan plan = new TrainingPlan(epochs, train.batchCount(),
                    validation == null ? 0 : validation.batchCount(), train.dataset().size(),
                    validation == null ? 0 : validation.dataset().size(), model.parameterCount(),
                    engine instanceof ParallelEngine ? 2 : 1);
            listeners.forEach(l -> l.onTrainingBegin(plan));
            Batch batch = train.newBatch();
            Batch validationBatch = validation == null ? null : validation.newBatch();
            for (int epoch = 1; epoch <= epochs; epoch++) {
                long begin = System.nanoTime();
                train.startEpoch();
                int batches = train.batchCount();
                double sum = 0;
                for (int b = 1; train.hasNext(); b++) {
                    if (cancelRequested) {
                        return finish(TrainingResult.Status.CANCELLED, done, "Entraînement interrompu à l'époque "
                                + epoch + ", lot " + b + ".");
                    }
                    train.next(batch);
                    double value = engine.trainStep(batch);
                    if (!Double.isFinite(value)) {
                        return finish(TrainingResult.Status.DIVERGED, done, divergence(value, epoch, b, "entraînement"));
                    }
                    sum += value;
                    for (TrainingListener l : listeners) {
                        l.onBatch(epoch, b, batches, value);
                    }
                }
                double trainLoss = sum / batches;
                double validationLoss = Double.NaN;
                double accuracy = Double.NaN;
                if (validation != null) {
                    long[] correct = new long[1];
                    double vsum = 0;
                    validation.startEpoch();
                    for (int b = 1; validation.hasNext(); b++) {
                        if (cancelRequested) {
                            return finish(TrainingResult.Status.CANCELLED, done, "Entraînement interrompu pendant"
                                    + " la validation de l'époque " + epoch + ".");
                        }
                        validation.next(validationBatch);
                        double value = engine.evaluate(validationBatch, correct);
                        if (!Double.isFinite(value)) {
                            return finish(TrainingResult.Status.DIVERGED, done, divergence(value, epoch, b, "validation"));
                        }
                        vsum += value;
                    }
                    validationLoss = vsum / validation.batchCount();
                    if (validation.dataset().classCount() > 0) {
                        accuracy = (double) correct[0] / validation.dataset().size();
                    }
                }
                double seconds = (System.nanoTime() - begin) / 1e9;
                EpochResult result = new EpochResult(epoch, epochs, trainLoss, validationLoss, accuracy, seconds);
                done.add(result);
                listeners.forEach(l -> l.onEpoch(result));
            }
            return finish(TrainingResult.Status.COMPLETED, done, null);
        }
    }

    private String divergence(double value, int epoch, int batch, String phase) {
        String what = Double.isNaN(value) ? "n'est plus un nombre (NaN)" : "est devenue infinie";
        return "La perte " + what + " à l'époque " + epoch + ", lot " + batch + " (" + phase + ") : le taux"
                + " d'apprentissage (" + formatRate(optimizer.learningRate())
                + ") est sans doute trop élevé, essayez une valeur plus petite.";
    }

    /** 0,01 or 5000, as a French user would type it back. */
    private static String formatRate(double lr) {
        String s = Double.toString(lr);
        return (s.endsWith(".0") ? s.substring(0, s.length() - 2) : s).replace('.', ',');
    }

    private TrainingResult finish(TrainingResult.Status status, List<EpochResult> done, String reason) {
        TrainingResult result = new TrainingResult(status, done, reason);
        listeners.forEach(l -> l.onTrainingEnd(result));
        return result;
    }
}
