package fr.dlintro.ui.project;

import fr.dlintro.content.ContentRoot;
import fr.dlintro.ui.shell.FileDialogs;
import fr.dlintro.ui.theme.Palette;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.stage.Window;

/**
 * What a project view may use from the window around it.
 *
 * @param palette the theme's colours and font size (changes with theme, zoom, presentation)
 * @param root    where the bundled data lives ({@code root.assets().resolve("mnist")})
 * @param dialogs open/save/folder dialogs (tests replace them)
 * @param owner   the window that owns the dialogs
 * @param notice  shows a dismissable French message under the toolbar
 */
public record ProjectContext(ReadOnlyObjectProperty<Palette> palette, ContentRoot root, Supplier<FileDialogs> dialogs,
        Supplier<Window> owner, Consumer<String> notice) {
}
