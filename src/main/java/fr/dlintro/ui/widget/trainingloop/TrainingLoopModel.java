package fr.dlintro.ui.widget.trainingloop;

import fr.dlintro.core.data.Batch;
import fr.dlintro.core.data.CalculatorData;
import fr.dlintro.core.data.Split;
import fr.dlintro.core.data.TensorDataset;
import fr.dlintro.core.nn.Linear;
import fr.dlintro.core.nn.Matrix;
import fr.dlintro.core.nn.Mlp;
import fr.dlintro.core.nn.MseLoss;
import fr.dlintro.core.nn.Optimizer;
import fr.dlintro.core.train.CalculatorTask;
import fr.dlintro.core.train.Hyperparameters;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.SplittableRandom;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import fr.dlintro.ui.widget.StepPlayback;

/**
 * The training loop of Fig. 41 on the book's real calculator run (5.1.6: 8,000 training
 * pairs, the 2-16-16-16-1 network, SGD at 0.1): one batch at a time through forward pass →
 * loss → backward pass → update, each one a step of {@link StepPlayback}, with the real
 * numbers of that batch. Step back restores the weights as they were.
 */
public final class TrainingLoopModel implements StepPlayback.Steps {
    /** The four acts of 5.1.5.3, in order; {@code READY} before the first batch. */
    public enum Phase {
        READY("Prêt"), FORWARD("Propagation avant"), LOSS("Calcul de la perte"), BACKWARD("Rétropropagation"),
        UPDATE("Mise à jour des poids");

        private final String title;

        Phase(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /** What one step showed: the phase, where in the data, and the real numbers of the batch. */
    public record Snapshot(Phase phase, int epoch, int batch, int batchSize, int a, int b, double predicted,
            long expected, double loss, double[] gradientNorms, double weightBefore, double weightAfter,
            double gradient) {
    }

    /** Epochs the widget plays, as the book's run. */
    public static final int EPOCHS = Hyperparameters.CALCULATOR.epochs();
    static final int HISTORY = 400;

    private final Hyperparameters hp;
    private final CalculatorTask task = CalculatorTask.BOOK;
    private final TensorDataset data;
    private final CalculatorData pairs;
    private final int[] train;
    private final Mlp model;
    private final Optimizer optimizer;
    private final MseLoss loss = new MseLoss();
    private final Batch batch;
    private final float[][] initialWeights;
    private final Deque<Saved> history = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<Snapshot> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyIntegerWrapper steps = new ReadOnlyIntegerWrapper(this, "steps");
    private final ReadOnlyIntegerWrapper historySize = new ReadOnlyIntegerWrapper(this, "historySize");
    private final BooleanBinding finished;
    private int[] order;
    private int orderEpoch;

    private record Saved(Snapshot snapshot, float[][] weights) {
    }

    public TrainingLoopModel(int batchSize) {
        hp = Hyperparameters.CALCULATOR.withBatchSize(batchSize);
        pairs = task.data(hp.seeds().data());
        data = pairs.dataset();
        Split split = hp.split(task.samples());
        train = split.train();
        model = hp.newModel(2, 1);
        optimizer = hp.newOptimizer(model);
        batch = data.newBatch(batchSize);
        initialWeights = copyWeights();
        finished = Bindings.createBooleanBinding(() -> {
            Snapshot s = current.get();
            return s != null && s.phase() == Phase.UPDATE && s.epoch() == EPOCHS && s.batch() == batchesPerEpoch();
        }, current);
        reset();
    }

    public int batchSize() {
        return hp.batchSize();
    }

    public int batchesPerEpoch() {
        return (train.length + hp.batchSize() - 1) / hp.batchSize();
    }

    public int trainingSamples() {
        return train.length;
    }

    public double learningRate() {
        return hp.learningRate();
    }

    public int parameterCount() {
        return model.parameterCount();
    }

    @Override
    public void step() {
        Snapshot s = current.get();
        history.push(new Saved(s, copyWeights()));
        if (history.size() > HISTORY) {
            history.removeLast();
        }
        int epoch = s.epoch();
        int b = s.batch();
        Phase next;
        switch (s.phase()) {
            case READY, UPDATE -> {
                next = Phase.FORWARD;
                if (s.phase() == Phase.READY) {
                    epoch = 1;
                    b = 1;
                } else if (b == batchesPerEpoch()) {
                    epoch++;
                    b = 1;
                } else {
                    b++;
                }
            }
            case FORWARD -> next = Phase.LOSS;
            case LOSS -> next = Phase.BACKWARD;
            default -> next = Phase.UPDATE;
        }
        current.set(compute(next, epoch, b));
        steps.set(steps.get() + 1);
        historySize.set(history.size());
    }

    @Override
    public void stepBack() {
        if (history.isEmpty()) {
            return;
        }
        Saved saved = history.pop();
        restoreWeights(saved.weights());
        current.set(saved.snapshot());
        steps.set(steps.get() - 1);
        historySize.set(history.size());
    }

    @Override
    public void reset() {
        history.clear();
        restoreWeights(initialWeights);
        current.set(new Snapshot(Phase.READY, 1, 0, hp.batchSize(), 0, 0, Double.NaN, 0, Double.NaN, new double[0],
                Double.NaN, Double.NaN, Double.NaN));
        steps.set(0);
        historySize.set(0);
    }

    /**
     * Runs {@code phase} of batch {@code b} of {@code epoch} from the current weights. Every
     * phase recomputes the forward pass (cheap here), so a step back never leaves stale caches.
     */
    private Snapshot compute(Phase phase, int epoch, int b) {
        int[] ids = order(epoch);
        int from = (b - 1) * hp.batchSize();
        int count = Math.min(hp.batchSize(), ids.length - from);
        data.fill(batch, ids, from, count);
        int first = ids[from];
        Matrix out = model.forward(batch.inputs());
        double predicted = task.preprocessing().denormalise(out.get(0, 0));
        double lossValue = Double.NaN;
        double[] norms = new double[0];
        double before = Double.NaN;
        double after = Double.NaN;
        double gradient = Double.NaN;
        if (phase != Phase.FORWARD) {
            lossValue = loss.forward(out, batch.targets());
        }
        if (phase == Phase.BACKWARD || phase == Phase.UPDATE) {
            model.zeroGrad();
            model.backward(loss.backward());
            List<Linear> linears = model.linears();
            norms = new double[linears.size()];
            for (int l = 0; l < linears.size(); l++) {
                norms[l] = gradientNorm(linears.get(l));
            }
            Linear watched = linears.get(0);
            before = watched.weight(0, 0);
            gradient = watched.dWeight(0, 0);
            if (phase == Phase.UPDATE) {
                optimizer.step();
                after = watched.weight(0, 0);
            }
        }
        return new Snapshot(phase, epoch, b, count, pairs.a(first), pairs.b(first), predicted, pairs.expected(first),
                lossValue, norms, before, after, gradient);
    }

    private static double gradientNorm(Linear l) {
        double sum = 0;
        for (int o = 0; o < l.outFeatures(); o++) {
            for (int i = 0; i < l.inFeatures(); i++) {
                sum += l.dWeight(o, i) * l.dWeight(o, i);
            }
            sum += l.dBias(o) * l.dBias(o);
        }
        return Math.sqrt(sum);
    }

    /** The shuffled order of the training pairs in {@code epoch}: seeded, so a step back finds the same batch. */
    private int[] order(int epoch) {
        if (order == null || orderEpoch != epoch) {
            order = train.clone();
            SplittableRandom random = new SplittableRandom(hp.seeds().shuffle() + epoch);
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            orderEpoch = epoch;
        }
        return order;
    }

    private float[][] copyWeights() {
        List<float[]> rows = new ArrayList<>();
        for (var p : model.parameters()) {
            for (float[] row : p.value()) {
                rows.add(row.clone());
            }
        }
        return rows.toArray(new float[0][]);
    }

    private void restoreWeights(float[][] saved) {
        int r = 0;
        for (var p : model.parameters()) {
            for (float[] row : p.value()) {
                System.arraycopy(saved[r], 0, row, 0, row.length);
                r++;
            }
            p.markUpdated();
        }
    }

    public ReadOnlyObjectProperty<Snapshot> currentProperty() { return current.getReadOnlyProperty(); }

    public Snapshot current() { return current.get(); }

    /** Steps taken since the start (each batch is four). */
    public ReadOnlyIntegerProperty stepsProperty() { return steps.getReadOnlyProperty(); }

    /** Steps that can be undone (the last {@value #HISTORY}). */
    public ReadOnlyIntegerProperty historySizeProperty() { return historySize.getReadOnlyProperty(); }

    public BooleanBinding finishedBinding() { return finished; }
}
