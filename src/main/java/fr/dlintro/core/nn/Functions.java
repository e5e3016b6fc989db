package fr.dlintro.core.nn;

/**
 * The activation functions and their derivatives on plain doubles, for widgets that draw
 * curves or show one neuron's numbers, and for the float layers.
 */
public final class Functions {
    private static final double SQRT1_2 = Math.sqrt(0.5);
    private static final double INV_SQRT_2PI = 1.0 / Math.sqrt(2 * Math.PI);
    private static final double TWO_OVER_SQRT_PI = 2.0 / Math.sqrt(Math.PI);

    private Functions() {
    }

    public static double relu(double x) {
        return Math.max(0, x);
    }

    public static double reluDerivative(double x) {
        return x > 0 ? 1 : 0;
    }

    public static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    public static double sigmoidDerivative(double x) {
        double s = sigmoid(x);
        return s * (1 - s);
    }

    public static double tanh(double x) {
        return Math.tanh(x);
    }

    public static double tanhDerivative(double x) {
        double t = Math.tanh(x);
        return 1 - t * t;
    }

    public static double leakyRelu(double x, double slope) {
        return x > 0 ? x : slope * x;
    }

    public static double leakyReluDerivative(double x, double slope) {
        return x > 0 ? 1 : slope;
    }

    /** GELU(x) = x·Φ(x) = ½x(1 + erf(x/√2)), the exact form. */
    public static double gelu(double x) {
        return 0.5 * x * (1 + erf(x * SQRT1_2));
    }

    /** d/dx x·Φ(x) = Φ(x) + x·φ(x). */
    public static double geluDerivative(double x) {
        double cdf = 0.5 * (1 + erf(x * SQRT1_2));
        double pdf = INV_SQRT_2PI * Math.exp(-0.5 * x * x);
        return cdf + x * pdf;
    }

    /** Σ_k e^{z_k}, the softmax denominator as the book writes it (30.561 for (2, 1, −1, 3)). */
    public static double softmaxDenominator(double... z) {
        double sum = 0;
        for (double v : z) {
            sum += Math.exp(v);
        }
        return sum;
    }

    /** Softmax of a score vector, computed after subtracting the maximum. */
    public static double[] softmax(double... z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double[] s = new double[z.length];
        double sum = 0;
        for (int j = 0; j < z.length; j++) {
            s[j] = Math.exp(z[j] - max);
            sum += s[j];
        }
        for (int j = 0; j < z.length; j++) {
            s[j] /= sum;
        }
        return s;
    }

    /**
     * The error function, to double precision. For |x| < 6 it sums
     * erf(x) = (2/√π)·e^{−x²}·Σ_n 2ⁿx^{2n+1}/(1·3·…·(2n+1)), whose terms are all of one
     * sign (no cancellation); beyond, erf(x) = ±1 in double precision.
     */
    public static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double ax = Math.abs(x);
        if (ax >= 6) {
            return Math.copySign(1.0, x);
        }
        double x2 = ax * ax;
        double term = ax;
        double sum = ax;
        for (int n = 1; n < 200; n++) {
            term *= 2 * x2 / (2 * n + 1);
            sum += term;
            if (term < 1e-17 * sum) {
                break;
            }
        }
        double r = TWO_OVER_SQRT_PI * Math.exp(-x2) * sum;
        return Math.copySign(Math.min(r, 1.0), x);
    }
}
