package fr.dlintro.core.nn;

/** Leaky ReLU: x for x > 0, slope·x otherwise (PyTorch's default slope is 0.01). */
public final class LeakyRelu extends Activation {
    public static final double DEFAULT_SLOPE = 0.01;
    private final float slope;

    public LeakyRelu() {
        this(DEFAULT_SLOPE);
    }

    public LeakyRelu(double slope) {
        this.slope = (float) slope;
    }

    public double slope() {
        return slope;
    }

    @Override
    public String type() {
        return "leaky_relu";
    }

    @Override
    protected void apply(float[] x, float[] y, int n) {
        for (int j = 0; j < n; j++) {
            y[j] = x[j] > 0f ? x[j] : slope * x[j];
        }
    }

    @Override
    protected void chain(float[] x, float[] y, float[] dy, float[] dx, int n) {
        for (int j = 0; j < n; j++) {
            dx[j] = x[j] > 0f ? dy[j] : slope * dy[j];
        }
    }
}
