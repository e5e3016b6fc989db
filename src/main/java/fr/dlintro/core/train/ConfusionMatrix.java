package fr.dlintro.core.train;

/**
 * Counts of (true class, predicted class), with accuracy and per-class precision, recall
 * and F1, and their averages weighted by support (sklearn's average='weighted'; a class
 * never predicted has precision 0, as sklearn's zero_division default).
 */
public final class ConfusionMatrix {
    private final long[][] counts; // [true][predicted]

    public ConfusionMatrix(int classes) {
        this.counts = new long[classes][classes];
    }

    public static ConfusionMatrix of(int classes, int[] truth, int[] predicted) {
        ConfusionMatrix m = new ConfusionMatrix(classes);
        for (int i = 0; i < truth.length; i++) {
            m.add(truth[i], predicted[i]);
        }
        return m;
    }

    public void add(int truth, int predicted) {
        counts[truth][predicted]++;
    }

    public int classes() {
        return counts.length;
    }

    public long count(int truth, int predicted) {
        return counts[truth][predicted];
    }

    public long[][] counts() {
        long[][] c = new long[counts.length][];
        for (int k = 0; k < counts.length; k++) {
            c[k] = counts[k].clone();
        }
        return c;
    }

    public long total() {
        long t = 0;
        for (long[] row : counts) {
            for (long v : row) {
                t += v;
            }
        }
        return t;
    }

    public double accuracy() {
        long correct = 0;
        for (int k = 0; k < counts.length; k++) {
            correct += counts[k][k];
        }
        long t = total();
        return t == 0 ? 0 : (double) correct / t;
    }

    /** Samples whose true class is k. */
    public long support(int k) {
        long s = 0;
        for (long v : counts[k]) {
            s += v;
        }
        return s;
    }

    private long predictedAs(int k) {
        long s = 0;
        for (long[] row : counts) {
            s += row[k];
        }
        return s;
    }

    /** TP / (TP + FP). */
    public double precision(int k) {
        long p = predictedAs(k);
        return p == 0 ? 0 : (double) counts[k][k] / p;
    }

    /** TP / (TP + FN). */
    public double recall(int k) {
        long s = support(k);
        return s == 0 ? 0 : (double) counts[k][k] / s;
    }

    public double f1(int k) {
        double p = precision(k);
        double r = recall(k);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double weightedPrecision() {
        return weighted(this::precision);
    }

    /** Equals the accuracy (ERRATA, 5.2.8). */
    public double weightedRecall() {
        return weighted(this::recall);
    }

    public double weightedF1() {
        return weighted(this::f1);
    }

    private double weighted(java.util.function.IntToDoubleFunction metric) {
        long t = total();
        if (t == 0) {
            return 0;
        }
        double sum = 0;
        for (int k = 0; k < counts.length; k++) {
            sum += support(k) * metric.applyAsDouble(k);
        }
        return sum / t;
    }
}
