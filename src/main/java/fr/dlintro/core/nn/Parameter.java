package fr.dlintro.core.nn;

import java.util.Arrays;

/**
 * A trainable tensor and its gradient, as optimizers see it: two arrays of the same shape,
 * updated element by element. The layout is the owning layer's business (see
 * {@link Linear}); read values through the layer for their meaning.
 */
public final class Parameter {
    private final String name;
    private final float[][] value;
    private final float[][] grad;
    private volatile int version;

    public Parameter(String name, float[][] value) {
        this.name = name;
        this.value = value;
        this.grad = new float[value.length][];
        for (int r = 0; r < value.length; r++) {
            grad[r] = new float[value[r].length];
        }
    }

    public String name() {
        return name;
    }

    public float[][] value() {
        return value;
    }

    public float[][] grad() {
        return grad;
    }

    public int count() {
        int n = 0;
        for (float[] row : value) {
            n += row.length;
        }
        return n;
    }

    /** Bumped whenever {@link #value()} changes, so layers can refresh what they derive from it. */
    public int version() {
        return version;
    }

    public void markUpdated() {
        version++;
    }

    public void zeroGrad() {
        for (float[] row : grad) {
            Arrays.fill(row, 0f);
        }
    }
}
