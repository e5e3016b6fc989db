package fr.dlintro.core.demo;

/**
 * Cost surfaces of chapter 4's 2-D figures. The parameters are named w (x axis) and b
 * (y axis), as in the book's 4.3.3 (« le poids et son biais »).
 */
public final class LossSurfaces {
    private LossSurfaces() {
    }

    /** A round bowl J = (w − 1)² + (b − 1)²: every direction is as steep, descent goes straight in. */
    public static LossSurface bowl() {
        return new LossSurface() {
            @Override
            public double value(double w, double b) {
                return (w - 1) * (w - 1) + (b - 1) * (b - 1);
            }

            @Override
            public double gradX(double w, double b) {
                return 2 * (w - 1);
            }

            @Override
            public double gradY(double w, double b) {
                return 2 * (b - 1);
            }
        };
    }

    /**
     * The cost of the book's 4.3.4.2, J(w, b) = mean((y − (w·x + b))²) on the toy data: an
     * elongated valley (curvatures 8,35 and 0,15 along its axes) whose bottom is (1, 1).
     */
    public static LossSurface toyValley() {
        return affineMse(ToyDataset.X, ToyDataset.Y);
    }

    /** J(w, b) = mean((yᵢ − (w·xᵢ + b))²), the MSE of a line on a dataset. */
    public static LossSurface affineMse(double[] xs, double[] ys) {
        double[] x = xs.clone();
        double[] y = ys.clone();
        if (x.length != y.length || x.length == 0) {
            throw new IllegalArgumentException("x and y differ in length");
        }
        return new LossSurface() {
            @Override
            public double value(double w, double b) {
                double sum = 0;
                for (int i = 0; i < x.length; i++) {
                    double e = y[i] - (w * x[i] + b);
                    sum += e * e;
                }
                return sum / x.length;
            }

            @Override
            public double gradX(double w, double b) {
                double sum = 0;
                for (int i = 0; i < x.length; i++) {
                    sum += -2 * x[i] * (y[i] - (w * x[i] + b));
                }
                return sum / x.length;
            }

            @Override
            public double gradY(double w, double b) {
                double sum = 0;
                for (int i = 0; i < x.length; i++) {
                    sum += -2 * (y[i] - (w * x[i] + b));
                }
                return sum / x.length;
            }
        };
    }

    /**
     * A gentle bowl with three Gaussian wells of different depths: the deepest (global minimum)
     * near (1,5 ; 1), two shallower local minima near (−1,5 ; −1) and (−1 ; 1,8).
     */
    public static LossSurface severalMinima() {
        return new Wells(0.08, new double[][] {
            // centre w, centre b, depth, width²
            {1.5, 1.0, 2.0, 0.7},
            {-1.5, -1.0, 1.4, 0.6},
            {-1.0, 1.8, 1.0, 0.35}});
    }

    /** J = c·(w² + b²) + 2,5 − Σ depthₖ·exp(−‖p − centreₖ‖² / widthₖ²). */
    static final class Wells implements LossSurface {
        private final double bowl;
        private final double[][] wells;

        Wells(double bowl, double[][] wells) {
            this.bowl = bowl;
            this.wells = wells;
        }

        @Override
        public double value(double w, double b) {
            double v = bowl * (w * w + b * b) + 2.5;
            for (double[] k : wells) {
                v -= k[2] * gauss(k, w, b);
            }
            return v;
        }

        @Override
        public double gradX(double w, double b) {
            double g = 2 * bowl * w;
            for (double[] k : wells) {
                g += k[2] * gauss(k, w, b) * 2 * (w - k[0]) / k[3];
            }
            return g;
        }

        @Override
        public double gradY(double w, double b) {
            double g = 2 * bowl * b;
            for (double[] k : wells) {
                g += k[2] * gauss(k, w, b) * 2 * (b - k[1]) / k[3];
            }
            return g;
        }

        private static double gauss(double[] k, double w, double b) {
            double dw = w - k[0];
            double db = b - k[1];
            return Math.exp(-(dw * dw + db * db) / k[3]);
        }
    }
}
