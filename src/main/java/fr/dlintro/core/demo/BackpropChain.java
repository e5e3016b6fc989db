package fr.dlintro.core.demo;

import fr.dlintro.core.nn.Functions;

/**
 * The small network of 4.4.3 as its code (4.4.3.5) builds it: x → (w¹, b¹) → σ → a¹ →
 * (w², b²) → σ → a² → (w³, b³) → ŷ, a linear output, and the text's cost J = ½(y − ŷ)².
 * Everything in doubles so the widget can show every factor of every chain-rule product.
 * The book writes ∂J/∂ŷ = y − ŷ; with this J it is ŷ − y (see ERRATA.md). PyTorch's
 * {@code MSELoss} has no ½, so its gradients are twice these.
 */
public final class BackpropChain {
    /** Parameter order everywhere: w¹, b¹, w², b², w³, b³. */
    public static final int W1 = 0;
    public static final int B1 = 1;
    public static final int W2 = 2;
    public static final int B2 = 3;
    public static final int W3 = 4;
    public static final int B3 = 5;
    public static final int PARAMETERS = 6;

    private BackpropChain() {
    }

    /** Forward values, cost and the six gradients for parameters p (w¹, b¹, w², b², w³, b³). */
    public static Values pass(double[] p, double x, double y) {
        double z1 = p[W1] * x + p[B1];
        double a1 = Functions.sigmoid(z1);
        double z2 = p[W2] * a1 + p[B2];
        double a2 = Functions.sigmoid(z2);
        double yHat = p[W3] * a2 + p[B3];
        double cost = 0.5 * (y - yHat) * (y - yHat);
        double dYHat = yHat - y;
        double s1 = a1 * (1 - a1);
        double s2 = a2 * (1 - a2);
        double dZ2 = dYHat * p[W3] * s2;
        double dZ1 = dZ2 * p[W2] * s1;
        double[] g = new double[PARAMETERS];
        g[W3] = dYHat * a2;
        g[B3] = dYHat;
        g[W2] = dZ2 * a1;
        g[B2] = dZ2;
        g[W1] = dZ1 * x;
        g[B1] = dZ1;
        return new Values(x, y, z1, a1, z2, a2, yHat, cost, dYHat, s1, s2, dZ2, dZ1, g);
    }

    /** The cost alone, for finite differences. */
    public static double cost(double[] p, double x, double y) {
        return pass(p, x, y).cost();
    }

    /** w := w − α·∂J/∂w for each of the six parameters. */
    public static double[] update(double[] p, double[] gradients, double learningRate) {
        double[] next = new double[PARAMETERS];
        for (int k = 0; k < PARAMETERS; k++) {
            next[k] = p[k] - learningRate * gradients[k];
        }
        return next;
    }

    /**
     * Every number of one pass. {@code dZ2} = ∂J/∂z² = (ŷ − y)·w³·σ′(z²) and {@code dZ1} =
     * ∂J/∂z¹ = ∂J/∂z²·w²·σ′(z¹): the partial products backpropagation computes once and reuses.
     */
    public record Values(double x, double y, double z1, double a1, double z2, double a2, double yHat, double cost,
            double dJdYHat, double s1, double s2, double dZ2, double dZ1, double[] gradients) {

        public Values {
            gradients = gradients.clone();
        }

        public double gradient(int parameter) {
            return gradients[parameter];
        }

        @Override
        public double[] gradients() {
            return gradients.clone();
        }
    }
}
