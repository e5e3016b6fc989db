package fr.dlintro.progress;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the app keeps the student's files. Apart from {@link ProgressStore} so that the
 * launcher can find its cache without loading the JSON library (see {@code ArchivedRelaunch}).
 */
public final class DataFolder {
    private DataFolder() {
    }

    /**
     * {@code -Ddlintro.home}, else {@code DLINTRO_HOME}, else the platform's folder: Linux
     * {@code ~/.local/share/dlintro} (or {@code $XDG_DATA_HOME/dlintro}), Windows
     * {@code %APPDATA%\dlintro}, macOS {@code ~/Library/Application Support/dlintro}.
     */
    public static Path path() {
        String prop = System.getProperty("dlintro.home");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        String env = System.getenv("DLINTRO_HOME");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming")).resolve("dlintro");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("dlintro");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share")).resolve("dlintro");
    }
}
