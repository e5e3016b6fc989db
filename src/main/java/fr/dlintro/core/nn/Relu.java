package fr.dlintro.core.nn;

/** ReLU: max(0, x); its derivative is 1 for x > 0 and 0 otherwise (0 at 0, as PyTorch). */
public final class Relu extends Activation {
    @Override
    public String type() {
        return "relu";
    }

    @Override
    protected void apply(float[] x, float[] y, int n) {
        // Math.max is branch-free and vectorises; a ?: here ran ~30x slower
        for (int j = 0; j < n; j++) {
            y[j] = Math.max(x[j], 0f);
        }
    }

    @Override
    protected void chain(float[] x, float[] y, float[] dy, float[] dx, int n) {
        // y ≥ 0 here: keep dy where y ≠ 0, with a bit mask rather than an unpredictable branch
        for (int j = 0; j < n; j++) {
            int mask = -RowEntries.nonzero(y[j]);
            dx[j] = Float.intBitsToFloat(Float.floatToRawIntBits(dy[j]) & mask);
        }
    }
}
