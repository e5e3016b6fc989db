package fr.dlintro.core.data;

import java.util.SplittableRandom;

/**
 * A training / validation split of n samples. {@link #random} shuffles with a seed (PyTorch's
 * random_split); {@link #ordered} keeps file order, the first (1 − val) fraction training,
 * so a run can be compared step by step with another tool.
 */
public record Split(int[] train, int[] validation) {

    /** round(n·fraction) validation samples, the rest for training: 60,000 at 0.2 gives 48,000 / 12,000. */
    public static int validationCount(int n, double validationFraction) {
        if (!(validationFraction >= 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("validation fraction " + validationFraction);
        }
        return (int) Math.round(n * validationFraction);
    }

    public static Split ordered(int n, double validationFraction) {
        int val = validationCount(n, validationFraction);
        int[] train = new int[n - val];
        int[] validation = new int[val];
        for (int i = 0; i < n; i++) {
            if (i < n - val) {
                train[i] = i;
            } else {
                validation[i - (n - val)] = i;
            }
        }
        return new Split(train, validation);
    }

    public static Split random(int n, double validationFraction, long seed) {
        int[] order = DataLoader.identity(n);
        DataLoader.shuffle(order, n, new SplittableRandom(seed));
        int val = validationCount(n, validationFraction);
        int[] train = java.util.Arrays.copyOfRange(order, 0, n - val);
        int[] validation = java.util.Arrays.copyOfRange(order, n - val, n);
        return new Split(train, validation);
    }
}
