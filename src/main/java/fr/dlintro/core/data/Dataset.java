package fr.dlintro.core.data;

/** Samples with their targets, read batch by batch. */
public interface Dataset {
    int size();

    /** Features per sample. */
    int inputSize();

    /** Class count for classification, 0 for regression. */
    int classCount();

    /** An empty batch this data set can fill. */
    Batch newBatch(int capacity);

    /** Fills {@code batch} with samples {@code ids[from .. from + count - 1]}. */
    void fill(Batch batch, int[] ids, int from, int count);
}
