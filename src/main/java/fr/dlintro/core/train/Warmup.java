package fr.dlintro.core.train;

import fr.dlintro.core.data.Batch;
import fr.dlintro.core.data.DataLoader;
import fr.dlintro.core.data.Dataset;
import fr.dlintro.core.nn.Adam;
import fr.dlintro.core.nn.Loss;
import fr.dlintro.core.nn.Mlp;
import fr.dlintro.core.nn.Optimizer;
import fr.dlintro.core.nn.Sgd;
import java.util.SplittableRandom;

/**
 * Lets the JIT compile the training code before a run is timed: training steps on a
 * throwaway network of the same shape (fresh weights), on batches drawn with their own
 * seed. The real model, its data order and its results are untouched. The JVM compiles a
 * method fully only after thousands of calls, which for a small network such as the
 * calculator's spans its first ten epochs.
 */
public final class Warmup {
    private Warmup() {
    }

    /** Runs up to {@code maxSteps} steps or {@code maxSeconds}; returns the seconds spent. */
    public static double run(Mlp model, String lossName, String optimizerName, Dataset data, int batchSize, int threads,
            int maxSteps, double maxSeconds) {
        long begin = System.nanoTime();
        long deadline = begin + (long) (maxSeconds * 1e9);
        Mlp copy = model.freshCopy(new SplittableRandom(0));
        Optimizer optimizer = optimizerName.equals("adam") ? new Adam(copy.parameters(), 1e-4)
                : new Sgd(copy.parameters(), 1e-4);
        DataLoader loader = new DataLoader(data, batchSize, true, 0);
        Batch batch = loader.newBatch();
        long[] correct = new long[1];
        try (StepEngine engine = Engines.create(copy, Loss.of(lossName), optimizer, threads)) {
            int steps = 0;
            while (steps < maxSteps && System.nanoTime() < deadline) {
                loader.startEpoch();
                while (loader.hasNext() && steps < maxSteps && System.nanoTime() < deadline) {
                    loader.next(batch);
                    engine.trainStep(batch);
                    if (steps % 4 == 0) {
                        engine.evaluate(batch, correct);
                    }
                    steps++;
                }
            }
        }
        return (System.nanoTime() - begin) / 1e9;
    }
}
