package fr.dlintro.core.data;

import fr.dlintro.core.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Finds and reads MNIST-style IDX files: the bundled copy (classpath {@code assets/mnist/})
 * or any folder holding {@code train-images…idx3…}, {@code train-labels…idx1…},
 * {@code t10k-images…}, {@code t10k-labels…}, gzip or raw. Class names come from a
 * {@code labels.txt} beside the files (one per line, e.g. Fashion-MNIST), else the digits.
 */
public final class ImageFolder {
    public static final String BUNDLED_RESOURCE = "assets/mnist/";
    private static final List<String> DIGITS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    private ImageFolder() {
    }

    /** The training set ("train") or test set ("t10k") of a folder. */
    public static ImageSet read(Path dir, String prefix) {
        Path images = find(dir, prefix + "-images", "idx3");
        Path labels = find(dir, prefix + "-labels", "idx1");
        if (images == null || labels == null) {
            throw new InvalidInputException("Le dossier " + dir + " ne contient pas les fichiers " + prefix
                    + "-images-idx3-ubyte et " + prefix + "-labels-idx1-ubyte (compressés ou non).");
        }
        return ImageSet.of(IdxReader.read(images, 3), IdxReader.read(labels, 1), classNames(dir));
    }

    public static boolean has(Path dir, String prefix) {
        return find(dir, prefix + "-images", "idx3") != null && find(dir, prefix + "-labels", "idx1") != null;
    }

    /** The t10k pair of a folder, or else its only images/labels pair. */
    public static ImageSet readTestSet(Path dir) {
        if (has(dir, "t10k")) {
            return read(dir, "t10k");
        }
        List<Path> images = list(dir, "", "idx3");
        List<Path> labels = list(dir, "", "idx1");
        if (images.size() != 1 || labels.size() != 1) {
            throw new InvalidInputException("Le dossier " + dir + " ne contient ni fichiers t10k-* ni une seule paire"
                    + " images (idx3) / étiquettes (idx1).");
        }
        return ImageSet.of(IdxReader.read(images.get(0), 3), IdxReader.read(labels.get(0), 1), classNames(dir));
    }

    /** The bundled MNIST ("train" or "t10k"), from the classpath or else the repository's assets folder. */
    public static ImageSet readBundled(String prefix) {
        String imagesName = prefix + "-images-idx3-ubyte.gz";
        String labelsName = prefix + "-labels-idx1-ubyte.gz";
        ClassLoader loader = ImageFolder.class.getClassLoader();
        try (InputStream images = loader.getResourceAsStream(BUNDLED_RESOURCE + imagesName);
                InputStream labels = loader.getResourceAsStream(BUNDLED_RESOURCE + labelsName)) {
            if (images != null && labels != null) {
                return ImageSet.of(IdxReader.read(imagesName, images, 3), IdxReader.read(labelsName, labels, 1), DIGITS);
            }
        } catch (IOException e) {
            throw new InvalidInputException("Impossible de lire le MNIST intégré (" + e.getMessage() + ").", e);
        }
        Path dir = Path.of(System.getProperty("dlintro.repo", "."), "assets", "mnist");
        if (Files.isDirectory(dir)) {
            return read(dir, prefix);
        }
        throw new InvalidInputException("Le MNIST intégré est introuvable (ni dans l'application, ni dans assets/mnist).");
    }

    /**
     * The first {@code count} images of the bundled MNIST ("train" or "t10k"), reading only
     * their bytes (for a widget that shows a few real digits without loading 60,000).
     */
    public static ImageSet readBundledHead(String prefix, int count) {
        String imagesName = prefix + "-images-idx3-ubyte.gz";
        String labelsName = prefix + "-labels-idx1-ubyte.gz";
        ClassLoader loader = ImageFolder.class.getClassLoader();
        try (InputStream images = open(loader, imagesName); InputStream labels = open(loader, labelsName)) {
            return ImageSet.of(IdxReader.readHead(imagesName, images, 3, count),
                    IdxReader.readHead(labelsName, labels, 1, count), DIGITS);
        } catch (IOException e) {
            throw new InvalidInputException("Impossible de lire le MNIST intégré (" + e.getMessage() + ").", e);
        }
    }

    /** A bundled file from the class path, else from the repository's assets folder. */
    private static InputStream open(ClassLoader loader, String name) throws IOException {
        InputStream in = loader.getResourceAsStream(BUNDLED_RESOURCE + name);
        if (in != null) {
            return in;
        }
        Path file = Path.of(System.getProperty("dlintro.repo", "."), "assets", "mnist", name);
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException("Le MNIST intégré est introuvable (ni dans l'application, ni dans assets/mnist).");
        }
        return Files.newInputStream(file);
    }

    static List<String> classNames(Path dir) {
        Path file = dir.resolve("labels.txt");
        if (!Files.isRegularFile(file)) {
            return DIGITS;
        }
        try {
            List<String> names = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    names.add(line.strip());
                }
            }
            if (names.size() < 2) {
                throw new InvalidInputException("Le fichier " + file + " doit donner au moins deux noms de classes, un par ligne.");
            }
            return names;
        } catch (IOException e) {
            throw new InvalidInputException("Impossible de lire " + file + " (" + e.getMessage() + ").", e);
        }
    }

    private static Path find(Path dir, String prefix, String kind) {
        List<Path> found = list(dir, prefix, kind);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Path> list(Path dir, String prefix, String kind) {
        if (!Files.isDirectory(dir)) {
            throw new InvalidInputException("Le dossier " + dir + " est introuvable.");
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> {
                        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                        return n.startsWith(prefix) && n.contains(kind);
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new InvalidInputException("Impossible de lister le dossier " + dir + " (" + e.getMessage() + ").", e);
        }
    }
}
