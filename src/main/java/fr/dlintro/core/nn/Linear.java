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
 * zero inputs (see {@link SparseBatch}); the input gradient uses an (out, in) copy refreshed
 * after each update.
 *
 * <p>The products skip exact zeros, which changes no result: the inputs after a ReLU (about
 * half of them) and the output gradients behind a ReLU, gathered per row, then grouped by
 * input for the weight gradient; raw MNIST pixels (four fifths zero) are read straight from
 * their {@link SparseBatch}. Each product is rows of the result accumulating four source
 * rows per pass ({@code y += a·x + b·u + c·v + d·w}), measured fastest here.
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

    private final RowEntries inputs = new RowEntries();   // nonzero inputs of the last batch, by sample
    private final RowEntries deltas = new RowEntries();   // nonzero dOutput entries, by sample
    private float shift;          // raw sparse input: input = scale·u + shift (0 for dense)
    private SparseBatch sparseInput; // the last raw sparse input, or null
    private Matrix output;        // (batch, out)
    private Matrix dInput;        // (batch, in)
    private float[][] weightRows; // (out, in) copy of the weight, for dInput
    private int weightRowsVersion = -1;
    private float[] columnSums;   // Σ_i weight(o, i), for sparse inputs
    private float[] offset;       // bias + shift·columnSums
    private int columnSumsVersion = -1;
    private Matrix lastDOutput;   // dOutput of the last backward, (batch, out)
    private Linear[] self;
    private GradientScratch scratch;

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

    /** A replica sharing this layer's parameters and gradients, with its own buffers (one per thread). */
    Linear replica() {
        return new Linear(this);
    }

    private Linear(Linear shared) {
        this.in = shared.in;
        this.out = shared.out;
        this.wt = shared.wt;
        this.bias = shared.bias;
        this.weightParam = shared.weightParam;
        this.biasParam = shared.biasParam;
        this.dWt = shared.dWt;
        this.dBias = shared.dBias;
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

    /** The weight itself, (in, out): for passes of this package that lay batches out differently. */
    float[][] wt() {
        return wt;
    }

    float[] biasValues() {
        return bias;
    }

    /** The weight gradient itself, (in, out). */
    float[][] weightGrad() {
        return dWt;
    }

    float[] biasGrad() {
        return dBias;
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

    /** z[b] = bias + Σ_i x[b][i]·wt[i] over the nonzero x[b][i] (exact: zeros add nothing). */
    @Override
    public Matrix forward(Matrix x) {
        if (x.cols() != in) {
            throw new IllegalArgumentException("Linear expects " + in + " inputs, got " + x.cols());
        }
        shift = 0f;
        sparseInput = null;
        inputs.fromDense(x);
        return multiply(x.rows(), bias);
    }

    /**
     * The forward pass on raw sparse inputs (see {@link SparseBatch}): straight from the
     * batch's entries, z[b] = scale·Σ u·wt[i] + (bias + shift·Σ_i wt[i]).
     */
    public Matrix forward(SparseBatch x) {
        if (x.width() != in) {
            throw new IllegalArgumentException("Linear expects " + in + " inputs, got " + x.width());
        }
        shift = x.shift();
        sparseInput = x;
        int n = x.size();
        output = Matrix.reuse(output, n, out);
        float[] start = sparseOffset(shift);
        float scale = x.scale();
        int[] first = x.start();
        short[] index = x.index();
        byte[] value = x.value();
        int[] samples = x.samples();
        float[][] ys = output.data();
        for (int b = 0; b < n; b++) {
            float[] y = ys[b];
            java.util.Arrays.fill(y, 0f);
            int s = samples[b];
            Kernels.byteGatherAxpy(value, index, first[s], first[s + 1], wt, y, out);
            for (int o = 0; o < out; o++) {
                y[o] = Math.fma(scale, y[o], start[o]);
            }
        }
        return output;
    }

    private Matrix multiply(int n, float[] start) {
        output = Matrix.reuse(output, n, out);
        float[][] ys = output.data();
        int[] rowStart = inputs.start;
        for (int b = 0; b < n; b++) {
            System.arraycopy(start, 0, ys[b], 0, out);
        }
        Kernels.gatherAxpyRows(0f, null, inputs.value, inputs.column, rowStart, ys, 0, n, wt, out);
        return output;
    }

    /** bias + shift·Σ_i W[o][i]: what a zero raw input contributes. */
    private float[] sparseOffset(float shift) {
        if (columnSums == null) {
            columnSums = new float[out];
            offset = new float[out];
        }
        if (columnSumsVersion != weightParam.version()) {
            java.util.Arrays.fill(columnSums, 0f);
            int i = 0;
            for (; i + 3 < in; i += 4) {
                Kernels.axpy4(1f, wt[i], 1f, wt[i + 1], 1f, wt[i + 2], 1f, wt[i + 3], columnSums, out);
            }
            for (; i < in; i++) {
                Kernels.axpy(1f, wt[i], columnSums, out);
            }
            columnSumsVersion = weightParam.version();
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
        lastDOutput = dOutput;
        if (self == null) {
            self = new Linear[] {this};
            scratch = new GradientScratch();
        }
        accumulateGradients(self, 0, in, true, scratch);
        if (!inputGradient) {
            return null;
        }
        return inputGradient(dOutput);
    }

    /** dInput only, keeping dOutput for a later {@link #accumulateGradients} (threads split that part). */
    Matrix inputGradientOnly(Matrix dOutput, boolean inputGradient) {
        lastDOutput = dOutput;
        return inputGradient ? inputGradient(dOutput) : null;
    }

    /** A thread's working arrays for {@link #accumulateGradients}. */
    static final class GradientScratch {
        private final RowEntries byInput = new RowEntries();
        private float[][] deltaRows = new float[0][];
        private float[] deltaSum = new float[0];
        private RowEntries[] entries = new RowEntries[0];
        private SparseBatch[] batches = new SparseBatch[0];
    }

    /**
     * Adds the last batch's contribution to rows {@code from .. to-1} of dWeight (as (in, out)
     * rows: input indices) and, when asked, to dBias. The batch may be split across replicas
     * (their samples in order); the sums run in sample order either way, so one thread or two
     * give the same bits.
     *
     * <p>dWt[i] += Σ_b x[b][i]·delta[b], over the nonzero x[b][i] grouped by i so that each
     * row of dWt is updated once; a raw sparse input adds shift·Σ_b delta[b] to every row.
     */
    static void accumulateGradients(Linear[] parts, int from, int to, boolean withBias, GradientScratch scratch) {
        gradients(parts, from, to, withBias, scratch, 1f);
    }

    /**
     * SGD on rows {@code from .. to-1} of a layer fed raw sparse inputs, straight into the
     * weights: W[i] += −lr·(shift·Σ_b delta[b] + Σ_b scale·u·delta[b]), the weight gradient
     * never stored, so each row is visited once instead of three times (gradient, update,
     * zeroing). dBias is accumulated as usual when asked. Rounds differently from the
     * gradient-then-update path, the same way on one thread or two.
     */
    static void sgdSparseRows(Linear[] parts, int from, int to, boolean withBias, GradientScratch scratch,
            float learningRate) {
        if (parts[0].sparseInput == null) {
            throw new IllegalStateException("direct SGD needs a raw sparse input");
        }
        gradients(parts, from, to, withBias, scratch, -learningRate);
    }

    /** The last forward pass read raw sparse inputs (see {@link #sgdSparseRows}). */
    boolean hadSparseInput() {
        return sparseInput != null;
    }

    /** The first layer's share of a serial SGD step: see {@link #sgdSparseRows}. */
    void sgdSparseStep(Matrix dOutput, float learningRate) {
        lastDOutput = dOutput;
        if (self == null) {
            self = new Linear[] {this};
            scratch = new GradientScratch();
        }
        sgdSparseRows(self, 0, in, true, scratch, learningRate);
    }

    /** factor 1: dWt += the gradient; otherwise (sparse input only) wt += factor·the gradient. */
    private static void gradients(Linear[] parts, int from, int to, boolean withBias, GradientScratch scratch,
            float factor) {
        Linear owner = parts[0];
        int out = owner.out;
        int n = 0;
        for (Linear p : parts) {
            n += p.lastDOutput.rows();
        }
        if (scratch.deltaRows.length < n) {
            scratch.deltaRows = new float[Math.max(n, 2 * scratch.deltaRows.length)][];
        }
        if (scratch.deltaSum.length != out) {
            scratch.deltaSum = new float[out];
        }
        float[][] delta = scratch.deltaRows;
        float[] deltaSum = scratch.deltaSum;
        java.util.Arrays.fill(deltaSum, 0f);
        if (scratch.entries.length != parts.length) {
            scratch.entries = new RowEntries[parts.length];
        }
        RowEntries[] entries = scratch.entries;
        int b = 0;
        for (int k = 0; k < parts.length; k++) {
            Matrix d = parts[k].lastDOutput;
            for (int r = 0; r < d.rows(); r++) {
                delta[b] = d.row(r);
                Kernels.axpy(1f, delta[b], deltaSum, out);
                b++;
            }
            entries[k] = parts[k].inputs;
        }
        if (withBias) {
            Kernels.axpy(1f, deltaSum, owner.dBias, out);
        }
        float shift = owner.shift;
        RowEntries byInput = scratch.byInput;
        if (owner.sparseInput != null) {
            if (scratch.batches.length != parts.length) {
                scratch.batches = new SparseBatch[parts.length];
            }
            for (int k = 0; k < parts.length; k++) {
                scratch.batches[k] = parts[k].sparseInput;
            }
            accumulateSparse(parts[0], scratch.batches, from, to, delta, deltaSum, shift, byInput, factor);
            return;
        }
        RowEntries.groupByColumn(entries, from, to, byInput);
        int[] s = byInput.start;
        float[][] dWt = owner.dWt;
        Kernels.gatherAxpyRows(shift, deltaSum, byInput.value, byInput.column, s, dWt, from, to - from, delta, out);
    }

    /**
     * The raw sparse case: the lit pixels of the batch grouped by pixel (in sample order), so
     * each row of dWt gets shift·Σ_b delta[b] plus its few scale·u·delta[b] in one pass of
     * four terms at a time, rather than one short pass per pixel and sample.
     */
    private static void accumulateSparse(Linear owner, SparseBatch[] batches, int from, int to, float[][] delta,
            float[] deltaSum, float shift, RowEntries byInput, float factor) {
        float[][] target = factor == 1f ? owner.dWt : owner.wt;
        int out = owner.out;
        RowEntries.groupSparseByColumn(batches, from, to, byInput, factor);
        int[] s = byInput.start;
        float a0 = factor * shift;
        Kernels.gatherAxpyRows(a0, deltaSum, byInput.value, byInput.column, s, target, from, to - from, delta, out);
    }

    /** dInput[b] = Σ_o dOutput[b][o]·W[o] over the nonzero dOutput[b][o], W as (out, in) rows. */
    private Matrix inputGradient(Matrix dOutput) {
        if (shift != 0f) {
            throw new IllegalStateException("no input gradient for raw sparse inputs");
        }
        int n = dOutput.rows();
        if (weightRows == null) {
            weightRows = new float[out][in];
        }
        if (weightRowsVersion != weightParam.version()) {
            for (int i = 0; i < in; i++) {
                float[] row = wt[i];
                for (int o = 0; o < out; o++) {
                    weightRows[o][i] = row[o];
                }
            }
            weightRowsVersion = weightParam.version();
        }
        deltas.fromDense(dOutput);
        dInput = Matrix.reuse(dInput, n, in);
        float[][] gs = dInput.data();
        int[] s = deltas.start;
        for (int b = 0; b < n; b++) {
            java.util.Arrays.fill(gs[b], 0f);
        }
        Kernels.gatherAxpyRows(0f, null, deltas.value, deltas.column, s, gs, 0, n, weightRows, in);
        return dInput;
    }
}
