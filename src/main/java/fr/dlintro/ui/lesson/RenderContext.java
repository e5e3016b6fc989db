package fr.dlintro.ui.lesson;

import fr.dlintro.content.ContentRoot;
import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.WidgetContext;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * What the renderer needs from the app: the theme, where assets live, and what a click on
 * a link does ({@code #2.3} opens a section, {@code https://…} the browser).
 */
public record RenderContext(ReadOnlyObjectProperty<Palette> palette, ContentRoot root, Consumer<String> onLink) {
    public WidgetContext widgetContext() {
        return new WidgetContext(palette);
    }
}
