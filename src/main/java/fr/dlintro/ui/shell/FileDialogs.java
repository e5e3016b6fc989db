package fr.dlintro.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** File and folder dialogs behind an interface: native dialogs cannot be driven headless, so tests replace them. */
public interface FileDialogs {
    /** Asks where to save; empty when the reader cancels. */
    Optional<Path> chooseSave(Window owner, String title, String suggestedName, String description, String pattern);

    /** The platform's native dialogs. */
    static FileDialogs system() {
        return (owner, title, suggestedName, description, pattern) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.setInitialFileName(suggestedName);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
            File f = chooser.showSaveDialog(owner);
            return Optional.ofNullable(f).map(File::toPath);
        };
    }
}
