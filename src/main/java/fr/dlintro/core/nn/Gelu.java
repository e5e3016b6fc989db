package fr.dlintro.core.nn;

/** GELU, exact form (PyTorch's default): x·Φ(x), Φ the standard normal distribution function. */
public final class Gelu extends Activation {
    @Override
    public String type() {
        return "gelu";
    }

    @Override
    protected void apply(float[] x, float[] y, int n) {
        for (int j = 0; j < n; j++) {
            y[j] = (float) Functions.gelu(x[j]);
        }
    }

    @Override
    protected void chain(float[] x, float[] y, float[] dy, float[] dx, int n) {
        for (int j = 0; j < n; j++) {
            dx[j] = (float) (dy[j] * Functions.geluDerivative(x[j]));
        }
    }
}
