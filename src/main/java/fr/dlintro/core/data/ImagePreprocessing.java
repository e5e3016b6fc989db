package fr.dlintro.core.data;

/**
 * Raw pixel p becomes (p / scale − mean) / std: the book's ToTensor + Normalize((0.5,), (0.5,))
 * is scale 255, mean 0.5, std 0.5, which maps 0..255 to −1..1.
 */
public record ImagePreprocessing(double scale, double mean, double std) implements Preprocessing {
    public static final ImagePreprocessing BOOK = new ImagePreprocessing(255, 0.5, 0.5);

    /** The factor a in x = a·p + c. */
    public float multiplier() {
        return (float) (1.0 / (scale * std));
    }

    /** The offset c in x = a·p + c. */
    public float offset() {
        return (float) (-mean / std);
    }

    public float apply(int pixel) {
        return (float) ((pixel / scale - mean) / std);
    }
}
