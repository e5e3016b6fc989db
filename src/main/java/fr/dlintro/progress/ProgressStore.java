package fr.dlintro.progress;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * The student's progress as JSON in their data folder. Writes are atomic (temporary file,
 * then move), so a crash mid-write never leaves half a file; a file that cannot be read is
 * moved aside and the app starts fresh, saying so.
 */
public final class ProgressStore {
    public static final String FILE_NAME = "progress.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private final Path folder;
    private final Progress progress;
    private final String notice;

    private ProgressStore(Path folder, Progress progress, String notice) {
        this.folder = folder;
        this.progress = progress;
        this.notice = notice;
    }

    /** Opens the store of the default data folder ({@link DataFolder#path()}). */
    public static ProgressStore open() {
        return open(DataFolder.path());
    }

    public static ProgressStore open(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return new ProgressStore(folder, new Progress(), null);
        }
        try {
            Progress p = JSON.readValue(file.toFile(), Progress.class);
            if (p == null) {
                throw new IOException("empty");
            }
            if (p.readSections == null) {
                p.readSections = new java.util.LinkedHashSet<>();
            }
            if (p.quizAttempts == null) {
                p.quizAttempts = new java.util.ArrayList<>();
            }
            if (p.settings == null) {
                p.settings = new Progress.Settings();
            }
            return new ProgressStore(folder, p, null);
        } catch (IOException | RuntimeException e) {
            String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss", Locale.ROOT));
            Path aside = folder.resolve(FILE_NAME + ".corrupt-" + stamp);
            String notice;
            try {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
                notice = "Le fichier de progression était illisible : il a été mis de côté sous « " + aside.getFileName()
                        + " » et une nouvelle progression commence.";
            } catch (IOException moveFailed) {
                notice = "Le fichier de progression « " + file + " » est illisible et n'a pas pu être mis de côté : "
                        + "votre progression ne sera pas enregistrée par-dessus.";
                return new ProgressStore(null, new Progress(), notice);
            }
            return new ProgressStore(folder, new Progress(), notice);
        }
    }

    public Progress progress() {
        return progress;
    }

    /** A French sentence to show once when the stored file was unreadable. */
    public Optional<String> notice() {
        return Optional.ofNullable(notice);
    }

    public Path folder() {
        return folder;
    }

    /** Writes the progress atomically; returns a French error message when it could not. */
    public synchronized Optional<String> save() {
        if (folder == null) {
            return Optional.of("La progression n'est pas enregistrée (fichier illisible laissé en place).");
        }
        try {
            Files.createDirectories(folder);
            Path tmp = Files.createTempFile(folder, FILE_NAME, ".tmp");
            try {
                JSON.writeValue(tmp.toFile(), progress);
                try {
                    Files.move(tmp, folder.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, folder.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("Impossible d'enregistrer la progression dans « " + folder + " » ("
                    + e.getClass().getSimpleName() + ").");
        }
    }
}
