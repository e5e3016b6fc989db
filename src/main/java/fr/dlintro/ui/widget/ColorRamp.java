package fr.dlintro.ui.widget;

import javafx.scene.paint.Color;

/**
 * The colours of a loss map, from low cost (dark violet) to high cost (yellow): the viridis
 * scale, ordered in lightness and readable by colour-blind readers, on light and dark themes.
 */
public final class ColorRamp {
    private static final Color[] STOPS = {
        Color.web("#440154"), Color.web("#472c7a"), Color.web("#3b518b"), Color.web("#2c718e"),
        Color.web("#21908d"), Color.web("#27ad81"), Color.web("#5cc863"), Color.web("#aadc32"),
        Color.web("#fde725")};

    private ColorRamp() {
    }

    /** The colour at t ∈ [0, 1] (0 lowest cost, 1 highest). */
    public static Color at(double t) {
        double s = Math.max(0, Math.min(1, Double.isNaN(t) ? 0 : t)) * (STOPS.length - 1);
        int i = Math.min(STOPS.length - 2, (int) Math.floor(s));
        return STOPS[i].interpolate(STOPS[i + 1], s - i);
    }

    /** A line colour that stands out on the ramp at t: light on the dark end, dark on the light end. */
    public static Color lineOn(double t, double opacity) {
        return t < 0.55 ? Color.gray(1, opacity) : Color.gray(0, opacity);
    }
}
