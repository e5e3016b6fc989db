package fr.dlintro.core.data;

/**
 * Turns a digit drawn by hand (or read from a picture) into a 28×28 image the way MNIST's
 * digits were made (LeCun et al.): the ink's bounding box is scaled, keeping its aspect
 * ratio, so that its longer side is 20 pixels (with anti-aliasing, i.e. each output pixel
 * is the mean ink over the area it covers), then placed in a 28×28 image so that its centre
 * of mass falls on pixel (14, 14). Ink is a value in 0..1 (1 = full ink), as MNIST's white
 * strokes on black.
 */
public final class DigitPreprocessing {
    public static final int SIZE = 28;
    public static final int BOX = 20;
    /** Ink below this share of the maximum is background noise when finding the bounding box. */
    static final double INK_THRESHOLD = 0.05;

    private DigitPreprocessing() {
    }

    /**
     * The 28×28 digit, pixels 0..255 row-major; all zeros when there is no ink.
     *
     * @param ink (height, width) row-major, values 0..1
     */
    public static int[] toMnist(double[] ink, int width, int height) {
        if (ink.length != width * height) {
            throw new IllegalArgumentException("ink has " + ink.length + " values, not " + width + "x" + height);
        }
        int[] box = boundingBox(ink, width, height);
        int[] out = new int[SIZE * SIZE];
        if (box == null) {
            return out;
        }
        int boxWidth = box[2] - box[0] + 1;
        int boxHeight = box[3] - box[1] + 1;
        double scale = (double) BOX / Math.max(boxWidth, boxHeight);
        int w = Math.max(1, (int) Math.round(boxWidth * scale));
        int h = Math.max(1, (int) Math.round(boxHeight * scale));
        double[] small = resample(ink, width, box, boxWidth, boxHeight, w, h);

        double mass = 0;
        double sx = 0;
        double sy = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double v = small[y * w + x];
                mass += v;
                sx += v * x;
                sy += v * y;
            }
        }
        // centre of mass on pixel (14, 14) counted from 0, where MNIST's digits have it (mean 14.00, 13.99)
        int offsetX = (int) Math.round(SIZE / 2.0 - sx / mass);
        int offsetY = (int) Math.round(SIZE / 2.0 - sy / mass);
        for (int y = 0; y < h; y++) {
            int ty = y + offsetY;
            if (ty < 0 || ty >= SIZE) {
                continue;
            }
            for (int x = 0; x < w; x++) {
                int tx = x + offsetX;
                if (tx >= 0 && tx < SIZE) {
                    out[ty * SIZE + tx] = (int) Math.round(Math.min(1, Math.max(0, small[y * w + x])) * 255);
                }
            }
        }
        return out;
    }

    /** {minX, minY, maxX, maxY} of the pixels holding ink, or null when there is none. */
    static int[] boundingBox(double[] ink, int width, int height) {
        double max = 0;
        for (double v : ink) {
            max = Math.max(max, v);
        }
        if (max <= 0) {
            return null;
        }
        double threshold = max * INK_THRESHOLD;
        int minX = width;
        int minY = height;
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (ink[y * width + x] > threshold) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        return new int[] {minX, minY, maxX, maxY};
    }

    /** Area-averaging resampling of the box to w×h: each output pixel is the mean over the source area it covers. */
    private static double[] resample(double[] ink, int width, int[] box, int boxWidth, int boxHeight, int w, int h) {
        double[] out = new double[w * h];
        double fx = (double) boxWidth / w;
        double fy = (double) boxHeight / h;
        for (int y = 0; y < h; y++) {
            double y0 = y * fy;
            double y1 = y0 + fy;
            for (int x = 0; x < w; x++) {
                double x0 = x * fx;
                double x1 = x0 + fx;
                double sum = 0;
                for (int sy = (int) Math.floor(y0); sy < Math.ceil(y1) && sy < boxHeight; sy++) {
                    double wy = Math.min(y1, sy + 1) - Math.max(y0, sy);
                    if (wy <= 0) {
                        continue;
                    }
                    int row = (box[1] + sy) * width + box[0];
                    for (int sx = (int) Math.floor(x0); sx < Math.ceil(x1) && sx < boxWidth; sx++) {
                        double wx = Math.min(x1, sx + 1) - Math.max(x0, sx);
                        if (wx > 0) {
                            sum += ink[row + sx] * wx * wy;
                        }
                    }
                }
                out[y * w + x] = sum / (fx * fy);
            }
        }
        return out;
    }

    /**
     * Ink of a picture given as ARGB pixels: its luminance, inverted when the picture is dark
     * on light (paper, a PNG drawn in a paint program), so the digit is always light on dark.
     * Transparent pixels count as background.
     */
    public static double[] inkFromArgb(int[] argb, int width, int height) {
        double[] lum = new double[argb.length];
        double[] alpha = new double[argb.length];
        for (int i = 0; i < argb.length; i++) {
            int p = argb[i];
            alpha[i] = ((p >>> 24) & 0xFF) / 255.0;
            double r = (p >> 16) & 0xFF;
            double g = (p >> 8) & 0xFF;
            double b = p & 0xFF;
            lum[i] = (0.299 * r + 0.587 * g + 0.114 * b) / 255.0;
        }
        boolean transparentBackground = borderMean(alpha, width, height) < 0.5;
        double[] ink = new double[argb.length];
        if (transparentBackground) {
            // strokes on a transparent sheet: the ink is the stroke's opacity
            for (int i = 0; i < ink.length; i++) {
                ink[i] = alpha[i];
            }
            return ink;
        }
        boolean lightBackground = borderMean(lum, width, height) > 0.5;
        for (int i = 0; i < ink.length; i++) {
            ink[i] = lightBackground ? 1 - lum[i] : lum[i];
        }
        return ink;
    }

    /** Mean of the outermost rows and columns, where a background shows. */
    private static double borderMean(double[] values, int width, int height) {
        double sum = 0;
        int n = 0;
        for (int x = 0; x < width; x++) {
            sum += values[x] + values[(height - 1) * width + x];
            n += 2;
        }
        for (int y = 1; y < height - 1; y++) {
            sum += values[y * width] + values[y * width + width - 1];
            n += 2;
        }
        return n == 0 ? 0 : sum / n;
    }
}
