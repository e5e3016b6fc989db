package fr.dlintro.content.widget;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every widget a lesson may name, with its parameter schema. One line per widget: each
 * widget package's spec is declared in {@link WidgetSpecs}. The ui's registry pairs each
 * name with a factory, and a test checks that both sides list the same names.
 */
public final class WidgetCatalog {
    private static final Map<String, WidgetSpec> SPECS = new TreeMap<>();

    static {
        for (WidgetSpec s : WidgetSpecs.all()) {
            if (SPECS.put(s.name(), s) != null) {
                throw new IllegalStateException("duplicate widget spec " + s.name());
            }
        }
    }

    private WidgetCatalog() {
    }

    public static Optional<WidgetSpec> find(String name) {
        return Optional.ofNullable(SPECS.get(name));
    }

    public static Map<String, WidgetSpec> all() {
        return Collections.unmodifiableMap(SPECS);
    }
}
