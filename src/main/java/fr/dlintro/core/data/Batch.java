package fr.dlintro.core.data;

import fr.dlintro.core.nn.Matrix;
import fr.dlintro.core.nn.SparseBatch;
import fr.dlintro.core.nn.Targets;

/**
 * A batch of samples, reused from batch to batch: dense inputs (batch, features) or, for
 * images, their sparse raw pixels; and the targets.
 */
public final class Batch {
    private final int capacity;
    private final Matrix inputs;      // null for sparse image batches
    private final SparseBatch sparse; // null for dense batches
    private final Targets targets;
    private Matrix denseCopy;
    private int size;

    Batch(int capacity, Matrix inputs, SparseBatch sparse, Targets targets) {
        this.capacity = capacity;
        this.inputs = inputs;
        this.sparse = sparse;
        this.targets = targets;
    }

    public int capacity() {
        return capacity;
    }

    public int size() {
        return size;
    }

    void setSize(int size) {
        this.size = size;
        if (inputs != null) {
            inputs.resizeRows(size);
        }
        if (sparse != null) {
            sparse.setSize(size);
        }
        targets.setSize(size);
    }

    public boolean isSparse() {
        return sparse != null;
    }

    /** The raw sparse inputs, or null for a dense batch. */
    public SparseBatch sparse() {
        return sparse;
    }

    /** The network's inputs, (size, features); built from the sparse pixels when needed. */
    public Matrix inputs() {
        if (inputs != null) {
            return inputs;
        }
        denseCopy = sparse.toDense(denseCopy);
        return denseCopy;
    }

    /** Dense storage the data set fills (null for sparse batches). */
    Matrix denseInputs() {
        return inputs;
    }

    public Targets targets() {
        return targets;
    }
}
