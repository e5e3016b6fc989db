package fr.dlintro.core.train;

/**
 * One epoch's numbers: mean training loss over its batches, mean validation loss over the
 * validation batches (the book's average of batch means), validation accuracy (NaN for
 * regression), and the seconds taken by training plus validation.
 */
public record EpochResult(int epoch, int epochs, double trainLoss, double validationLoss,
        double validationAccuracy, double seconds) {

    public boolean hasAccuracy() {
        return !Double.isNaN(validationAccuracy);
    }
}
