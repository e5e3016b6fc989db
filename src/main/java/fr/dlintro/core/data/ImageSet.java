package fr.dlintro.core.data;

import fr.dlintro.core.InvalidInputException;
import java.util.List;

/** Grayscale images with their labels and class names, as read from an IDX pair. */
public final class ImageSet {
    private final String name;
    private final int count;
    private final int rows;
    private final int cols;
    private final byte[] pixels;   // (count, rows·cols), unsigned
    private final int[] labels;
    private final List<String> classNames;

    public ImageSet(String name, int rows, int cols, byte[] pixels, int[] labels, List<String> classNames) {
        this.name = name;
        this.count = labels.length;
        this.rows = rows;
        this.cols = cols;
        this.pixels = pixels;
        this.labels = labels;
        this.classNames = List.copyOf(classNames);
        if ((long) count * rows * cols != pixels.length) {
            throw new IllegalArgumentException("pixels do not match " + count + "x" + rows + "x" + cols);
        }
    }

    /** Pairs an image file with a label file, checking counts and label range. */
    public static ImageSet of(IdxReader.IdxArray images, IdxReader.IdxArray labels, List<String> classNames) {
        if (images.dims().length != 3) {
            throw new InvalidInputException("Le fichier " + images.source() + " n'est pas un fichier d'images.");
        }
        if (labels.dims().length != 1) {
            throw new InvalidInputException("Le fichier " + labels.source() + " n'est pas un fichier d'étiquettes.");
        }
        if (images.count() != labels.count()) {
            throw new InvalidInputException("Les fichiers " + images.source() + " (" + images.count() + " images) et "
                    + labels.source() + " (" + labels.count() + " étiquettes) ne correspondent pas.");
        }
        int[] y = new int[labels.count()];
        byte[] raw = labels.data();
        for (int i = 0; i < y.length; i++) {
            y[i] = raw[i] & 0xFF;
            if (y[i] >= classNames.size()) {
                throw new InvalidInputException("Le fichier " + labels.source() + " contient l'étiquette " + y[i]
                        + " (échantillon " + i + ") alors qu'il n'y a que " + classNames.size() + " classes.");
            }
        }
        return new ImageSet(images.source(), images.dims()[1], images.dims()[2], images.data(), y, classNames);
    }

    public String name() {
        return name;
    }

    public int count() {
        return count;
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    public int pixelCount() {
        return rows * cols;
    }

    /** Pixel p (row-major) of image i, 0..255. */
    public int pixel(int i, int p) {
        return pixels[i * pixelCount() + p] & 0xFF;
    }

    byte[] pixels() {
        return pixels;
    }

    public int label(int i) {
        return labels[i];
    }

    public int[] labels() {
        return labels.clone();
    }

    public List<String> classNames() {
        return classNames;
    }
}
