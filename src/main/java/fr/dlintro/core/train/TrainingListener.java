package fr.dlintro.core.train;

/**
 * Follows a run. Called on the training thread with plain values; a UI coalesces them onto
 * its own thread.
 */
public interface TrainingListener {
    default void onTrainingBegin(TrainingPlan plan) {
    }

    /** After each training batch (batch counts from 1). */
    default void onBatch(int epoch, int batch, int batches, double loss) {
    }

    default void onEpoch(EpochResult result) {
    }

    default void onTrainingEnd(TrainingResult result) {
    }
}
