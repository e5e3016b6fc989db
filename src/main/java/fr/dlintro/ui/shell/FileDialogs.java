package fr.dlintro.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** File and folder dialogs behind an interface: native dialogs cannot be driven headless, so tests replace them. */
public interface FileDialogs {
    /** Asks where to save; empty when the reader cancels. */
    Optional<Path> chooseSave(Window owner, String title, String suggestedName, String description, String pattern);

    /** Asks for a file to open among {@code patterns} ("*.png"); empty when the reader cancels. */
    default Optional<Path> chooseOpen(Window owner, String title, String description, List<String> patterns) {
        return Optional.empty();
    }

    /** Asks for a folder; empty when the reader cancels. */
    default Optional<Path> chooseFolder(Window owner, String title) {
        return Optional.empty();
    }

    /** The platform's native dialogs. */
    static FileDialogs system() {
        return new FileDialogs() {
            @Override
            public Optional<Path> chooseSave(Window owner, String title, String suggestedName, String description,
                    String pattern) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.setInitialFileName(suggestedName);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
                File f = chooser.showSaveDialog(owner);
                return Optional.ofNullable(f).map(File::toPath);
            }

            @Override
            public Optional<Path> chooseOpen(Window owner, String title, String description, List<String> patterns) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, patterns));
                File f = chooser.showOpenDialog(owner);
                return Optional.ofNullable(f).map(File::toPath);
            }

            @Override
            public Optional<Path> chooseFolder(Window owner, String title) {
                DirectoryChooser chooser = new DirectoryChooser();
                chooser.setTitle(title);
                File f = chooser.showDialog(owner);
                return Optional.ofNullable(f).map(File::toPath);
            }
        };
    }
}
