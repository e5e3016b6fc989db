package fr.dlintro.core.demo;

import java.util.Random;

/**
 * The small regression of 4.3.7's demo: {@link #SIZE} points y = 2x + 1 + noise, x in [−1, 1],
 * fitted by ŷ = w·x + b under the mean squared error. {@link Run} descends with mini-batches
 * of any size: batch size {@link #SIZE} is classic (full-batch) gradient descent, smaller ones
 * are mini-batch SGD, reshuffled every epoch as a DataLoader with shuffle=True does.
 */
public final class MiniBatchRegression {
    public static final int SIZE = 100;
    public static final double TRUE_W = 2;
    public static final double TRUE_B = 1;
    public static final double NOISE = 0.6;

    private final double[] x = new double[SIZE];
    private final double[] y = new double[SIZE];
    private final long seed;

    public MiniBatchRegression(long seed) {
        this.seed = seed;
        Random r = new Random(seed);
        for (int i = 0; i < SIZE; i++) {
            x[i] = -1 + 2 * r.nextDouble();
            y[i] = TRUE_W * x[i] + TRUE_B + NOISE * r.nextGaussian();
        }
    }

    public double x(int i) { return x[i]; }

    public double y(int i) { return y[i]; }

    /** J(w, b) over the whole data set: what both descents are judged by. */
    public double cost(double w, double b) {
        double sum = 0;
        for (int i = 0; i < SIZE; i++) {
            double e = y[i] - (w * x[i] + b);
            sum += e * e;
        }
        return sum / SIZE;
    }

    /** (∂J/∂w, ∂J/∂b) of the MSE over the samples order[from..to). */
    public double[] gradient(double w, double b, int[] order, int from, int to) {
        double dw = 0;
        double db = 0;
        for (int k = from; k < to; k++) {
            int i = order[k];
            double e = y[i] - (w * x[i] + b);
            dw += -2 * x[i] * e;
            db += -2 * e;
        }
        int n = to - from;
        return new double[] {dw / n, db / n};
    }

    /** The least-squares (w, b): the minimum of the map. */
    public double[] bestFit() {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < SIZE; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= SIZE;
        my /= SIZE;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < SIZE; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        double w = sxy / sxx;
        return new double[] {w, my - w * mx};
    }

    /** A descent with a given batch size, one mini-batch per {@link #step()}. */
    public Run run(int batchSize, double learningRate, double w0, double b0) {
        return new Run(batchSize, learningRate, w0, b0);
    }

    public final class Run {
        private final int batchSize;
        private final double learningRate;
        private final Random shuffler;
        private final int[] order = new int[SIZE];
        private double w;
        private double b;
        private int position = SIZE; // next sample of the epoch; SIZE = start a new epoch
        private int updates;
        private long samplesSeen;

        private Run(int batchSize, double learningRate, double w0, double b0) {
            if (batchSize < 1) {
                throw new IllegalArgumentException("batch size must be at least 1");
            }
            this.batchSize = Math.min(batchSize, SIZE);
            this.learningRate = learningRate;
            this.shuffler = new Random(seed * 7919 + batchSize);
            this.w = w0;
            this.b = b0;
            for (int i = 0; i < SIZE; i++) {
                order[i] = i;
            }
        }

        /** One update on the next mini-batch (the last batch of an epoch may be smaller, as with drop_last=False). */
        public void step() {
            if (position >= SIZE) {
                shuffle();
                position = 0;
            }
            int to = Math.min(SIZE, position + batchSize);
            double[] g = gradient(w, b, order, position, to);
            w -= learningRate * g[0];
            b -= learningRate * g[1];
            samplesSeen += to - position;
            position = to;
            updates++;
        }

        private void shuffle() {
            if (batchSize == SIZE) {
                return; // the full batch: the order changes nothing
            }
            for (int i = SIZE - 1; i > 0; i--) {
                int j = shuffler.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
        }

        public double w() { return w; }

        public double b() { return b; }

        public int updates() { return updates; }

        /** Passes over the data so far (1.5 = one epoch and a half). */
        public double epochs() { return samplesSeen / (double) SIZE; }

        public int batchSize() { return batchSize; }

        /** Updates in one epoch: ⌈SIZE / batch size⌉. */
        public int updatesPerEpoch() { return (SIZE + batchSize - 1) / batchSize; }
    }
}
