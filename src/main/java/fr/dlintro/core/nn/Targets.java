package fr.dlintro.core.nn;

/** What a batch should produce: values (regression, probabilities) or class labels. */
public final class Targets {
    private final Matrix values;  // (batch, outputs), or null
    private final int[] labels;   // (batch), or null
    private int size;

    private Targets(Matrix values, int[] labels, int size) {
        this.values = values;
        this.labels = labels;
        this.size = size;
    }

    public static Targets values(Matrix values) {
        return new Targets(values, null, values.rows());
    }

    public static Targets labels(int... labels) {
        return new Targets(null, labels, labels.length);
    }

    /** Label storage for up to {@code capacity} samples, to be filled batch after batch. */
    public static Targets labelBuffer(int capacity) {
        return new Targets(null, new int[capacity], 0);
    }

    public boolean hasLabels() {
        return labels != null;
    }

    /** (batch, outputs); null for labels. */
    public Matrix values() {
        return values;
    }

    /** The class of each sample (first {@link #size()} entries); null for values. */
    public int[] labels() {
        return labels;
    }

    public int size() {
        return size;
    }

    public void setSize(int size) {
        if (values != null) {
            values.resizeRows(size);
        }
        this.size = size;
    }
}
