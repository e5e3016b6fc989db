package fr.dlintro.core.nn;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A fully connected layer, z = x·Wᵀ + b, PyTorch's {@code nn.Linear}.
 *
 * <p>Its meaning and every accessor follow PyTorch: the weight is (out, in), {@code
 * weight(o, i)} links input i to output o. In memory it is held transposed, {@code wt[i][o]},
 * because with one sample per row that makes the forward pass and the weight gradient
 * axpy loops over the outputs (rows of wt), which vectorise, and lets the first layer skip
 * zero inputs (see {@link SparseBatch}); only the input gradient needs a transposed pass.
 */
public final class Linear implements Layer {
    private final int in;
    private final int out;
    private final float[][] wt;   // (in, out): wt[i][o] = weight(o, i)
    private final float[] bias;   // (out)
    private final float[][] dWt;  // (in, out), same layout as wt
    private final float[] dBias;
    private final Parameter weightParam;
    private final Parameter biasParam;

    private Matrix input;         // last dense input, (batch, in); not copied
    private SparseBatch sparseInput;
    private Matrix output;        // (batch, out)
    private Matrix dInput;        // (batch, in)
    private Matrix deltaT;        // (out, batch): dOutput transposed
    private Matrix dInputT;       // (in, batch)
    private float[] columnSums;   // Σ_i weight(o, i), for sparse inputs
    private float[] offset;       // bias + shift·columnSums
    private float[] deltaSum;     // Σ_b dOutput[b]
    private int[] pixelStart;     // sparse weight gradient: entries of pixel i are pixelStart[i] .. pixelStart[i+1]-1
    private int[] fillPosition;
    private float[][] entryDelta; // the dOutput row of each entry
    private float[] entryCoefficient;
    private int columnSumsVersion = -1;

    public Linear(int in, int out) {
        if (in <= 0 || out <= 0) {
            throw new IllegalArgumentException("Linear(" + in + ", " + out + ")");
        }
        this.in = in;
        this.out = out;
        this.wt = new float[in][out];
        this.bias = new float[out];
        this.weightParam = new Parameter("weight", wt);
        this.biasParam = new Parameter("bias", new float[][] {bias});
        this.dWt = weightParam.grad();
        this.dBias = biasParam.grad()[0];
    }

    /** PyTorch's default initialisation: weights and biases uniform in ±1/√in. */
    public Linear(int in, int out, RandomGenerator random) {
        this(in, out);
        initialise(random);
    }

    /** Draws weights (row by row of the (out, in) matrix) then biases, uniform in ±1/√in. */
    public void initialise(RandomGenerator random) {
        double bound = 1.0 / Math.sqrt(in);
        for (int o = 0; o < out; o++) {
            for (int i = 0; i < in; i++) {
                wt[i][o] = (float) random.nextDouble(-bound, bound);
            }
        }
        for (int o = 0; o < out; o++) {
            bias[o] = (float) random.nextDouble(-bound, bound);
        }
        changed();
    }

    public int inFeatures() {
        return in;
    }

    public int outFeatures() {
        return out;
    }

    @Override
    public String type() {
        return "linear";
    }

    @Override
    public int outputSize(int inputSize) {
        return out;
    }

    public double weight(int o, int i) {
        return wt[i][o];
    }

    public void setWeight(int o, int i, double value) {
        wt[i][o] = (float) value;
        changed();
    }

    public double bias(int o) {
        return bias[o];
    }

    public void setBias(int o, double value) {
        bias[o] = (float) value;
        changed();
    }

    /** dLoss/dweight(o, i), accumulated since the last {@link #zeroGrad()}. */
    public double dWeight(int o, int i) {
        return dWt[i][o];
    }

    public double dBias(int o) {
        return dBias[o];
    }

    /** A copy of the weight as (out, in) rows, PyTorch's layout. */
    public double[][] weights() {
        double[][] w = new double[out][in];
        for (int o = 0; o < out; o++) {
            for (int i = 0; i < in; i++) {
                w[o][i] = wt[i][o];
            }
        }
        return w;
    }

    public double[] biases() {
        double[] b = new double[out];
        for (int o = 0; o < out; o++) {
            b[o] = bias[o];
        }
        return b;
    }

    /** Sets the weight from (out, in) rows and the bias. */
    public void setParameters(double[][] weightRows, double[] biasValues) {
        if (weightRows.length != out || biasValues.length != out) {
            throw new IllegalArgumentException("expected " + out + " rows and biases");
        }
        for (int o = 0; o < out; o++) {
            if (weightRows[o].length != in) {
                throw new IllegalArgumentException("expected rows of " + in);
            }
            for (int i = 0; i < in; i++) {
                wt[i][o] = (float) weightRows[o][i];
            }
            bias[o] = (float) biasValues[o];
        }
        changed();
    }

    private void changed() {
        weightParam.markUpdated();
        biasParam.markUpdated();
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(weightParam, biasParam);
    }

    // ---- forward -------------------------------------------------------------------------

    @Override
    public Matrix forward(Matrix x) {
        if (x.cols() != in) {
            throw new IllegalArgumentException("Linear expects " + in + " inputs, got " + x.cols());
        }
        input = x;
        sparseInput = null;
        int n = x.rows();
        output = Matrix.reuse(output, n, out);
        float[][] xs = x.data();
        float[][] ys = output.data();
        for (int b = 0; b < n; b++) {
            float[] y = ys[b];
            float[] xb = xs[b];
            System.arraycopy(bias, 0, y, 0, out);
            int i = 0;
            for (; i + 3 < in; i += 4) {
                Kernels.axpy4(xb[i], wt[i], xb[i + 1], wt[i + 1], xb[i + 2], wt[i + 2], xb[i + 3], wt[i + 3], y, out);
            }
            for (; i < in; i++) {
                Kernels.axpy(xb[i], wt[i], y, out);
            }
        }
        return output;
    }

    /** The forward pass on raw sparse inputs (see {@link SparseBatch}). */
    public Matrix forward(SparseBatch x) {
        if (x.width() != in) {
            throw new IllegalArgumentException("Linear expects " + in + " inputs, got " + x.width());
        }
        sparseInput = x;
        input = null;
        int n = x.size();
        output = Matrix.reuse(output, n, out);
        float[] offset = sparseOffset(x.shift());
        float scale = x.scale();
        int[] start = x.start();
        short[] index = x.index();
        byte[] value = x.value();
        int[] samples = x.samples();
        float[][] ys = output.data();
        for (int b = 0; b < n; b++) {
            float[] y = ys[b];
            java.util.Arrays.fill(y, 0f);
            int s = samples[b];
            int k = start[s];
            int end = start[s + 1];
            for (; k + 3 < end; k += 4) {
                Kernels.axpy4(value[k] & 0xFF, wt[index[k]], value[k + 1] & 0xFF, wt[index[k + 1]],
                        value[k + 2] & 0xFF, wt[index[k + 2]], value[k + 3] & 0xFF, wt[index[k + 3]], y, out);
            }
            for (; k < end; k++) {
                Kernels.axpy(value[k] & 0xFF, wt[index[k]], y, out);
            }
            for (int o = 0; o < out; o++) {
                y[o] = Math.fma(scale, y[o], offset[o]);
            }
        }
        return output;
    }

    /** bias + shift·Σ_i W[o][i]: what a zero raw input contributes. */
    private float[] sparseOffset(float shift) {
        if (columnSums == null) {
            columnSums = new float[out];
        }
        if (columnSumsVersion != weightParam.version()) {
            java.util.Arrays.fill(columnSums, 0f);
            for (int i = 0; i < in; i++) {
                Kernels.axpy(1f, wt[i], columnSums, out);
            }
            columnSumsVersion = weightParam.version();
        }
        if (offset == null) {
            offset = new float[out];
        }
        for (int o = 0; o < out; o++) {
            offset[o] = Math.fma(shift, columnSums[o], bias[o]);
        }
        return offset;
    }

    // ---- backward ------------------------------------------------------------------------

    @Override
    public Matrix backward(Matrix dOutput) {
        return backward(dOutput, true);
    }

    /**
     * Accumulates dWeight and dBias; computes dInput only when asked (a network's first
     * layer never needs it during training).
     */
    public Matrix backward(Matrix dOutput, boolean inputGradient) {
        int n = dOutput.rows();
        float[][] delta = dOutput.data();
        for (int b = 0; b < n; b++) {
            Kernels.axpy(1f, delta[b], dBias, out);
        }
        if (sparseInput != null) {
            accumulateSparseWeightGradient(delta, n);
            if (inputGradient) {
                throw new IllegalStateException("no input gradient for raw sparse inputs");
            }
            return null;
        }
        float[][] xs = input.data();
        // dWt[i][o] += Σ_b x[b][i]·delta[b][o], four samples at a time
        for (int i = 0; i < in; i++) {
            float[] g = dWt[i];
            int b = 0;
            for (; b + 3 < n; b += 4) {
                Kernels.axpy4(xs[b][i], delta[b], xs[b + 1][i], delta[b + 1], xs[b + 2][i], delta[b + 2],
                        xs[b + 3][i], delta[b + 3], g, out);
            }
            for (; b < n; b++) {
                Kernels.axpy(xs[b][i], delta[b], g, out);
            }
        }
        return inputGradient ? inputGradient(dOutput) : null;
    }

    /** dInput = dOutput·W, computed as dInputᵀ[i] = Σ_o wt[i][o]·dOutputᵀ[o] (axpy over the batch). */
    private Matrix inputGradient(Matrix dOutput) {
        int n = dOutput.rows();
        deltaT = Kernels.transpose(dOutput, deltaT);
        dInputT = Matrix.reuse(dInputT, in, n);
        float[][] dt = deltaT.data();
        float[][] git = dInputT.data();
        for (int i = 0; i < in; i++) {
            float[] w = wt[i];
            float[] g = git[i];
            java.util.Arrays.fill(g, 0, n, 0f);
            int o = 0;
            for (; o + 3 < out; o += 4) {
                Kernels.axpy4(w[o], dt[o], w[o + 1], dt[o + 1], w[o + 2], dt[o + 2], w[o + 3], dt[o + 3], g, n);
            }
            for (; o < out; o++) {
                Kernels.axpy(w[o], dt[o], g, n);
            }
        }
        dInput = Kernels.transpose(dInputT, dInput);
        return dInput;
    }

    /**
     * dWt[i] += Σ_b (scale·u[b][i] + shift)·delta[b] for every pixel i. The batch's nonzero
     * entries are first grouped by pixel (a counting sort), so each row of dWt is loaded and
     * stored once, with its terms fused four at a time: the shift term (shared by every
     * row) plus one term per sample where the pixel is lit.
     */
    private void accumulateSparseWeightGradient(float[][] delta, int n) {
        SparseBatch x = sparseInput;
        float scale = x.scale();
        float shift = x.shift();
        int[] start = x.start();
        short[] index = x.index();
        byte[] value = x.value();
        int[] samples = x.samples();
        int nonzero = 0;
        for (int b = 0; b < n; b++) {
            nonzero += start[samples[b] + 1] - start[samples[b]];
        }
        if (pixelStart == null) {
            pixelStart = new int[in + 1];
        }
        if (entryDelta == null || entryDelta.length < nonzero + 1) {
            entryDelta = new float[nonzero + 64][];
            entryCoefficient = new float[nonzero + 64];
        }
        java.util.Arrays.fill(pixelStart, 0);
        for (int b = 0; b < n; b++) {
            int s = samples[b];
            for (int k = start[s]; k < start[s + 1]; k++) {
                pixelStart[index[k] + 1]++;
            }
        }
        for (int i = 0; i < in; i++) {
            pixelStart[i + 1] += pixelStart[i];
        }
        if (fillPosition == null) {
            fillPosition = new int[in];
        }
        System.arraycopy(pixelStart, 0, fillPosition, 0, in);
        for (int b = 0; b < n; b++) {
            int s = samples[b];
            float[] d = delta[b];
            for (int k = start[s]; k < start[s + 1]; k++) {
                int slot = fillPosition[index[k]]++;
                entryDelta[slot] = d;
                entryCoefficient[slot] = scale * (value[k] & 0xFF);
            }
        }
        if (deltaSum == null) {
            deltaSum = new float[out];
        }
        java.util.Arrays.fill(deltaSum, 0f);
        for (int b = 0; b < n; b++) {
            Kernels.axpy(1f, delta[b], deltaSum, out);
        }
        for (int i = 0; i < in; i++) {
            int from = pixelStart[i];
            Kernels.axpyTerms(shift, deltaSum, entryCoefficient, entryDelta, from, pixelStart[i + 1] - from, dWt[i], out);
        }
    }
}
