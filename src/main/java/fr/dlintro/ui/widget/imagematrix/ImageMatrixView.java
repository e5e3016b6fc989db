package fr.dlintro.ui.widget.imagematrix;

import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.PaletteFollower;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * The grayscale grid and/or the colour grid with its three channel planes, each with its
 * (C, H, W) shape and a readout of the pointed pixel. Panels wrap onto a new line when the
 * column is too narrow (zoom, presentation mode).
 */
public final class ImageMatrixView extends VBox {
    private final ImageMatrixModel model;
    private final PaletteFollower follower;
    private final List<PixelGrid> grids = new ArrayList<>();
    private PixelGrid grayGrid;
    private PixelGrid rgbGrid;
    private final PixelGrid[] planes = new PixelGrid[3];

    public ImageMatrixView(ImageMatrixModel model, ObservableValue<Palette> palette) {
        this.model = model;
        getStyleClass().add("image-matrix");
        FlowPane panels = new FlowPane();
        panels.getStyleClass().add("image-panels");
        if (model.mode() != ImageMatrixModel.Mode.RGB) {
            panels.getChildren().add(grayPanel());
        }
        if (model.mode() != ImageMatrixModel.Mode.GRAY) {
            panels.getChildren().add(rgbPanel());
        }
        Label note = new Label("Lignes et colonnes sont numérotées à partir de 0, comme les indices d'un tenseur PyTorch.");
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        getChildren().addAll(panels, note);
        follower = new PaletteFollower(palette, this, this::themeChanged);
    }

    private VBox grayPanel() {
        grayGrid = new PixelGrid(model.height(), model.width(), (r, c) -> Color.grayRgb(model.gray(r, c)),
                model.grayCursorProperty());
        grayGrid.setId("gray-grid");
        grids.add(grayGrid);
        Label title = title("Niveaux de gris : 1 canal");
        Label shape = shape("Forme (C, H, W) = " + model.grayShape(), "gray-shape");
        Label readout = readout(model.grayReadoutProperty(), "gray-readout");
        grayGrid.accessibleTextProperty().bind(model.grayReadoutProperty());
        VBox box = new VBox(title, grayGrid, shape, readout);
        box.getStyleClass().add("image-panel");
        return box;
    }

    private VBox rgbPanel() {
        rgbGrid = new PixelGrid(model.rgbHeight(), model.rgbWidth(), (r, c) -> {
            int[] v = model.shown(r, c);
            return Color.rgb(v[0], v[1], v[2]);
        }, model.rgbCursorProperty());
        rgbGrid.setId("rgb-grid");
        grids.add(rgbGrid);
        rgbGrid.accessibleTextProperty().bind(model.rgbReadoutProperty());

        VBox planeBox = new VBox();
        planeBox.getStyleClass().add("channel-planes");
        Label planesTitle = new Label("Canaux affichés");
        planesTitle.getStyleClass().add("muted");
        planeBox.getChildren().add(planesTitle);
        String[] ids = {"red", "green", "blue"};
        for (int c = 0; c < 3; c++) {
            int ch = c;
            // each plane's check box is its title: unticking removes that channel from the image
            CheckBox box = new CheckBox(ImageMatrixModel.CHANNEL_LETTERS[c] + " : " + ImageMatrixModel.CHANNEL_NAMES[c]);
            box.setId("channel-" + ids[c]);
            box.getStyleClass().addAll("channel-toggle", "channel-" + ids[c]);
            box.selectedProperty().bindBidirectional(model.channelProperty(c));
            box.setAccessibleText("Afficher le canal " + ImageMatrixModel.CHANNEL_NAMES[c]);

            PixelGrid plane = new PixelGrid(model.rgbHeight(), model.rgbWidth(), (r, col) -> planeColour(ch, r, col),
                    model.rgbCursorProperty());
            plane.setId("plane-" + ids[c]);
            plane.setAccessibleText("Plan du canal " + ImageMatrixModel.CHANNEL_NAMES[c]);
            plane.setFocusTraversable(false); // the composite grid already reads all three values
            planes[c] = plane;
            grids.add(plane);
            model.channelProperty(c).addListener((o, a, on) -> redrawAll());
            planeBox.getChildren().addAll(box, plane);
        }
        VBox left = new VBox(title("Couleurs (RVB) : 3 canaux"), rgbGrid,
                shape("Forme (C, H, W) = " + model.rgbShape(), "rgb-shape"),
                readout(model.rgbReadoutProperty(), "rgb-readout"));
        left.getStyleClass().add("image-panel");
        HBox box = new HBox(left, planeBox);
        box.getStyleClass().add("rgb-panel");
        return new VBox(box);
    }

    /** A channel plane shows that channel's intensity in its own colour; a removed channel is greyed out. */
    private Color planeColour(int ch, int r, int c) {
        double v = model.channel(ch, r, c) / 255.0;
        Color base = ch == 0 ? Color.rgb((int) (255 * v), 0, 0) : ch == 1 ? Color.rgb(0, (int) (255 * v), 0)
                : Color.rgb(0, 0, (int) (255 * v));
        return model.channelProperty(ch).get() ? base : base.grayscale().interpolate(follower.current().surface(), 0.7);
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("caption-title");
        return l;
    }

    private static Label shape(String text, String id) {
        Label l = new Label(text);
        l.setId(id);
        l.getStyleClass().add("readout");
        return l;
    }

    private static Label readout(ObservableValue<String> text, String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("caption-text");
        l.setWrapText(true);
        l.textProperty().bind(text);
        return l;
    }

    private void themeChanged(Palette p) {
        double em = p.fontSize();
        for (PixelGrid g : grids) {
            g.setPalette(p);
        }
        if (grayGrid != null) {
            grayGrid.setCell(2 * em);
        }
        if (rgbGrid != null) {
            rgbGrid.setCell(2 * em);
            for (PixelGrid plane : planes) {
                plane.setCell(0.8 * em);
            }
        }
        // readouts keep the width of their grid so that the longest one wraps instead of widening the panel
        for (PixelGrid g : new PixelGrid[] {grayGrid, rgbGrid}) {
            if (g != null && g.getParent() instanceof VBox v) {
                v.setMaxWidth(Math.max(g.getWidth(), 17 * em));
                v.setPrefWidth(Math.max(g.getWidth(), 17 * em));
            }
        }
    }

    private void redrawAll() {
        grids.forEach(PixelGrid::redraw);
    }

    PixelGrid grid(String id) {
        return (PixelGrid) lookup("#" + id);
    }

    public void dispose() {
        follower.dispose();
    }
}
