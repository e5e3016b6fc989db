package fr.dlintro.core.data;

import fr.dlintro.core.nn.Matrix;
import fr.dlintro.core.nn.Targets;

/**
 * Dense float features with regression values or class labels, PyTorch's TensorDataset.
 * A batch points at its samples' rows instead of copying them (the layers never write
 * their input).
 */
public final class TensorDataset implements Dataset {
    private final float[][] x;       // (n, features)
    private final float[][] y;       // (n, outputs), or null
    private final int[] labels;      // (n), or null
    private final int classCount;
    private final int inputSize;

    private TensorDataset(float[][] x, int inputSize, float[][] y, int[] labels, int classCount) {
        this.x = x;
        this.inputSize = inputSize;
        this.y = y;
        this.labels = labels;
        this.classCount = classCount;
    }

    public static TensorDataset regression(float[][] x, float[][] y) {
        if (x.length != y.length || x.length == 0) {
            throw new IllegalArgumentException("x and y differ in length");
        }
        return new TensorDataset(x, x[0].length, y, null, 0);
    }

    public static TensorDataset classification(float[][] x, int[] labels, int classCount) {
        if (x.length != labels.length || x.length == 0) {
            throw new IllegalArgumentException("x and labels differ in length");
        }
        return new TensorDataset(x, x[0].length, null, labels, classCount);
    }

    @Override
    public int size() {
        return x.length;
    }

    @Override
    public int inputSize() {
        return inputSize;
    }

    @Override
    public int classCount() {
        return classCount;
    }

    public float[] features(int i) {
        return x[i];
    }

    public float[] values(int i) {
        return y[i];
    }

    public int label(int i) {
        return labels[i];
    }

    @Override
    public Batch newBatch(int capacity) {
        Targets t = labels != null ? Targets.labelBuffer(capacity)
                : Targets.values(new Matrix(capacity, y[0].length));
        return new Batch(capacity, new Matrix(capacity, inputSize), null, t);
    }

    @Override
    public void fill(Batch batch, int[] ids, int from, int count) {
        batch.setSize(count);
        Matrix in = batch.denseInputs();
        Targets t = batch.targets();
        for (int k = 0; k < count; k++) {
            int id = ids[from + k];
            in.setRow(k, x[id]);
            if (labels != null) {
                t.labels()[k] = labels[id];
            } else {
                t.values().setRow(k, y[id]);
            }
        }
    }
}
