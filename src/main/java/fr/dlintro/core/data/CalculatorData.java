package fr.dlintro.core.data;

import java.util.SplittableRandom;

/**
 * The calculator data set of the book's 5.1.3: pairs of integers drawn uniformly in
 * min..max (inclusive), their sum or product, normalised as the book does: inputs / max,
 * result / (2·max) for add and / max² for multiply.
 */
public final class CalculatorData {
    private final int[] a;
    private final int[] b;
    private final Operation operation;
    private final int max;
    private final TensorDataset dataset;

    private CalculatorData(int[] a, int[] b, Operation operation, int max) {
        this.a = a;
        this.b = b;
        this.operation = operation;
        this.max = max;
        CalculatorPreprocessing pre = new CalculatorPreprocessing(operation, max);
        float[][] x = new float[a.length][];
        float[][] y = new float[a.length][1];
        for (int i = 0; i < a.length; i++) {
            x[i] = pre.inputs(a[i], b[i]);
            y[i][0] = (float) (operation.apply(a[i], b[i]) / operation.outputScale(max));
        }
        this.dataset = TensorDataset.regression(x, y);
    }

    public static CalculatorData generate(int samples, int min, int max, Operation operation, long seed) {
        if (samples <= 0 || min > max || max <= 0) {
            throw new IllegalArgumentException("samples " + samples + ", range " + min + ".." + max);
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[] a = new int[samples];
        int[] b = new int[samples];
        for (int i = 0; i < samples; i++) {
            a[i] = random.nextInt(min, max + 1);
            b[i] = random.nextInt(min, max + 1);
        }
        return new CalculatorData(a, b, operation, max);
    }

    public TensorDataset dataset() {
        return dataset;
    }

    public int size() {
        return a.length;
    }

    public int a(int i) {
        return a[i];
    }

    public int b(int i) {
        return b[i];
    }

    /** The exact result, in the book's units. */
    public long expected(int i) {
        return operation.apply(a[i], b[i]);
    }

    public Operation operation() {
        return operation;
    }

    public int max() {
        return max;
    }
}
