package fr.dlintro.core.data;

/** Some samples of a data set, in a given order (PyTorch's Subset). */
public final class Subset implements Dataset {
    private final Dataset base;
    private final int[] indices;
    private int[] mapped = new int[0];

    public Subset(Dataset base, int[] indices) {
        this.base = base;
        this.indices = indices.clone();
    }

    public int[] indices() {
        return indices.clone();
    }

    @Override
    public int size() {
        return indices.length;
    }

    @Override
    public int inputSize() {
        return base.inputSize();
    }

    @Override
    public int classCount() {
        return base.classCount();
    }

    @Override
    public Batch newBatch(int capacity) {
        return base.newBatch(capacity);
    }

    @Override
    public void fill(Batch batch, int[] ids, int from, int count) {
        if (mapped.length < count) {
            mapped = new int[count];
        }
        for (int k = 0; k < count; k++) {
            mapped[k] = indices[ids[from + k]];
        }
        base.fill(batch, mapped, 0, count);
    }
}
