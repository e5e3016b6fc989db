package fr.dlintro.ui.widget;

import fr.dlintro.ui.theme.Palette;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;

/**
 * Keeps a widget's root in step with the theme palette: installs the widgets' stylesheet,
 * sets the root's font size to the palette's (so em sizes in CSS and code follow zoom and
 * presentation mode) and tells the view to redraw. {@link #dispose()} removes its listener
 * from the long-lived palette property.
 */
public final class PaletteFollower {
    public static final String STYLESHEET =
            Objects.requireNonNull(PaletteFollower.class.getResource("widgets.css")).toExternalForm();

    private final ObservableValue<Palette> palette;
    private final ChangeListener<Palette> listener;

    public PaletteFollower(ObservableValue<Palette> palette, Parent root, Consumer<Palette> onChange) {
        this.palette = palette;
        root.getStylesheets().add(STYLESHEET);
        root.getStyleClass().add("dl-widget");
        this.listener = (obs, old, p) -> apply(root, p, onChange);
        palette.addListener(listener);
        apply(root, palette.getValue(), onChange);
    }

    private static void apply(Parent root, Palette p, Consumer<Palette> onChange) {
        root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", p.fontSize()));
        root.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("dark"), p.isDark());
        onChange.accept(p);
    }

    public Palette current() {
        return palette.getValue();
    }

    public void dispose() {
        palette.removeListener(listener);
    }
}
