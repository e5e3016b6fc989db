package fr.dlintro.core.train;

import java.util.List;

/** How a run ended: completed, cancelled, or stopped by a non-finite loss (with a French reason). */
public record TrainingResult(Status status, List<EpochResult> epochs, String reason) {

    public enum Status {
        COMPLETED,
        CANCELLED,
        DIVERGED
    }

    public TrainingResult {
        epochs = List.copyOf(epochs);
    }

    public boolean completed() {
        return status == Status.COMPLETED;
    }
}
