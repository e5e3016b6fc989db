package fr.dlintro.ui.widget;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import fr.dlintro.content.widget.WidgetCatalog;
import fr.dlintro.content.widget.WidgetSpec;
import fr.dlintro.ui.theme.Palette;
import java.util.Map;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** Builds a widget from YAML-like parameters and shows it in a lesson-wide stage, as the renderer would. */
public final class WidgetHarness {
    public static final double COLUMN_WIDTH = 760;

    private WidgetHarness() {
    }

    public static Widget build(String name, Map<String, Object> raw, WidgetContext ctx) {
        WidgetSpec spec = WidgetCatalog.find(name).orElseThrow();
        WidgetSpec.Validation v = spec.validate(raw);
        if (!v.ok()) {
            throw new IllegalArgumentException(String.join("; ", v.problems()));
        }
        return WidgetRegistry.find(name).orElseThrow().create(v.params(), ctx);
    }

    public static WidgetContext context(Palette p) {
        return new WidgetContext(new ReadOnlyObjectWrapper<>(p).getReadOnlyProperty());
    }

    /** Shows the widget in a 760 px column, with the AtlantaFX theme that matches the palette. */
    public static void show(Stage stage, Widget w, boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        StackPane column = new StackPane(w.node());
        column.setMaxWidth(COLUMN_WIDTH);
        column.getStyleClass().add("lesson-column");
        ScrollPane scroll = new ScrollPane(column);
        scroll.setFitToWidth(true);
        stage.setScene(new Scene(scroll, COLUMN_WIDTH + 20, 700));
        stage.show();
    }
}
