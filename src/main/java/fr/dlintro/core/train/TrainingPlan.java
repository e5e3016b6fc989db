package fr.dlintro.core.train;

/** What a run is about to do: told to listeners before the first batch. */
public record TrainingPlan(int epochs, int batchesPerEpoch, int validationBatches, int trainingSamples,
        int validationSamples, int parameterCount, int threads) {
}
