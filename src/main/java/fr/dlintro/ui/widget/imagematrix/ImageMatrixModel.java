package fr.dlintro.ui.widget.imagematrix;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * A grayscale image (1 channel) and a colour image (3 channels) as matrices, the pixel the
 * reader points at in each, and which colour channels are kept.
 */
public final class ImageMatrixModel {
    public enum Mode { GRAY, RGB, BOTH }

    public static final String[] CHANNEL_NAMES = {"rouge", "vert", "bleu"};
    static final String[] CHANNEL_LETTERS = {"R", "V", "B"};

    private final Mode mode;
    private final int[][] gray;     // (H, W)
    private final int[][][] rgb;    // (C, H, W)
    private final BooleanProperty[] channels = new BooleanProperty[3];
    private final ObjectProperty<Pixel> grayCursor = new SimpleObjectProperty<>(this, "grayCursor");
    private final ObjectProperty<Pixel> rgbCursor = new SimpleObjectProperty<>(this, "rgbCursor");
    private final ReadOnlyStringWrapper grayReadout = new ReadOnlyStringWrapper(this, "grayReadout");
    private final ReadOnlyStringWrapper rgbReadout = new ReadOnlyStringWrapper(this, "rgbReadout");

    public ImageMatrixModel(Mode mode) {
        this(mode, SampleImages.digit(), SampleImages.flower());
    }

    ImageMatrixModel(Mode mode, int[][] gray, int[][][] rgb) {
        this.mode = mode;
        this.gray = gray;
        this.rgb = rgb;
        for (int c = 0; c < 3; c++) {
            channels[c] = new SimpleBooleanProperty(this, CHANNEL_NAMES[c], true);
        }
        grayReadout.bind(Bindings.createStringBinding(() -> describeGray(grayCursor.get()), grayCursor));
        rgbReadout.bind(Bindings.createStringBinding(() -> describeRgb(rgbCursor.get()),
                rgbCursor, channels[0], channels[1], channels[2]));
    }

    public Mode mode() { return mode; }

    public int height() { return gray.length; }

    public int width() { return gray[0].length; }

    public int rgbHeight() { return rgb[0].length; }

    public int rgbWidth() { return rgb[0][0].length; }

    public int gray(int row, int col) { return gray[row][col]; }

    /** The stored value of one channel, whether that channel is shown or not. */
    public int channel(int c, int row, int col) { return rgb[c][row][col]; }

    /** The colour shown for a pixel: removed channels count as 0. */
    public int[] shown(int row, int col) {
        int[] v = new int[3];
        for (int c = 0; c < 3; c++) {
            v[c] = channels[c].get() ? rgb[c][row][col] : 0;
        }
        return v;
    }

    /** « (1, 8, 8) »: the tensor shape (C, H, W) of the grayscale image. */
    public String grayShape() { return "(1, " + height() + ", " + width() + ")"; }

    public String rgbShape() { return "(3, " + rgbHeight() + ", " + rgbWidth() + ")"; }

    public BooleanProperty channelProperty(int c) { return channels[c]; }

    public ObjectProperty<Pixel> grayCursorProperty() { return grayCursor; }

    public ObjectProperty<Pixel> rgbCursorProperty() { return rgbCursor; }

    public ReadOnlyStringProperty grayReadoutProperty() { return grayReadout.getReadOnlyProperty(); }

    public ReadOnlyStringProperty rgbReadoutProperty() { return rgbReadout.getReadOnlyProperty(); }

    /** Arrow-key move of a cursor, clamped to the image; the first move lands on the top-left pixel. */
    public static Pixel moved(Pixel p, int dRow, int dCol, int height, int width) {
        if (p == null) {
            return new Pixel(0, 0);
        }
        return new Pixel(Math.max(0, Math.min(height - 1, p.row() + dRow)),
                Math.max(0, Math.min(width - 1, p.col() + dCol)));
    }

    private String describeGray(Pixel p) {
        if (p == null) {
            return "Survolez un pixel (ou flèches du clavier) pour lire sa valeur, de 0 (noir) à 255 (blanc).";
        }
        return "Ligne " + p.row() + ", colonne " + p.col() + " : " + gray[p.row()][p.col()];
    }

    private String describeRgb(Pixel p) {
        if (p == null) {
            return "Survolez un pixel pour lire ses trois valeurs : rouge (R), vert (V) et bleu (B).";
        }
        StringBuilder sb = new StringBuilder("Ligne " + p.row() + ", colonne " + p.col() + " : ");
        for (int c = 0; c < 3; c++) {
            if (c > 0) {
                sb.append(", ");
            }
            sb.append(CHANNEL_LETTERS[c]).append(" = ").append(rgb[c][p.row()][p.col()]);
            if (!channels[c].get()) {
                sb.append(" (retiré)");
            }
        }
        return sb.toString();
    }
}
