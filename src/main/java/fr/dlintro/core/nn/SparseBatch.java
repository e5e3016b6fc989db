package fr.dlintro.core.nn;

/**
 * A batch of mostly-zero raw inputs u (for MNIST, pixels 0..255), stored as their nonzero
 * entries; the network's input is {@code scale * u + shift}. With Normalize(0.5, 0.5) the
 * background pixels become −1, so the dense input has no zeros, but the raw one does:
 * W·(scale·u + shift) = scale·(W·u) + shift·(W·1) lets the first layer touch only the
 * nonzero pixels, for the forward pass and for the weight gradient.
 *
 * <p>The entries of sample s are {@code index[start[s]] .. index[start[s+1]-1]} with their
 * unsigned byte values in {@code value}. The batch lists which samples it holds.
 */
public final class SparseBatch {
    private final int width;
    private final int[] start;
    private final short[] index;
    private final byte[] value;
    private final float scale;
    private final float shift;
    private final int[] samples;
    private int size;

    public SparseBatch(int width, int[] start, short[] index, byte[] value, float scale, float shift, int capacity) {
        this.width = width;
        this.start = start;
        this.index = index;
        this.value = value;
        this.scale = scale;
        this.shift = shift;
        this.samples = new int[capacity];
    }

    public int width() {
        return width;
    }

    public int size() {
        return size;
    }

    public float scale() {
        return scale;
    }

    public float shift() {
        return shift;
    }

    /** The sample ids of this batch (first {@link #size()} entries); set them, then {@link #setSize}. */
    public int[] samples() {
        return samples;
    }

    public void setSize(int size) {
        if (size > samples.length) {
            throw new IllegalArgumentException("batch of " + size + " > capacity " + samples.length);
        }
        this.size = size;
    }

    /** An empty batch over the same entries, for a share of another batch's samples. */
    public SparseBatch emptyLike(int capacity) {
        return new SparseBatch(width, start, index, value, scale, shift, capacity);
    }

    /** Becomes samples {@code first .. first+count-1} of {@code source}. */
    public void takeSamples(SparseBatch source, int first, int count) {
        System.arraycopy(source.samples, first, samples, 0, count);
        setSize(count);
    }

    int[] start() {
        return start;
    }

    short[] index() {
        return index;
    }

    byte[] value() {
        return value;
    }

    /** The dense network input of this batch, (size, width). */
    public Matrix toDense(Matrix reuse) {
        Matrix m = Matrix.reuse(reuse, size, width);
        for (int b = 0; b < size; b++) {
            float[] row = m.row(b);
            java.util.Arrays.fill(row, shift);
            int s = samples[b];
            for (int k = start[s]; k < start[s + 1]; k++) {
                row[index[k]] = Math.fma(scale, (float) (value[k] & 0xFF), shift);
            }
        }
        return m;
    }
}
