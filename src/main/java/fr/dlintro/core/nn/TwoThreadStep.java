package fr.dlintro.core.nn;

import java.util.List;

/**
 * Training steps and evaluations of a batch on two threads, giving bit for bit what the
 * serial step gives (zeroGrad, forward, loss, backward, optimizer step).
 *
 * <p>Each step has two phases. First each thread takes half of the batch through the
 * network and back to the first layer's output gradient, with its own replica of the model
 * (same parameters, own buffers): samples are independent there. Then the threads share out
 * the parameters: each accumulates the weight gradient of its rows from both halves, in
 * sample order, updates them and zeroes their gradient. The first layer (31,360 of MNIST's
 * 38,370 weights) is split by input rows, the split moving until both threads finish
 * together; the other layers go to the second thread. (Splitting the batch for the weight
 * gradient instead would make both cores write every row of the first layer.)
 */
public final class TwoThreadStep implements AutoCloseable {
    private final Mlp[] replicas;
    private final Loss[] losses;
    private final Optimizer optimizer;
    private final List<Linear> linears;
    private final Linear[][] parts;           // [linear layer][replica]
    private final Linear.GradientScratch[][] scratch; // [thread][linear layer]
    private final Worker worker = new Worker("dlintro-calcul");
    private final SparseBatch[] sparseHalves = new SparseBatch[2];
    private final Matrix[] denseHalves = new Matrix[2];
    private final Targets[] targetHalves = new Targets[2];
    private final int firstRows;
    private final boolean firstLayerSgd;      // SGD straight into the first layer's weights on sparse inputs
    private int split;
    private int rows;
    private int sampleShift;                  // samples moved from the second half to the first
    private final long[] phaseNanos = new long[2];
    private final long[] forwardNanos = new long[2];
    private final long[] correct = new long[2];

    /** @param lossName the loss's {@link Loss#name()}: each thread gets its own instance */
    public TwoThreadStep(Mlp model, String lossName, Optimizer optimizer) {
        this.replicas = new Mlp[] {model, model.replica()};
        this.losses = new Loss[] {Loss.of(lossName), Loss.of(lossName)};
        this.optimizer = optimizer;
        this.linears = model.linears();
        this.parts = new Linear[linears.size()][2];
        for (int r = 0; r < 2; r++) {
            List<Linear> l = replicas[r].linears();
            for (int j = 0; j < l.size(); j++) {
                parts[j][r] = l.get(j);
            }
        }
        this.scratch = new Linear.GradientScratch[2][linears.size()];
        for (int t = 0; t < 2; t++) {
            for (int j = 0; j < linears.size(); j++) {
                scratch[t][j] = new Linear.GradientScratch();
            }
        }
        this.firstRows = linears.get(0).inFeatures();
        this.firstLayerSgd = optimizer instanceof Sgd
                && optimizer.parameters().contains(linears.get(0).parameters().get(0));
        this.split = firstRows / 2;
        model.zeroGrad();
    }

    /** One training step on raw sparse inputs; returns the loss before the update (NaN or ∞: no update). */
    public double trainStep(SparseBatch x, Targets targets) {
        halve(x, null, targets);
        return trainStep();
    }

    /** One training step on dense inputs. */
    public double trainStep(Matrix x, Targets targets) {
        halve(null, x, targets);
        return trainStep();
    }

    private double trainStep() {
        boolean two = rowsOf(1) > 0;
        if (two) {
            worker.start(() -> forwardBackward(1));
        }
        forwardBackward(0);
        if (two) {
            worker.await();
        }
        double loss = meanLoss(two);
        if (!Double.isFinite(loss)) {
            return loss;
        }
        for (Linear l : linears) {
            for (Parameter p : l.parameters()) {
                optimizer.prepare(p);
            }
        }
        worker.start(() -> updateShare(1));
        updateShare(0);
        worker.await();
        balance();
        return loss;
    }

    /** Mean loss of a batch; adds the correctly classified samples to {@code correct[0]}. */
    public double evaluate(SparseBatch x, Targets targets, long[] correctOut) {
        halve(x, null, targets);
        return evaluate(correctOut);
    }

    public double evaluate(Matrix x, Targets targets, long[] correctOut) {
        halve(null, x, targets);
        return evaluate(correctOut);
    }

    private double evaluate(long[] correctOut) {
        boolean two = rowsOf(1) > 0;
        if (two) {
            worker.start(() -> forwardOnly(1));
        }
        forwardOnly(0);
        if (two) {
            worker.await();
        }
        correctOut[0] += correct[0] + (two ? correct[1] : 0);
        return meanLoss(two);
    }

    private int rowsOf(int half) {
        int first = rows < 2 ? rows : Math.max(1, Math.min(rows - 1, (rows + 1) / 2 + sampleShift));
        return half == 0 ? first : rows - first;
    }

    private void halve(SparseBatch sparse, Matrix dense, Targets targets) {
        rows = sparse != null ? sparse.size() : dense.rows();
        for (int h = 0; h < 2; h++) {
            int first = h == 0 ? 0 : rowsOf(0);
            int count = rowsOf(h);
            if (sparse != null) {
                if (sparseHalves[h] == null || sparseHalves[h].samples().length < count) {
                    sparseHalves[h] = sparse.emptyLike(Math.max(count, sparse.samples().length));
                }
                sparseHalves[h].takeSamples(sparse, first, count);
                denseHalves[h] = null;
            } else {
                denseHalves[h] = Matrix.reuse(denseHalves[h], count, dense.cols());
                for (int k = 0; k < count; k++) {
                    denseHalves[h].setRow(k, dense.row(first + k));
                }
                sparseHalves[h] = sparse;
            }
            if (targets.hasLabels()) {
                if (targetHalves[h] == null || !targetHalves[h].hasLabels() || targetHalves[h].labels().length < count) {
                    targetHalves[h] = Targets.labelBuffer(Math.max(count, targets.labels().length));
                }
                System.arraycopy(targets.labels(), first, targetHalves[h].labels(), 0, count);
                targetHalves[h].setSize(count);
            } else {
                Matrix values = targetHalves[h] == null || targetHalves[h].hasLabels() ? null : targetHalves[h].values();
                values = Matrix.reuse(values, count, targets.values().cols());
                for (int k = 0; k < count; k++) {
                    values.setRow(k, targets.values().row(first + k));
                }
                targetHalves[h] = Targets.values(values);
            }
        }
    }

    private Matrix forward(int h) {
        Mlp m = replicas[h];
        return sparseHalves[h] != null && denseHalves[h] == null ? m.forward(sparseHalves[h]) : m.forward(denseHalves[h]);
    }

    private void forwardOnly(int h) {
        Matrix out = forward(h);
        losses[h].forward(out, targetHalves[h]);
        correct[h] = targetHalves[h].hasLabels() ? countCorrect(out, targetHalves[h].labels()) : 0;
    }

    /** Phase one: this half of the batch forward, then back to the first layer's output gradient. */
    private void forwardBackward(int h) {
        long begin = System.nanoTime();
        Matrix out = forward(h);
        losses[h].forward(out, targetHalves[h]);
        Matrix d = losses[h].backward(rows);
        List<Layer> layers = replicas[h].layers();
        for (int l = layers.size() - 1; l >= 1; l--) {
            Layer layer = layers.get(l);
            d = layer instanceof Linear ? ((Linear) layer).inputGradientOnly(d, true) : layer.backward(d);
        }
        ((Linear) layers.get(0)).inputGradientOnly(d, false);
        forwardNanos[h] = System.nanoTime() - begin;
    }

    /** Phase two: thread t's share of the gradients, updates and zeroing. */
    private void updateShare(int t) {
        long begin = System.nanoTime();
        Linear first = linears.get(0);
        int from = t == 0 ? 0 : split;
        int to = t == 0 ? split : firstRows;
        Parameter weight = first.parameters().get(0);
        if (firstLayerSgd && first.hadSparseInput()) {
            Linear.sgdSparseRows(activeParts(0), from, to, t == 1, scratch[t][0], (float) optimizer.learningRate());
        } else {
            Linear.accumulateGradients(activeParts(0), from, to, t == 1, scratch[t][0]);
            optimizer.updateAndZero(weight, from, to);
        }
        if (t == 1) {
            Parameter bias = first.parameters().get(1);
            optimizer.updateAndZero(bias, 0, 1);
            for (int j = 1; j < linears.size(); j++) {
                Linear l = linears.get(j);
                Linear.accumulateGradients(activeParts(j), 0, l.inFeatures(), true, scratch[t][j]);
                for (Parameter p : l.parameters()) {
                    optimizer.updateAndZero(p, 0, p.value().length);
                }
            }
        }
        phaseNanos[t] = System.nanoTime() - begin;
    }

    private Linear[] activeParts(int j) {
        return rowsOf(1) > 0 ? parts[j] : new Linear[] {parts[j][0]};
    }

    /**
     * Moves the first layer's split and the batch's split toward equal times (results do not
     * depend on either: every sum runs in sample order, whoever computed its terms).
     */
    private void balance() {
        if (rows >= 8) {
            long f0 = forwardNanos[0];
            long f1 = forwardNanos[1];
            int perSample0 = (int) (f0 / Math.max(1, rowsOf(0)));
            if (f0 - f1 > perSample0 && sampleShift > -rows / 4) {
                sampleShift--;
            } else if (f1 - f0 > perSample0 && sampleShift < rows / 4) {
                sampleShift++;
            }
        }
        long a = phaseNanos[0];
        long b = phaseNanos[1];
        int step = Math.max(1, firstRows / 100);
        if (a > b * 1.05 && split > step) {
            split -= step;
        } else if (b > a * 1.05 && split < firstRows - step) {
            split += step;
        }
    }

    private double meanLoss(boolean two) {
        double sum = 0;
        for (int h = 0; h < (two ? 2 : 1); h++) {
            Loss l = losses[h];
            for (int b = 0; b < l.rows(); b++) {
                sum += l.rowLoss(b);
            }
        }
        return sum / losses[0].divisor(rows);
    }

    static long countCorrect(Matrix output, int[] labels) {
        long c = 0;
        for (int b = 0; b < output.rows(); b++) {
            float[] row = output.row(b);
            int best = 0;
            for (int k = 1; k < output.cols(); k++) {
                if (row[k] > row[best]) {
                    best = k;
                }
            }
            if (best == labels[b]) {
                c++;
            }
        }
        return c;
    }

    /** Share of the first layer's rows the calling thread updates (for reports). */
    public double firstLayerShare() {
        return (double) split / firstRows;
    }

    @Override
    public void close() {
        worker.close();
    }
}
