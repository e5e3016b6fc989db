package fr.dlintro.ui.project.mnist;

import fr.dlintro.core.InvalidInputException;
import fr.dlintro.core.data.ClassNames;
import fr.dlintro.core.data.ImageFolder;
import fr.dlintro.core.data.ImageSet;
import fr.dlintro.core.data.ImageStats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The images the project works on: a training set, a test set (null when the folder has no
 * t10k files), where they come from, and what the book's exploration computes on them.
 *
 * @param folder   null for the bundled MNIST
 * @param detected what the images look like (digits, clothes, the folder's own labels)
 */
public record MnistData(String source, Path folder, ImageSet train, ImageSet test, ClassNames.Kind detected,
        int[] labelCounts, double[][] meanImages) {

    /** The bundled MNIST, from the content root's assets (a checkout or the jar), else the class path. */
    public static MnistData bundled(Path assets) {
        Path dir = assets == null ? null : assets.resolve("mnist");
        ImageSet train;
        ImageSet test;
        if (dir != null && Files.isDirectory(dir) && ImageFolder.has(dir, "train")) {
            train = ImageFolder.read(dir, "train");
            test = ImageFolder.has(dir, "t10k") ? ImageFolder.read(dir, "t10k") : null;
        } else {
            train = ImageFolder.readBundled("train");
            test = ImageFolder.readBundled("t10k");
        }
        return of("MNIST intégré", null, train, test, ClassNames.Kind.DIGITS);
    }

    /** A folder of IDX files: its train-* pair, and its t10k-* pair when there is one. */
    public static MnistData folder(Path dir) {
        ImageSet train = ImageFolder.read(dir, "train");
        ImageSet test = ImageFolder.has(dir, "t10k") ? ImageFolder.read(dir, "t10k") : null;
        if (test != null && (test.pixelCount() != train.pixelCount()
                || test.classNames().size() != train.classNames().size())) {
            throw new InvalidInputException("Les images de test du dossier " + dir + " (" + test.rows() + "×" + test.cols()
                    + ") ne ressemblent pas à celles d'entraînement (" + train.rows() + "×" + train.cols() + ").");
        }
        Path name = dir.getFileName();
        return of(name == null ? dir.toString() : name.toString(), dir, train, test, ClassNames.detect(dir, train));
    }

    private static MnistData of(String source, Path folder, ImageSet train, ImageSet test, ClassNames.Kind kind) {
        return new MnistData(source, folder, train, test, kind, ImageStats.labelCounts(train), ImageStats.meanImages(train));
    }

    public List<String> names(ClassNames.Kind kind) {
        return ClassNames.of(kind, train.classNames());
    }

    public int classCount() {
        return train.classNames().size();
    }
}
