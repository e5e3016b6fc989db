package fr.dlintro.ui.theme;

import java.util.List;
import javafx.scene.paint.Color;

/**
 * Colours and text size of the current theme, for code that draws on a Canvas (Shapes and
 * Labels should rather use CSS classes and AtlantaFX's looked-up colours such as
 * {@code -color-fg-default} or {@code -color-accent-fg}, which follow the theme by themselves).
 *
 * @param fontSize body text size in pixels, zoom and presentation mode included
 * @param series   distinct colours for data series, readable on {@code background}
 */
public record Palette(
        String themeName,
        boolean isDark,
        Color background,
        Color surface,
        Color foreground,
        Color muted,
        Color border,
        Color accent,
        Color positive,
        Color negative,
        Color warning,
        List<Color> series,
        double fontSize) {

    /** Scale factor relative to the 14 px body text of the light theme at 100 %. */
    public double scale() {
        return fontSize / 14.0;
    }

    public Color seriesColor(int i) {
        return series.get(Math.floorMod(i, series.size()));
    }

    public Palette withFontSize(double size) {
        return new Palette(themeName, isDark, background, surface, foreground, muted, border, accent, positive,
                negative, warning, series, size);
    }

    public static Palette lightTheme() {
        return new Palette("clair", false, Color.web("#ffffff"), Color.web("#f6f8fa"), Color.web("#1f2328"),
                Color.web("#656d76"), Color.web("#d0d7de"), Color.web("#0969da"), Color.web("#1a7f37"),
                Color.web("#cf222e"), Color.web("#9a6700"),
                List.of(Color.web("#0969da"), Color.web("#cf222e"), Color.web("#1a7f37"), Color.web("#8250df"),
                        Color.web("#bc4c00"), Color.web("#1b7c83")),
                14);
    }

    public static Palette darkTheme() {
        return new Palette("sombre", true, Color.web("#0d1117"), Color.web("#161b22"), Color.web("#e6edf3"),
                Color.web("#8d96a0"), Color.web("#30363d"), Color.web("#4493f8"), Color.web("#3fb950"),
                Color.web("#f85149"), Color.web("#d29922"),
                List.of(Color.web("#4493f8"), Color.web("#f85149"), Color.web("#3fb950"), Color.web("#ab7df8"),
                        Color.web("#db6d28"), Color.web("#39c5cf")),
                14);
    }

    /** High contrast for a projector: black on white, saturated colours, large text. */
    public static Palette projectionTheme() {
        return new Palette("projection", false, Color.WHITE, Color.web("#f0f0f0"), Color.BLACK,
                Color.web("#333333"), Color.web("#000000"), Color.web("#0033cc"), Color.web("#006600"),
                Color.web("#cc0000"), Color.web("#805000"),
                List.of(Color.web("#0033cc"), Color.web("#cc0000"), Color.web("#006600"), Color.web("#7a00cc"),
                        Color.web("#b35900"), Color.web("#006b75")),
                18);
    }
}
