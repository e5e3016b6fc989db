package fr.dlintro.ui.widget;

import fr.dlintro.ui.theme.Palette;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * What a widget may use from the page around it: the theme's palette, which changes when
 * the reader switches theme, zooms or enters presentation mode (listen and redraw).
 */
public final class WidgetContext {
    private final ReadOnlyObjectProperty<Palette> palette;

    public WidgetContext(ReadOnlyObjectProperty<Palette> palette) {
        this.palette = palette;
    }

    /** A fixed light palette, for tests and previews. */
    public static WidgetContext standalone() {
        return new WidgetContext(new ReadOnlyObjectWrapper<>(Palette.lightTheme()).getReadOnlyProperty());
    }

    public ReadOnlyObjectProperty<Palette> palette() {
        return palette;
    }
}
