package fr.dlintro.ui.theme;

import java.util.Locale;
import java.util.Objects;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;

/**
 * Theme, zoom and presentation mode of the window, applied as AtlantaFX's stylesheet plus
 * ours and a root font size; publishes the matching {@link Palette} for Canvas drawing.
 */
public final class ThemeManager {
    public static final int MIN_ZOOM = 50;
    public static final int MAX_ZOOM = 250;
    public static final double PRESENTATION_FACTOR = 1.5;
    /** Lesson text is this much larger than the UI's controls. */
    public static final double READING_FACTOR = 1.15;

    private static final String APP_CSS = Objects.requireNonNull(
            ThemeManager.class.getResource("/fr/dlintro/ui/app.css")).toExternalForm();
    private static final String PROJECTION_CSS = Objects.requireNonNull(
            ThemeManager.class.getResource("/fr/dlintro/ui/projection.css")).toExternalForm();
    private static final String DARK_CSS = Objects.requireNonNull(
            ThemeManager.class.getResource("/fr/dlintro/ui/dark.css")).toExternalForm();

    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.CLAIR);
    private final IntegerProperty zoom = new SimpleIntegerProperty(100);
    private final BooleanProperty presentation = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<Palette> palette = new ReadOnlyObjectWrapper<>(Palette.lightTheme());
    private Scene scene;

    public ThemeManager() {
        theme.addListener((o, a, b) -> apply());
        zoom.addListener((o, a, b) -> apply());
        presentation.addListener((o, a, b) -> apply());
        updatePalette();
    }

    public void attach(Scene scene) {
        this.scene = scene;
        apply();
    }

    public ObjectProperty<Theme> themeProperty() { return theme; }
    public IntegerProperty zoomProperty() { return zoom; }
    public BooleanProperty presentationProperty() { return presentation; }
    public ReadOnlyObjectProperty<Palette> paletteProperty() { return palette.getReadOnlyProperty(); }

    public void zoomIn() { zoom.set(nextZoom(zoom.get(), +1)); }
    public void zoomOut() { zoom.set(nextZoom(zoom.get(), -1)); }
    public void resetZoom() { zoom.set(100); }

    /** Steps of 10 % up to 200 %, then 25 %, within the bounds. */
    static int nextZoom(int current, int direction) {
        int step = (direction > 0 ? current >= 200 : current > 200) ? 25 : 10;
        int next = current + direction * step;
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, next));
    }

    public static int clampZoom(int z) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
    }

    /** UI text size in pixels, all factors included. */
    public double uiFontSize() {
        return theme.get().baseFontSize() * zoom.get() / 100.0 * (presentation.get() ? PRESENTATION_FACTOR : 1);
    }

    /** Ikonli sizes icons in pixels only, so the sizes that follow the zoom come from a generated stylesheet. */
    private static String iconSizes(double font) {
        String css = String.format(Locale.ROOT, ".ikonli-font-icon { -fx-icon-size: %dpx; }%n"
                        + ".app-toolbar .ikonli-font-icon { -fx-icon-size: %dpx; }%n"
                        + ".toc .ikonli-font-icon { -fx-icon-size: %dpx; }%n",
                Math.round(font * 1.15), Math.round(font * 1.45), Math.round(font * 1.05));
        return "data:text/css;base64," + java.util.Base64.getEncoder().encodeToString(css.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private void updatePalette() {
        palette.set(theme.get().basePalette().withFontSize(Math.round(uiFontSize() * READING_FACTOR * 10) / 10.0));
    }

    private void apply() {
        updatePalette();
        if (scene == null) {
            return;
        }
        Application.setUserAgentStylesheet(theme.get().userAgentStylesheet());
        scene.getStylesheets().setAll(APP_CSS);
        if (theme.get() == Theme.SOMBRE) {
            scene.getStylesheets().add(DARK_CSS);
        }
        if (theme.get() == Theme.PROJECTION) {
            scene.getStylesheets().add(PROJECTION_CSS);
        }
        scene.getStylesheets().add(iconSizes(uiFontSize()));
        var root = scene.getRoot();
        root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", uiFontSize()));
        root.getStyleClass().removeIf(c -> c.startsWith("theme-"));
        root.getStyleClass().add("theme-" + theme.get().key());
        root.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("presentation"), presentation.get());
    }
}
