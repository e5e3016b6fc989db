package fr.dlintro.core.nn;

/** Mean squared error over every element: (1/N)Σ(ŷ − y)²; gradient 2(ŷ − y)/N. */
public final class MseLoss extends ElementwiseLoss {
    @Override
    public String name() {
        return "mse";
    }

    @Override
    double term(float p, float y) {
        double d = p - y;
        return d * d;
    }

    @Override
    float gradient(float p, float y, double divisor) {
        return (float) (2.0 / divisor) * (p - y);
    }
}
