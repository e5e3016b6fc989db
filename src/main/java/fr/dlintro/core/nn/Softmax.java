package fr.dlintro.core.nn;

/**
 * Softmax over each row: s_j = e^{z_j} / Σ_k e^{z_k}, computed after subtracting the row's
 * maximum (same result, no overflow). Backward: dz = s ⊙ (ds − Σ_k ds_k s_k).
 */
public final class Softmax extends Activation {
    @Override
    public String type() {
        return "softmax";
    }

    @Override
    protected void apply(float[] x, float[] y, int n) {
        float max = Float.NEGATIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            max = Math.max(max, x[j]);
        }
        double sum = 0;
        for (int j = 0; j < n; j++) {
            double e = Math.exp(x[j] - max);
            y[j] = (float) e;
            sum += e;
        }
        for (int j = 0; j < n; j++) {
            y[j] = (float) (y[j] / sum);
        }
    }

    @Override
    protected void chain(float[] x, float[] y, float[] dy, float[] dx, int n) {
        double dot = 0;
        for (int j = 0; j < n; j++) {
            dot += dy[j] * y[j];
        }
        for (int j = 0; j < n; j++) {
            dx[j] = (float) (y[j] * (dy[j] - dot));
        }
    }
}
