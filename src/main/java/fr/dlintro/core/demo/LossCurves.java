package fr.dlintro.core.demo;

/** The 1-D costs of the book's figures 26–28 and a curve with two minima. */
public final class LossCurves {
    private LossCurves() {
    }

    /** J(W) = (W − 1)²: a parabola whose minimum is W = 1 (Figs. 26–28). */
    public static LossCurve parabola() {
        return new LossCurve() {
            @Override
            public double value(double w) {
                return (w - 1) * (w - 1);
            }

            @Override
            public double slope(double w) {
                return 2 * (w - 1);
            }
        };
    }

    /**
     * J(W) = 0,05·W⁴ − 0,5·W² + 0,3·W + 2: a deeper minimum near W = −2,37 and a shallower one
     * near W = 2,07, with a bump between them.
     */
    public static LossCurve twoMinima() {
        return new LossCurve() {
            @Override
            public double value(double w) {
                return 0.05 * w * w * w * w - 0.5 * w * w + 0.3 * w + 2;
            }

            @Override
            public double slope(double w) {
                return 0.2 * w * w * w - w + 0.3;
            }
        };
    }
}
