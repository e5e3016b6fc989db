package fr.dlintro.core.demo;

/** The toy dataset of the book's 4.3.4: y = x + 1 for x = 1, 2, 3, 4. */
public final class ToyDataset {
    public static final double[] X = {1, 2, 3, 4};
    public static final double[] Y = {2, 3, 4, 5};

    private ToyDataset() {
    }
}
