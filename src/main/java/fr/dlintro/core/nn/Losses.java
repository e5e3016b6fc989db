package fr.dlintro.core.nn;

/**
 * The losses of the book's 4.2.2 on plain double arrays, for tables and widgets: MAE, MSE,
 * binary and categorical cross-entropy, each with its per-sample terms.
 */
public final class Losses {
    private Losses() {
    }

    /** Mean absolute error (1/n)Σ|y − ŷ|. */
    public static double mae(double[] y, double[] yHat) {
        checkLengths(y, yHat);
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            sum += Math.abs(y[i] - yHat[i]);
        }
        return sum / y.length;
    }

    /** Mean squared error (1/n)Σ(y − ŷ)². */
    public static double mse(double[] y, double[] yHat) {
        checkLengths(y, yHat);
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            double d = y[i] - yHat[i];
            sum += d * d;
        }
        return sum / y.length;
    }

    /** The loss of one sample, −[y·log p + (1 − y)·log(1 − p)], logs clamped at −100. */
    public static double bce(double y, double p) {
        return -(y * clampedLog(p) + (1 - y) * clampedLog(1 - p));
    }

    public static double[] bcePerSample(double[] y, double[] p) {
        checkLengths(y, p);
        double[] out = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = bce(y[i], p[i]);
        }
        return out;
    }

    /** Binary cross-entropy, the mean of {@link #bcePerSample}. */
    public static double bce(double[] y, double[] p) {
        double sum = 0;
        for (double v : bcePerSample(y, p)) {
            sum += v;
        }
        return sum / y.length;
    }

    /** −Σ_k y_k·log ŷ_k for each sample (row). */
    public static double[] ccePerSample(double[][] y, double[][] p) {
        if (y.length != p.length) {
            throw new IllegalArgumentException("different numbers of samples");
        }
        double[] out = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            checkLengths(y[i], p[i]);
            double s = 0;
            for (int k = 0; k < y[i].length; k++) {
                if (y[i][k] != 0) {
                    s -= y[i][k] * clampedLog(p[i][k]);
                }
            }
            out[i] = s;
        }
        return out;
    }

    /** Categorical cross-entropy, −(1/N)Σ_i Σ_k y_ik·log ŷ_ik. */
    public static double cce(double[][] y, double[][] p) {
        double sum = 0;
        for (double v : ccePerSample(y, p)) {
            sum += v;
        }
        return sum / y.length;
    }

    static double[] ensure(double[] a, int n) {
        return a.length >= n ? a : new double[Math.max(n, 2 * a.length)];
    }

    static double clampedLog(double p) {
        return Math.max(Math.log(p), -100);
    }

    static void checkShapes(Matrix output, Matrix target) {
        if (target == null) {
            throw new IllegalArgumentException("this loss needs target values");
        }
        if (output.rows() != target.rows() || output.cols() != target.cols()) {
            throw new IllegalArgumentException("output " + output.rows() + "x" + output.cols()
                    + " vs target " + target.rows() + "x" + target.cols());
        }
    }

    private static void checkLengths(double[] a, double[] b) {
        if (a.length != b.length || a.length == 0) {
            throw new IllegalArgumentException("arrays of lengths " + a.length + " and " + b.length);
        }
    }
}
