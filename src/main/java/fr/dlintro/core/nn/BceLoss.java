package fr.dlintro.core.nn;

/**
 * Binary cross-entropy on probabilities, −(1/N)Σ[y·log ŷ + (1 − y)·log(1 − ŷ)], as PyTorch's
 * BCELoss: each log is clamped at −100 and the gradient's denominator ŷ(1 − ŷ) at 1e−12.
 */
public final class BceLoss extends ElementwiseLoss {
    @Override
    public String name() {
        return "bce";
    }

    @Override
    double term(float p, float y) {
        return Losses.bce(y, p);
    }

    @Override
    float gradient(float p, float y, double divisor) {
        double pd = p;
        return (float) ((1.0 / divisor) * (pd - y) / Math.max(pd * (1 - pd), 1e-12));
    }
}
