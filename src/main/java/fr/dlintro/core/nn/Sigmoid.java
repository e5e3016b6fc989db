package fr.dlintro.core.nn;

/** σ(x) = 1 / (1 + e^−x); σ'(x) = σ(x)(1 − σ(x)). */
public final class Sigmoid extends Activation {
    @Override
    public String type() {
        return "sigmoid";
    }

    @Override
    protected void apply(float[] x, float[] y, int n) {
        for (int j = 0; j < n; j++) {
            y[j] = (float) Functions.sigmoid(x[j]);
        }
    }

    @Override
    protected void chain(float[] x, float[] y, float[] dy, float[] dx, int n) {
        for (int j = 0; j < n; j++) {
            dx[j] = dy[j] * y[j] * (1f - y[j]);
        }
    }
}
