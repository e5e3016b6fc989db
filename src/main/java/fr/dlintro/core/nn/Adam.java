package fr.dlintro.core.nn;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adam, exactly as torch.optim.Adam (no weight decay, no amsgrad). At step t, for each
 * element with gradient g:
 * <pre>
 *   m ← β1·m + (1 − β1)·g
 *   v ← β2·v + (1 − β2)·g²
 *   θ ← θ − (lr / (1 − β1ᵗ)) · m / (√v / √(1 − β2ᵗ) + ε)
 * </pre>
 * Defaults β1 = 0.9, β2 = 0.999, ε = 1e−8. The step count t is kept per parameter, as
 * PyTorch does.
 */
public final class Adam implements Optimizer {
    public static final double BETA1 = 0.9;
    public static final double BETA2 = 0.999;
    public static final double EPSILON = 1e-8;

    private final List<Parameter> parameters;
    private final double learningRate;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final Map<Parameter, State> states = new IdentityHashMap<>();

    public Adam(List<Parameter> parameters, double learningRate) {
        this(parameters, learningRate, BETA1, BETA2, EPSILON);
    }

    public Adam(List<Parameter> parameters, double learningRate, double beta1, double beta2, double epsilon) {
        this.parameters = List.copyOf(parameters);
        this.learningRate = learningRate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        for (Parameter p : this.parameters) {
            states.put(p, new State(p.value()));
        }
    }

    private static final class State {
        final float[][] m;
        final float[][] v;
        int step;

        State(float[][] shape) {
            m = new float[shape.length][];
            v = new float[shape.length][];
            for (int r = 0; r < shape.length; r++) {
                m[r] = new float[shape[r].length];
                v[r] = new float[shape[r].length];
            }
        }
    }

    @Override
    public List<Parameter> parameters() {
        return parameters;
    }

    @Override
    public void prepare(Parameter p) {
        states.get(p).step++;
        p.markUpdated();
    }

    @Override
    public void update(Parameter p, int from, int to) {
        State s = states.get(p);
        double biasCorrection1 = 1 - Math.pow(beta1, s.step);
        double biasCorrection2 = 1 - Math.pow(beta2, s.step);
        float stepSize = (float) (learningRate / biasCorrection1);
        float invSqrtBc2 = (float) (1 / Math.sqrt(biasCorrection2));
        float b1 = (float) beta1;
        float b2 = (float) beta2;
        float oneMinusB1 = (float) (1 - beta1);
        float oneMinusB2 = (float) (1 - beta2);
        float eps = (float) epsilon;
        float[][] value = p.value();
        float[][] grad = p.grad();
        for (int r = from; r < to; r++) {
            float[] w = value[r];
            float[] g = grad[r];
            float[] m = s.m[r];
            float[] v = s.v[r];
            for (int j = 0; j < w.length; j++) {
                m[j] = b1 * m[j] + oneMinusB1 * g[j];
                v[j] = b2 * v[j] + oneMinusB2 * g[j] * g[j];
                float denom = (float) Math.sqrt(v[j]) * invSqrtBc2 + eps;
                w[j] -= stepSize * m[j] / denom;
            }
        }
    }

    @Override
    public double learningRate() {
        return learningRate;
    }

    @Override
    public String name() {
        return "adam";
    }
}
