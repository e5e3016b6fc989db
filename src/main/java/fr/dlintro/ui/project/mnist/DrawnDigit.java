package fr.dlintro.ui.project.mnist;

import fr.dlintro.core.data.DigitPreprocessing;

/**
 * A digit drawn with the mouse on a square sheet: strokes of a round pen whose edge is
 * soft over one pixel (as a scanned pen stroke), ink 0..1. {@link #mnistPixels()} prepares
 * it as MNIST's digits were.
 */
final class DrawnDigit {
    static final int SIZE = 280;
    /** Pen radius: a stroke about as thick, relative to the digit, as MNIST's. */
    static final double PEN = 11;

    private final double[] ink = new double[SIZE * SIZE];
    private boolean empty = true;

    /** A stroke from (x0, y0) to (x1, y1), in sheet pixels. */
    void stroke(double x0, double y0, double x1, double y1) {
        int minX = (int) Math.max(0, Math.floor(Math.min(x0, x1) - PEN - 1));
        int maxX = (int) Math.min(SIZE - 1, Math.ceil(Math.max(x0, x1) + PEN + 1));
        int minY = (int) Math.max(0, Math.floor(Math.min(y0, y1) - PEN - 1));
        int maxY = (int) Math.min(SIZE - 1, Math.ceil(Math.max(y0, y1) + PEN + 1));
        double dx = x1 - x0;
        double dy = y1 - y0;
        double len2 = dx * dx + dy * dy;
        for (int y = minY; y <= maxY; y++) {
            for (int x = minX; x <= maxX; x++) {
                double px = x + 0.5;
                double py = y + 0.5;
                double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - x0) * dx + (py - y0) * dy) / len2));
                double d = Math.hypot(px - (x0 + t * dx), py - (y0 + t * dy));
                double v = Math.max(0, Math.min(1, PEN + 0.5 - d));
                if (v > 0) {
                    int i = y * SIZE + x;
                    ink[i] = Math.max(ink[i], v);
                    empty = false;
                }
            }
        }
    }

    void clear() {
        java.util.Arrays.fill(ink, 0);
        empty = true;
    }

    boolean isEmpty() {
        return empty;
    }

    double ink(int x, int y) {
        return ink[y * SIZE + x];
    }

    /** The 28×28 image the network sees, pixels 0..255. */
    int[] mnistPixels() {
        return DigitPreprocessing.toMnist(ink, SIZE, SIZE);
    }
}
