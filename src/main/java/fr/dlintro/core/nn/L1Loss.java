package fr.dlintro.core.nn;

/** Mean absolute error (L1) over every element: (1/N)Σ|ŷ − y|; gradient sign(ŷ − y)/N (0 at 0). */
public final class L1Loss extends ElementwiseLoss {
    @Override
    public String name() {
        return "l1";
    }

    @Override
    double term(float p, float y) {
        return Math.abs((double) p - y);
    }

    @Override
    float gradient(float p, float y, double divisor) {
        return (float) (1.0 / divisor) * Math.signum(p - y);
    }
}
