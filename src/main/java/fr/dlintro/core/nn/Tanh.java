package fr.dlintro.core.nn;

/** tanh(x); its derivative is 1 − tanh²(x). */
public final class Tanh extends Activation {
    @Override
    public String type() {
        return "tanh";
    }

    @Override
    protected void apply(float[] x, float[] y, int n) {
        for (int j = 0; j < n; j++) {
            y[j] = (float) Math.tanh(x[j]);
        }
    }

    @Override
    protected void chain(float[] x, float[] y, float[] dy, float[] dx, int n) {
        for (int j = 0; j < n; j++) {
            dx[j] = dy[j] * (1f - y[j] * y[j]);
        }
    }
}
