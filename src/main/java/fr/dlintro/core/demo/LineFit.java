package fr.dlintro.core.demo;

/**
 * The best line ŷ = w·x + b through points, for the two costs of 4.2.2: least squares
 * (minimum MSE) and least absolute deviations (minimum MAE). They usually differ: the MSE
 * pulls the line towards a far point, the MAE hardly moves.
 */
public final class LineFit {
    private LineFit() {
    }

    /** A line ŷ = w·x + b. */
    public record Line(double w, double b) {
        public double at(double x) {
            return w * x + b;
        }
    }

    /** The least-squares line (minimum MSE); needs at least two distinct x. */
    public static Line leastSquares(double[] x, double[] y) {
        check(x, y);
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        if (sxx == 0) {
            throw new IllegalArgumentException("all x are equal");
        }
        double w = sxy / sxx;
        return new Line(w, my - w * mx);
    }

    /**
     * A line of least absolute deviations (minimum MAE). Such a minimisation is a linear
     * programme, so some optimal line passes through two of the points: trying every pair is
     * exact, and cheap for the handful of points of a widget. When several lines tie, the
     * first pair found wins (the MAE's minimum need not be unique).
     */
    public static Line leastAbsolute(double[] x, double[] y) {
        check(x, y);
        Line best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            for (int j = i + 1; j < x.length; j++) {
                if (x[i] == x[j]) {
                    continue;
                }
                double w = (y[j] - y[i]) / (x[j] - x[i]);
                Line line = new Line(w, y[i] - w * x[i]);
                double cost = meanAbsoluteError(line, x, y);
                if (cost < bestCost - 1e-12) {
                    bestCost = cost;
                    best = line;
                }
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("all x are equal");
        }
        return best;
    }

    public static double meanAbsoluteError(Line line, double[] x, double[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += Math.abs(y[i] - line.at(x[i]));
        }
        return s / x.length;
    }

    public static double meanSquaredError(Line line, double[] x, double[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            double d = y[i] - line.at(x[i]);
            s += d * d;
        }
        return s / x.length;
    }

    private static double mean(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v;
        }
        return s / a.length;
    }

    private static void check(double[] x, double[] y) {
        if (x.length != y.length || x.length < 2) {
            throw new IllegalArgumentException("need at least two points, as many x as y");
        }
    }
}
