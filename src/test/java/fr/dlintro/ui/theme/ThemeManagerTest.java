package fr.dlintro.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Zoom steps and the palette's text size, without the toolkit. */
class ThemeManagerTest {

    @Test
    void zoomStepsByTenUpToTwoHundredThenByTwentyFive() {
        assertThat(ThemeManager.nextZoom(100, +1)).isEqualTo(110);
        assertThat(ThemeManager.nextZoom(200, +1)).isEqualTo(225);
        assertThat(ThemeManager.nextZoom(225, -1)).isEqualTo(200);
        assertThat(ThemeManager.nextZoom(250, +1)).isEqualTo(250);
        assertThat(ThemeManager.nextZoom(50, -1)).isEqualTo(50);
    }

    @Test
    void presentationModeMakesTextHalfAgainAsLarge() {
        ThemeManager m = new ThemeManager();
        double normal = m.paletteProperty().get().fontSize();
        m.presentationProperty().set(true);
        assertThat(m.paletteProperty().get().fontSize()).isCloseTo(normal * 1.5, org.assertj.core.data.Offset.offset(0.11));
    }

    @Test
    void projectionThemeIsLargerAndHighContrast() {
        ThemeManager m = new ThemeManager();
        m.themeProperty().set(Theme.PROJECTION);
        Palette p = m.paletteProperty().get();
        assertThat(p.fontSize()).isGreaterThan(20);
        assertThat(p.foreground()).isEqualTo(javafx.scene.paint.Color.BLACK);
        assertThat(p.background()).isEqualTo(javafx.scene.paint.Color.WHITE);
    }
}
