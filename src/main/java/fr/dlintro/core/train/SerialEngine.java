package fr.dlintro.core.train;

import fr.dlintro.core.data.Batch;
import fr.dlintro.core.nn.FeatureMajorPass;
import fr.dlintro.core.nn.Loss;
import fr.dlintro.core.nn.Matrix;
import fr.dlintro.core.nn.Mlp;
import fr.dlintro.core.nn.Optimizer;
import fr.dlintro.core.nn.Parameter;
import fr.dlintro.core.nn.Sgd;

/** The plain training step on the calling thread: forward, loss, backward, step, zeroGrad. */
final class SerialEngine implements StepEngine {
    private final Mlp model;
    private final Loss loss;
    private final Optimizer optimizer;
    private final boolean firstLayerSgd;   // SGD straight into the first layer's weights on sparse inputs
    private final FeatureMajorPass small;  // for small dense networks, else null

    SerialEngine(Mlp model, Loss loss, Optimizer optimizer) {
        this.model = model;
        this.loss = loss;
        this.optimizer = optimizer;
        model.zeroGrad();
        this.small = FeatureMajorPass.forSmall(model);
        this.firstLayerSgd = optimizer instanceof Sgd
                && optimizer.parameters().contains(model.linears().get(0).parameters().get(0));
    }

    static Matrix forward(Mlp model, Batch batch) {
        return batch.isSparse() ? model.forward(batch.sparse()) : model.forward(batch.inputs());
    }

    private Matrix forward(Batch batch) {
        return small != null && !batch.isSparse() ? small.forward(batch.inputs()) : forward(model, batch);
    }

    @Override
    public double trainStep(Batch batch) {
        Matrix output = forward(batch);
        double value = loss.forward(output, batch.targets());
        if (!Double.isFinite(value)) {
            return value;
        }
        Parameter done = null;
        if (small != null && !batch.isSparse()) {
            small.backward(loss.backward());
        } else if (firstLayerSgd && model.lastInputWasSparse()) {
            done = model.backwardWithFirstLayerSgd(loss.backward(), (Sgd) optimizer);
        } else {
            model.backwardParameters(loss.backward());
        }
        for (Parameter p : optimizer.parameters()) {
            optimizer.prepare(p);
            if (p != done) {
                optimizer.updateAndZero(p, 0, p.value().length);
            }
        }
        return value;
    }

    @Override
    public double evaluate(Batch batch, long[] correct) {
        Matrix output = forward(batch);
        double value = loss.forward(output, batch.targets());
        if (batch.targets().hasLabels()) {
            correct[0] += countCorrect(output, batch.targets().labels());
        }
        return value;
    }

    @Override
    public void predictClasses(Batch batch, int[] out) {
        argmax(forward(model, batch), out);
    }

    static long countCorrect(Matrix output, int[] labels) {
        long correct = 0;
        for (int b = 0; b < output.rows(); b++) {
            if (argmax(output.row(b), output.cols()) == labels[b]) {
                correct++;
            }
        }
        return correct;
    }

    static void argmax(Matrix output, int[] out) {
        for (int b = 0; b < output.rows(); b++) {
            out[b] = argmax(output.row(b), output.cols());
        }
    }

    /** Index of the largest value; the first one on ties. */
    static int argmax(float[] row, int n) {
        int best = 0;
        for (int k = 1; k < n; k++) {
            if (row[k] > row[best]) {
                best = k;
            }
        }
        return best;
    }
}
