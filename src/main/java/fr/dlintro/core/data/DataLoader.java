package fr.dlintro.core.data;

import java.util.SplittableRandom;

/**
 * Batches of a data set, as PyTorch's DataLoader: with shuffling, a new seeded permutation
 * every epoch; without, file order. The last partial batch is kept.
 */
public final class DataLoader {
    private final Dataset dataset;
    private final int batchSize;
    private final boolean shuffle;
    private final SplittableRandom random;
    private final int[] order;
    private int position;

    public DataLoader(Dataset dataset, int batchSize, boolean shuffle, long seed) {
        if (batchSize <= 0) {
            throw new IllegalArgumentException("batch size " + batchSize);
        }
        this.dataset = dataset;
        this.batchSize = batchSize;
        this.shuffle = shuffle;
        this.random = new SplittableRandom(seed);
        this.order = identity(dataset.size());
        this.position = order.length;
    }

    public Dataset dataset() {
        return dataset;
    }

    public int batchSize() {
        return batchSize;
    }

    public int batchCount() {
        return (dataset.size() + batchSize - 1) / batchSize;
    }

    public Batch newBatch() {
        return dataset.newBatch(batchSize);
    }

    /** Starts an epoch: reshuffles when shuffling. */
    public void startEpoch() {
        if (shuffle) {
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            shuffle(order, order.length, random);
        }
        position = 0;
    }

    public boolean hasNext() {
        return position < order.length;
    }

    /** Fills the next batch of this epoch. */
    public void next(Batch batch) {
        int count = Math.min(batchSize, order.length - position);
        dataset.fill(batch, order, position, count);
        position += count;
    }

    static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }

    /** Fisher–Yates. */
    static void shuffle(int[] a, int n, SplittableRandom random) {
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
