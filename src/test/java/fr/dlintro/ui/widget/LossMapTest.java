package fr.dlintro.ui.widget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.dlintro.core.demo.LossSurfaces;
import fr.dlintro.ui.theme.Palette;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LossMapTest {
    private LossMap map;
    private final AtomicInteger overlayDraws = new AtomicInteger();
    private final double[] picked = {Double.NaN, Double.NaN};

    @Start
    void start(Stage stage) {
        map = new LossMap();
        map.setSurface(LossSurfaces.bowl(), -2, 4, -2, 4);
        map.setAxisNames("w", "b");
        map.setPalette(Palette.lightTheme().withFontSize(16));
        map.setOverlay((g, m) -> overlayDraws.incrementAndGet());
        map.setOnPick((x, y) -> {
            picked[0] = x;
            picked[1] = y;
        });
        stage.setScene(new Scene(new StackPane(map), 760, 500));
        stage.show();
    }

    private Color pixel(double sx, double sy) throws Exception {
        WritableImage[] img = new WritableImage[1];
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> img[0] = map.snapshot(new SnapshotParameters(), null)));
        return img[0].getPixelReader().getColor((int) sx, (int) sy);
    }

    @Test
    void theMinimumIsDarkAndTheFarCornerLight() throws Exception {
        Color low = pixel(map.px(1), map.py(1));
        Color high = pixel(map.px(3.9), map.py(-1.9));
        assertThat(low.getBrightness()).isLessThan(0.5);
        assertThat(high.getBrightness()).isGreaterThan(0.8);
        assertThat(map.field().min()).isCloseTo(0, within(0.01));
    }

    @Test
    void screenAndMapCoordinatesRoundTripAndStayInside() {
        assertThat(map.ux(map.px(2.5))).isCloseTo(2.5, within(1e-9));
        assertThat(map.uy(map.py(-1.25))).isCloseTo(-1.25, within(1e-9));
        assertThat(map.ux(-1000)).isEqualTo(-2);
        assertThat(map.uy(-1000)).isEqualTo(4);
        assertThat(map.getHeight()).isBetween(10 * 16.0, 16 * 16.0);
    }

    @Test
    void aClickOnTheMapIsReportedInMapCoordinates(FxRobot robot) {
        robot.clickOn(map, javafx.scene.input.MouseButton.PRIMARY);
        double cx = map.ux(map.getWidth() / 2);
        double cy = map.uy(map.getHeight() / 2);
        assertThat(picked[0]).isCloseTo(cx, within(0.05));
        assertThat(picked[1]).isCloseTo(cy, within(0.05));
    }

    @Test
    void redrawingTheOverlayLeavesTheSampledFieldAlone() throws Exception {
        var field = map.field();
        int before = overlayDraws.get();
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            map.redrawOverlay();
            map.setFog(true, 1, 1, 2);
        }));
        assertThat(overlayDraws.get()).isEqualTo(before + 2);
        assertThat(map.field()).isSameAs(field);
        // under the fog, far from the point, the map is hidden behind a flat grey
        Color hidden = pixel(map.px(3.9), map.py(-1.9));
        assertThat(hidden.getSaturation()).isLessThan(0.05);
    }
}
