package fr.dlintro.ui.widget.imagematrix;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImageMatrixModelTest {
    private final ImageMatrixModel model = new ImageMatrixModel(ImageMatrixModel.Mode.BOTH);

    @Test
    void shapesAreWrittenAsChannelsHeightWidth() {
        assertThat(model.grayShape()).isEqualTo("(1, 8, 8)");
        assertThat(model.rgbShape()).isEqualTo("(3, 8, 8)");
    }

    @Test
    void grayReadoutGivesCoordinatesAndTheValue() {
        model.grayCursorProperty().set(new Pixel(2, 5));
        assertThat(model.grayReadoutProperty().get()).isEqualTo("Ligne 2, colonne 5 : 230");
    }

    @Test
    void rgbReadoutGivesThreeValuesAndMarksRemovedChannels() {
        model.rgbCursorProperty().set(new Pixel(3, 1));
        assertThat(model.rgbReadoutProperty().get()).isEqualTo("Ligne 3, colonne 1 : R = 210, V = 30, B = 60");
        model.channelProperty(0).set(false);
        assertThat(model.rgbReadoutProperty().get()).isEqualTo("Ligne 3, colonne 1 : R = 210 (retiré), V = 30, B = 60");
        assertThat(model.shown(3, 1)).containsExactly(0, 30, 60);
        assertThat(model.channel(0, 3, 1)).isEqualTo(210);
    }

    @Test
    void pixelValuesStayWithinZeroAndTwoHundredFiftyFive() {
        for (int r = 0; r < 8; r++) {
            for (int c = 0; c < 8; c++) {
                assertThat(model.gray(r, c)).isBetween(0, 255);
                for (int ch = 0; ch < 3; ch++) {
                    assertThat(model.channel(ch, r, c)).isBetween(0, 255);
                }
            }
        }
    }

    @Test
    void arrowMovesStartTopLeftAndStayInsideTheImage() {
        Pixel p = ImageMatrixModel.moved(null, 0, 1, 8, 8);
        assertThat(p).isEqualTo(new Pixel(0, 0));
        p = ImageMatrixModel.moved(p, -1, -1, 8, 8);
        assertThat(p).isEqualTo(new Pixel(0, 0));
        p = ImageMatrixModel.moved(new Pixel(7, 6), 1, 1, 8, 8);
        assertThat(p).isEqualTo(new Pixel(7, 7));
    }
}
