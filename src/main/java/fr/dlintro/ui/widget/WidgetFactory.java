package fr.dlintro.ui.widget;

import fr.dlintro.content.widget.WidgetParams;

/** Builds a widget from validated parameters; registered by name in {@link WidgetRegistry}. */
@FunctionalInterface
public interface WidgetFactory {
    Widget create(WidgetParams params, WidgetContext context);
}
