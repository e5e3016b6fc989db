package fr.dlintro.core.nn;

import java.util.List;

/**
 * Stochastic gradient descent, torch.optim.SGD without momentum: θ ← θ − lr·∇θ.
 * The book's 4.3.2: W := W − α·∇J(W).
 */
public final class Sgd implements Optimizer {
    private final List<Parameter> parameters;
    private final float learningRate;

    public Sgd(List<Parameter> parameters, double learningRate) {
        this.parameters = List.copyOf(parameters);
        this.learningRate = (float) learningRate;
    }

    @Override
    public List<Parameter> parameters() {
        return parameters;
    }

    @Override
    public void prepare(Parameter p) {
        p.markUpdated();
    }

    @Override
    public void update(Parameter p, int from, int to) {
        float minusLr = -learningRate;
        float[][] value = p.value();
        float[][] grad = p.grad();
        for (int r = from; r < to; r++) {
            Kernels.axpy(minusLr, grad[r], value[r], value[r].length);
        }
    }

    /** The same bits as update then zeroing, in one pass: a row of 40 is too short to pay for two. */
    @Override
    public void updateAndZero(Parameter p, int from, int to) {
        float minusLr = -learningRate;
        float[][] value = p.value();
        float[][] grad = p.grad();
        for (int r = from; r < to; r++) {
            Kernels.axpyAndZero(minusLr, grad[r], value[r], value[r].length);
        }
    }

    @Override
    public double learningRate() {
        return learningRate;
    }

    @Override
    public String name() {
        return "sgd";
    }
}
