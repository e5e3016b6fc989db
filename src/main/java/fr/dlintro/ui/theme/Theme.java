package fr.dlintro.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The three themes: light for reading, dark for the evening, projection for a classroom projector. */
public enum Theme {
    CLAIR("clair", "Clair"),
    SOMBRE("sombre", "Sombre"),
    PROJECTION("projection", "Projection (contraste élevé)");

    private final String key;
    private final String label;

    Theme(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The name used on the command line and in the progress file. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Optional<Theme> fromKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String k = key.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.key.equals(k)).findFirst();
    }

    String userAgentStylesheet() {
        return this == SOMBRE ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
    }

    Palette basePalette() {
        return switch (this) {
            case CLAIR -> Palette.lightTheme();
            case SOMBRE -> Palette.darkTheme();
            case PROJECTION -> Palette.projectionTheme();
        };
    }

    /** Base UI text size in pixels at 100 % zoom; the projector theme is large. */
    double baseFontSize() {
        return this == PROJECTION ? 18 : 14;
    }

    @Override
    public String toString() {
        return label;
    }
}
