package fr.dlintro.core.train;

import fr.dlintro.core.data.Batch;

/** Runs training steps and evaluations of one model on batches. */
interface StepEngine extends AutoCloseable {
    /**
     * Forward, loss, backward and update on one batch; returns the batch's loss before the
     * update. A non-finite loss is returned without touching the weights.
     */
    double trainStep(Batch batch);

    /** The mean loss of a batch, adding its correctly classified samples to {@code correct[0]}. */
    double evaluate(Batch batch, long[] correct);

    /** Predicted class of each sample of a batch, into {@code out[0 .. size-1]}. */
    void predictClasses(Batch batch, int[] out);

    @Override
    default void close() {
    }
}
