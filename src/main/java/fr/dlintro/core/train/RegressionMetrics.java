package fr.dlintro.core.train;

/** MSE, MAE and R² of predictions against true values (as sklearn.metrics computes them). */
public record RegressionMetrics(double mse, double mae, double r2) {

    public static RegressionMetrics of(double[] truth, double[] predicted) {
        if (truth.length != predicted.length || truth.length == 0) {
            throw new IllegalArgumentException("lengths " + truth.length + " and " + predicted.length);
        }
        int n = truth.length;
        double mean = 0;
        for (double t : truth) {
            mean += t;
        }
        mean /= n;
        double se = 0;
        double ae = 0;
        double tot = 0;
        for (int i = 0; i < n; i++) {
            double d = truth[i] - predicted[i];
            se += d * d;
            ae += Math.abs(d);
            tot += (truth[i] - mean) * (truth[i] - mean);
        }
        // sklearn: a constant truth gives R² = 1 when predicted perfectly, else 0
        double r2 = tot == 0 ? (se == 0 ? 1 : 0) : 1 - se / tot;
        return new RegressionMetrics(se / n, ae / n, r2);
    }
}
