package fr.dlintro.content.widget;

import static fr.dlintro.content.widget.ParamSpec.*;

import java.util.List;

/** The parameter schemas of all widgets, one constant per widget, in book order. */
final class WidgetSpecs {
    private WidgetSpecs() {
    }

    static List<WidgetSpec> all() {
        return List.of();
    }
}
