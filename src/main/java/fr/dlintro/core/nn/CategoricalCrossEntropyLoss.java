package fr.dlintro.core.nn;

/**
 * Categorical cross-entropy on probabilities (the book's 4.2.2.4.2):
 * −(1/N)Σ_i Σ_k y_ik·log ŷ_ik over N samples, y one-hot (or any distribution); logs clamped
 * at −100 as PyTorch does. Gradient −y/(N·ŷ). For training on logits use
 * {@link CrossEntropyLoss}.
 */
public final class CategoricalCrossEntropyLoss extends ElementwiseLoss {
    @Override
    public String name() {
        return "cce";
    }

    @Override
    double term(float p, float y) {
        return y == 0f ? 0 : -(y * Losses.clampedLog(p));
    }

    /** The mean is over samples, not elements: each row sums to one sample's loss. */
    @Override
    public double divisor(int rows) {
        return rows;
    }

    @Override
    float gradient(float p, float y, double divisor) {
        return (float) (-(double) y / (Math.max(p, 1e-12) * divisor));
    }
}
