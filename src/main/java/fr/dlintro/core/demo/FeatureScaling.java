package fr.dlintro.core.demo;

import java.util.Random;

/**
 * Fig. 44–45 (5.2.4.1): two features of very different scales — feature 1 around 2 (spread 1),
 * feature 2 around 30 (spread 6) — and a target y = 1,5·x₁ + 0,25·x₂ + 3 + noise, fitted by
 * ŷ = w₁x₁ + w₂x₂ + b. Standardising each feature, (x − mean)/écart-type, gives both mean 0
 * and spread 1.
 * <p>
 * For the error surfaces, b is always at its best value for (w₁, w₂) (a least-squares bias),
 * so each surface is a function of the two weights only: J(w₁, w₂) =
 * mean((ỹ − w₁x̃₁ − w₂x̃₂)²) with x̃, ỹ centred. Raw features give an elongated valley (its
 * curvature along w₂ is about 36 times that along w₁); standardised ones a round bowl. The
 * weights of the two fits describe the same predictions when v = w·écart-type.
 */
public final class FeatureScaling {
    public static final double[] MEAN = {2, 30};
    public static final double[] SPREAD = {1, 6};
    public static final double[] TRUE_W = {1.5, 0.25};
    public static final double TRUE_B = 3;

    private final int size;
    private final double[][] raw;    // (2, size)
    private final double[][] scaled; // (2, size), standardised
    private final double[] target;
    private final double[] mean = new double[2];
    private final double[] sd = new double[2];

    public FeatureScaling(long seed, int size) {
        this.size = size;
        Random r = new Random(seed);
        raw = new double[2][size];
        scaled = new double[2][size];
        target = new double[size];
        for (int i = 0; i < size; i++) {
            raw[0][i] = MEAN[0] + SPREAD[0] * r.nextGaussian();
            raw[1][i] = MEAN[1] + SPREAD[1] * r.nextGaussian();
            target[i] = TRUE_W[0] * raw[0][i] + TRUE_W[1] * raw[1][i] + TRUE_B + 0.5 * r.nextGaussian();
        }
        for (int k = 0; k < 2; k++) {
            mean[k] = mean(raw[k]);
            double v = 0;
            for (double x : raw[k]) {
                v += (x - mean[k]) * (x - mean[k]);
            }
            sd[k] = Math.sqrt(v / size); // population spread, as StandardScaler uses
            for (int i = 0; i < size; i++) {
                scaled[k][i] = (raw[k][i] - mean[k]) / sd[k];
            }
        }
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    public int size() { return size; }

    /** Feature k (0 or 1), raw or standardised; a copy. */
    public double[] feature(int k, boolean normalised) {
        return (normalised ? scaled[k] : raw[k]).clone();
    }

    public double mean(int k) { return mean[k]; }

    public double spread(int k) { return sd[k]; }

    /** J(w₁, w₂) with the bias at its best value. */
    public double cost(boolean normalised, double w1, double w2) {
        double[][] f = normalised ? scaled : raw;
        double ty = mean(target);
        double m0 = normalised ? 0 : mean[0];
        double m1 = normalised ? 0 : mean[1];
        double sum = 0;
        for (int i = 0; i < size; i++) {
            double e = (target[i] - ty) - w1 * (f[0][i] - m0) - w2 * (f[1][i] - m1);
            sum += e * e;
        }
        return sum / size;
    }

    /** (∂J/∂w₁, ∂J/∂w₂) of {@link #cost}. */
    public double[] gradient(boolean normalised, double w1, double w2) {
        double[][] f = normalised ? scaled : raw;
        double ty = mean(target);
        double m0 = normalised ? 0 : mean[0];
        double m1 = normalised ? 0 : mean[1];
        double g1 = 0;
        double g2 = 0;
        for (int i = 0; i < size; i++) {
            double a = f[0][i] - m0;
            double c = f[1][i] - m1;
            double e = (target[i] - ty) - w1 * a - w2 * c;
            g1 += -2 * a * e;
            g2 += -2 * c * e;
        }
        return new double[] {g1 / size, g2 / size};
    }

    /** 2 × the features' covariance: the (constant) Hessian of J. */
    public double[][] hessian(boolean normalised) {
        double[][] f = normalised ? scaled : raw;
        double m0 = normalised ? 0 : mean[0];
        double m1 = normalised ? 0 : mean[1];
        double a = 0;
        double c = 0;
        double d = 0;
        for (int i = 0; i < size; i++) {
            double u = f[0][i] - m0;
            double v = f[1][i] - m1;
            a += u * u;
            c += u * v;
            d += v * v;
        }
        return new double[][] {{2 * a / size, 2 * c / size}, {2 * c / size, 2 * d / size}};
    }

    /** The Hessian's eigenvalues, smallest first. */
    public double[] curvatures(boolean normalised) {
        double[][] h = hessian(normalised);
        double tr = h[0][0] + h[1][1];
        double det = h[0][0] * h[1][1] - h[0][1] * h[1][0];
        double disc = Math.sqrt(Math.max(0, tr * tr / 4 - det));
        return new double[] {tr / 2 - disc, tr / 2 + disc};
    }

    /** Above 2 / largest curvature, descent diverges along the steep direction. */
    public double largestStableRate(boolean normalised) {
        return 2 / curvatures(normalised)[1];
    }

    /** The least-squares weights (the bottom of the surface). */
    public double[] optimum(boolean normalised) {
        double[][] h = hessian(normalised);
        double[] g0 = gradient(normalised, 0, 0); // = −H·w*, J being quadratic
        double det = h[0][0] * h[1][1] - h[0][1] * h[1][0];
        return new double[] {(-g0[0] * h[1][1] + g0[1] * h[0][1]) / det, (-g0[1] * h[0][0] + g0[0] * h[1][0]) / det};
    }

    /** One descent step from w. */
    public double[] step(boolean normalised, double[] w, double learningRate) {
        double[] g = gradient(normalised, w[0], w[1]);
        return new double[] {w[0] - learningRate * g[0], w[1] - learningRate * g[1]};
    }

    /** Counts of values in {@code bins} equal cells of [lo, hi]; values outside are left out. */
    public static int[] histogram(double[] values, double lo, double hi, int bins) {
        int[] counts = new int[bins];
        for (double v : values) {
            if (v >= lo && v <= hi) {
                counts[Math.min(bins - 1, (int) ((v - lo) / (hi - lo) * bins))]++;
            }
        }
        return counts;
    }
}
