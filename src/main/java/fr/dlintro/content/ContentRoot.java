package fr.dlintro.content;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where lessons/, quizzes/ and assets/ are read from: the repository on disk when the app
 * runs from a checkout (so an author's edit shows with Ctrl+R), else the copies packaged
 * in the jar.
 *
 * @param onDisk true when the folders are the repository's own (reloadable)
 */
public record ContentRoot(Path lessons, Path quizzes, Path assets, boolean onDisk) {

    /** The repo given by {@code -Ddlintro.repo}, else the working folder if it is a checkout, else the jar. */
    public static ContentRoot locate() {
        String repo = System.getProperty("dlintro.repo");
        if (repo != null && Files.isDirectory(Path.of(repo, "lessons"))) {
            return ofRepository(Path.of(repo));
        }
        Path cwd = Path.of("").toAbsolutePath();
        if (Files.isDirectory(cwd.resolve("lessons")) && Files.isRegularFile(cwd.resolve("pom.xml"))) {
            return ofRepository(cwd);
        }
        return packaged();
    }

    public static ContentRoot ofRepository(Path repo) {
        Path r = repo.toAbsolutePath().normalize();
        return new ContentRoot(r.resolve("lessons"), r.resolve("quizzes"), r.resolve("assets"), true);
    }

    /** The folders packaged on the class path (inside the jar, or target/classes). */
    public static ContentRoot packaged() {
        return new ContentRoot(classpathFolder("lessons"), classpathFolder("quizzes"), classpathFolder("assets"), false);
    }

    private static Path classpathFolder(String name) {
        URL url = ContentRoot.class.getResource("/" + name);
        if (url == null) {
            return Path.of(name).toAbsolutePath();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return fs.getPath("/" + name);
            }
            return Path.of(uri);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open packaged folder " + name, e);
        }
    }

    /** How a file is named in messages: relative to the folder holding lessons/, with forward slashes. */
    public String display(Path file) {
        Path base = lessons.getParent();
        String s = base != null && file.startsWith(base) ? base.relativize(file).toString() : file.toString();
        return s.replace('\\', '/');
    }
}
