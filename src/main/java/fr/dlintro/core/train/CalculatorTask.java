package fr.dlintro.core.train;

import fr.dlintro.core.data.CalculatorData;
import fr.dlintro.core.data.CalculatorPreprocessing;
import fr.dlintro.core.data.Operation;

/**
 * What the calculator learns (5.1.6.1): how many pairs, the range of the integers, the
 * operation; and its test of 5.1.7, on {@link #TEST_SAMPLES} new pairs drawn with the run's
 * test seed, de-normalised with the right scale (× 2·max for add, × max² for multiply).
 */
public record CalculatorTask(int samples, int min, int max, Operation operation) {
    /** The book's 10,000 sums of integers from 0 to 100. */
    public static final CalculatorTask BOOK = new CalculatorTask(10_000, 0, 100, Operation.ADD);
    public static final int TEST_SAMPLES = 2000;

    public CalculatorTask {
        if (samples < 2 || min > max || max <= 0) {
            throw new IllegalArgumentException("samples " + samples + ", range " + min + ".." + max);
        }
    }

    public CalculatorData data(long seed) {
        return CalculatorData.generate(samples, min, max, operation, seed);
    }

    public CalculatorPreprocessing preprocessing() {
        return new CalculatorPreprocessing(operation, max);
    }

    /** The model's answers on {@code n} new pairs, in the book's units, and their MSE, MAE, R². */
    public Test test(fr.dlintro.core.nn.Mlp model, int n, long seed) {
        CalculatorData data = CalculatorData.generate(n, min, max, operation, seed);
        double[] predicted = Evaluation.predictValues(model, data.dataset());
        double[] truth = new double[n];
        int[] a = new int[n];
        int[] b = new int[n];
        CalculatorPreprocessing pre = preprocessing();
        for (int i = 0; i < n; i++) {
            predicted[i] = pre.denormalise(predicted[i]);
            truth[i] = data.expected(i);
            a[i] = data.a(i);
            b[i] = data.b(i);
        }
        return new Test(a, b, truth, predicted, RegressionMetrics.of(truth, predicted));
    }

    /** One sample through the model: the predicted result of a op b, in the book's units. */
    public double predict(fr.dlintro.core.nn.Mlp model, double a, double b) {
        CalculatorPreprocessing pre = preprocessing();
        float[] in = pre.inputs(a, b);
        return pre.denormalise(model.trace(in[0], in[1]).output()[0]);
    }

    /** Test pairs (a, b), the true and predicted results, and the metrics. Arrays are not copied: do not modify. */
    public record Test(int[] a, int[] b, double[] truth, double[] predicted, RegressionMetrics metrics) {
        public int size() {
            return truth.length;
        }
    }
}
