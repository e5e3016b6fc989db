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
    public void step(Parameter p) {
        float minusLr = -learningRate;
        float[][] value = p.value();
        float[][] grad = p.grad();
        for (int r = 0; r < value.length; r++) {
            Kernels.axpy(minusLr, grad[r], value[r], value[r].length);
        }
        p.markUpdated();
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
