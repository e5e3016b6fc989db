package fr.dlintro.core.nn;

import java.util.List;

/**
 * Forward and backward passes of a small dense network with the batch along the rows: each
 * buffer holds one feature per row and one sample per column, {@code t[feature][sample]}.
 *
 * <p>For the calculator's 2-16-16-16-1 and batches of 64, the usual layout loops over rows
 * of 16 (or 1) outputs, too short for the JIT's vector loops, and spends more on per-row
 * set-up and on listing nonzero entries than on arithmetic; here every inner loop runs over
 * the 64 samples. The sums run in the same order as {@link Linear}'s (inputs in order,
 * then samples in order), so the outputs and gradients are the same bits, zeros included
 * in the sums rather than skipped.
 *
 * <p>Parameters and gradients are the layers' own: {@link Mlp#zeroGrad()}, optimizers and
 * every accessor see what the usual passes would have left.
 */
public final class FeatureMajorPass {
    /** Widest layer this pass is for: beyond it the usual layout's rows are long enough. */
    static final int MAX_WIDTH = 32;

    private final List<Layer> layers;
    private final int inputSize;
    private final float[][][] values;   // values[l]: input of layer l (values[0]: the network input); values[n]: output
    private final float[][][] grads;    // grads[l]: dLoss/d(values[l])
    private final int[] widths;
    private int capacity;
    private int rows;
    private Matrix output;

    private FeatureMajorPass(Mlp model) {
        this.layers = model.layers();
        this.inputSize = model.inputSize();
        int n = layers.size();
        widths = new int[n + 1];
        widths[0] = inputSize;
        for (int l = 0; l < n; l++) {
            widths[l + 1] = layers.get(l).outputSize(widths[l]);
        }
        values = new float[n + 1][][];
        grads = new float[n + 1][][];
    }

    /** This pass for {@code model}, or null when the model is not a small dense network. */
    public static FeatureMajorPass forSmall(Mlp model) {
        if (model.inputSize() > MAX_WIDTH) {
            return null;
        }
        for (Layer layer : model.layers()) {
            if (layer instanceof Linear) {
                if (((Linear) layer).outFeatures() > MAX_WIDTH) {
                    return null;
                }
            } else if (!(layer instanceof Activation) || layer instanceof Softmax) {
                return null; // softmax mixes features: not element-wise
            }
        }
        return new FeatureMajorPass(model);
    }

    private void ensure(int n) {
        rows = n;
        if (n <= capacity) {
            return;
        }
        capacity = Math.max(n, 2 * capacity);
        for (int l = 0; l < values.length; l++) {
            values[l] = new float[widths[l]][capacity];
            grads[l] = new float[widths[l]][capacity];
        }
    }

    /** The network's output for a dense batch, (batch, outputs); keeps what {@link #backward} needs. */
    public Matrix forward(Matrix x) {
        if (x.cols() != inputSize) {
            throw new IllegalArgumentException("the network expects " + inputSize + " inputs, got " + x.cols());
        }
        int n = x.rows();
        ensure(n);
        float[][] in = values[0];
        for (int b = 0; b < n; b++) {
            float[] row = x.row(b);
            for (int i = 0; i < inputSize; i++) {
                in[i][b] = row[i];
            }
        }
        for (int l = 0; l < layers.size(); l++) {
            Layer layer = layers.get(l);
            if (layer instanceof Linear) {
                linearForward((Linear) layer, values[l], values[l + 1], n);
            } else {
                Activation a = (Activation) layer;
                for (int f = 0; f < widths[l + 1]; f++) {
                    a.apply(values[l][f], values[l + 1][f], n);
                }
            }
        }
        int outputs = widths[layers.size()];
        output = Matrix.reuse(output, n, outputs);
        float[][] last = values[layers.size()];
        for (int b = 0; b < n; b++) {
            float[] row = output.row(b);
            for (int o = 0; o < outputs; o++) {
                row[o] = last[o][b];
            }
        }
        return output;
    }

    /** z[o] = bias[o] + Σ_i w(o, i)·x[i], each row z[o] over the batch. */
    private static void linearForward(Linear layer, float[][] x, float[][] z, int n) {
        float[][] wt = layer.wt();
        float[] bias = layer.biasValues();
        int in = layer.inFeatures();
        for (int o = 0; o < layer.outFeatures(); o++) {
            float[] y = z[o];
            java.util.Arrays.fill(y, 0, n, bias[o]);
            int i = 0;
            for (; i + 3 < in; i += 4) {
                Kernels.axpy4(wt[i][o], x[i], wt[i + 1][o], x[i + 1], wt[i + 2][o], x[i + 2], wt[i + 3][o], x[i + 3], y, n);
            }
            for (; i < in; i++) {
                Kernels.axpy(wt[i][o], x[i], y, n);
            }
        }
    }

    /**
     * Back-propagates dLoss/dOutput (batch, outputs) of the last forward batch, accumulating
     * (+=) every parameter's gradient; the network input's gradient is not computed.
     */
    public void backward(Matrix dOutput) {
        int n = rows;
        int last = layers.size();
        float[][] g = grads[last];
        for (int b = 0; b < n; b++) {
            float[] row = dOutput.row(b);
            for (int o = 0; o < widths[last]; o++) {
                g[o][b] = row[o];
            }
        }
        for (int l = last - 1; l >= 0; l--) {
            Layer layer = layers.get(l);
            if (layer instanceof Linear) {
                Linear linear = (Linear) layer;
                accumulate(linear, values[l], grads[l + 1], n);
                if (l > 0) {
                    inputGradient(linear, grads[l + 1], grads[l], n);
                }
            } else {
                Activation a = (Activation) layer;
                for (int f = 0; f < widths[l]; f++) {
                    a.chain(values[l][f], values[l + 1][f], grads[l + 1][f], grads[l][f], n);
                }
            }
        }
    }

    /**
     * dBias[o] += Σ_b delta[o][b] and dWt[i][o] += Σ_b x[i][b]·delta[o][b], each sum in sample
     * order as {@link Linear} does; eight sums at a time so that they do not wait on each other.
     */
    private static void accumulate(Linear layer, float[][] x, float[][] delta, int n) {
        int in = layer.inFeatures();
        int out = layer.outFeatures();
        float[] dBias = layer.biasGrad();
        for (int o = 0; o < out; o++) {
            float[] d = delta[o];
            float s = 0f;
            for (int b = 0; b < n; b++) {
                s += d[b];
            }
            dBias[o] += s;
        }
        float[][] dWt = layer.weightGrad();
        int i = 0;
        for (; i + 1 < in; i += 2) {
            float[] x0 = x[i];
            float[] x1 = x[i + 1];
            float[] g0 = dWt[i];
            float[] g1 = dWt[i + 1];
            int o = 0;
            for (; o + 3 < out; o += 4) {
                float[] d0 = delta[o];
                float[] d1 = delta[o + 1];
                float[] d2 = delta[o + 2];
                float[] d3 = delta[o + 3];
                float a0 = g0[o], a1 = g0[o + 1], a2 = g0[o + 2], a3 = g0[o + 3];
                float c0 = g1[o], c1 = g1[o + 1], c2 = g1[o + 2], c3 = g1[o + 3];
                for (int b = 0; b < n; b++) {
                    float u = x0[b];
                    float v = x1[b];
                    a0 = Math.fma(u, d0[b], a0);
                    a1 = Math.fma(u, d1[b], a1);
                    a2 = Math.fma(u, d2[b], a2);
                    a3 = Math.fma(u, d3[b], a3);
                    c0 = Math.fma(v, d0[b], c0);
                    c1 = Math.fma(v, d1[b], c1);
                    c2 = Math.fma(v, d2[b], c2);
                    c3 = Math.fma(v, d3[b], c3);
                }
                g0[o] = a0;
                g0[o + 1] = a1;
                g0[o + 2] = a2;
                g0[o + 3] = a3;
                g1[o] = c0;
                g1[o + 1] = c1;
                g1[o + 2] = c2;
                g1[o + 3] = c3;
            }
            for (; o < out; o++) {
                g0[o] = dot(x0, delta[o], n, g0[o]);
                g1[o] = dot(x1, delta[o], n, g1[o]);
            }
        }
        for (; i < in; i++) {
            for (int o = 0; o < out; o++) {
                dWt[i][o] = dot(x[i], delta[o], n, dWt[i][o]);
            }
        }
    }

    private static float dot(float[] x, float[] y, int n, float start) {
        float acc = start;
        for (int b = 0; b < n; b++) {
            acc = Math.fma(x[b], y[b], acc);
        }
        return acc;
    }

    /** dx[i] = Σ_o w(o, i)·delta[o], outputs in order as {@link Linear} does. */
    private static void inputGradient(Linear layer, float[][] delta, float[][] dx, int n) {
        float[][] wt = layer.wt();
        int out = layer.outFeatures();
        for (int i = 0; i < layer.inFeatures(); i++) {
            float[] w = wt[i];
            float[] g = dx[i];
            java.util.Arrays.fill(g, 0, n, 0f);
            int o = 0;
            for (; o + 3 < out; o += 4) {
                Kernels.axpy4(w[o], delta[o], w[o + 1], delta[o + 1], w[o + 2], delta[o + 2], w[o + 3], delta[o + 3], g, n);
            }
            for (; o < out; o++) {
                Kernels.axpy(w[o], delta[o], g, n);
            }
        }
    }
}
