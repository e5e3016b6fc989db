package fr.dlintro.ui.project.mnist;

import fr.dlintro.core.data.DigitPreprocessing;
import fr.dlintro.core.train.ImagePrediction;
import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.FrenchFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * « Prédire » (5.2.9): test images with the predicted class and its confidence (Fig. 51); a
 * digit drawn with the mouse or read from a picture, prepared as MNIST's digits, with its
 * three most probable classes and each layer's activations.
 */
final class PredictTab extends VBox {
    static final int GRID = 10;

    private final MnistProjectModel model;
    private final Function<String, Optional<Path>> choosePicture;
    private final FlowPane grid = new FlowPane();
    private final DrawnDigit drawn = new DrawnDigit();
    private final Canvas pad = new Canvas(DrawnDigit.SIZE, DrawnDigit.SIZE);
    private final VBox preview = new VBox();
    private final VBox top3 = new VBox();
    private final LayerStrips strips = new LayerStrips();
    private final Label message = new Label();
    private final InvalidationListener refresh = o -> refresh();
    private SplittableRandom random = new SplittableRandom(7);
    private int[] shown = new int[0];
    private int[] input;
    private Image picture;
    private double lastX;
    private double lastY;
    private Palette palette = Palette.lightTheme();

    /** @param choosePicture asks for a PNG file (a dialog in the app, a fixed path in tests) */
    PredictTab(MnistProjectModel model, Function<String, Optional<Path>> choosePicture) {
        this.model = model;
        this.choosePicture = choosePicture;
        setId("mnist-predire");
        getStyleClass().add("mnist-tab");
        grid.setId("predict-grid");
        grid.getStyleClass().add("mnist-image-row");
        Button more = new Button("Autres images", new FontIcon("mdi2d-dice-multiple-outline"));
        more.setId("predict-more");
        more.setTooltip(new Tooltip("Prédire dix autres images de test tirées au hasard"));
        more.setOnAction(e -> {
            drawGrid();
            showGrid();
        });
        HBox gridHead = new HBox(ExplorerTab.heading("Prédictions sur des images de test (Fig. 51)"), more);
        gridHead.getStyleClass().add("mnist-heading-row");
        gridHead.setAlignment(Pos.CENTER_LEFT);

        pad.setId("predict-pad");
        pad.setAccessibleText("Zone de dessin : dessinez un chiffre avec la souris");
        pad.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (picture != null) {
                picture = null;
                drawn.clear();
            }
            lastX = e.getX();
            lastY = e.getY();
            strokeTo(e.getX(), e.getY());
        });
        pad.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> strokeTo(e.getX(), e.getY()));
        pad.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> predictDrawn());
        Button clear = new Button("Effacer", new FontIcon("mdi2e-eraser"));
        clear.setId("predict-clear");
        clear.setOnAction(e -> clear());
        Button open = new Button("Ouvrir une image…", new FontIcon("mdi2f-file-image-outline"));
        open.setId("predict-open");
        open.setTooltip(new Tooltip("Prédire le chiffre d'une image PNG (clair sur fond sombre ou sombre sur fond clair)"));
        open.setOnAction(e -> choosePicture.apply("Ouvrir une image de chiffre").ifPresent(this::openPicture));
        HBox padButtons = new HBox(clear, open);
        padButtons.getStyleClass().add("button-row");
        VBox padBox = new VBox(ExplorerTab.heading("Dessinez un chiffre"), pad, padButtons);
        padBox.getStyleClass().add("mnist-column");
        preview.setId("predict-preview");
        top3.setId("predict-top3");
        message.setId("predict-message");
        message.setWrapText(true);
        VBox result = new VBox(ExplorerTab.heading("Ce que voit le réseau (28 × 28)"), preview, top3, message);
        result.getStyleClass().add("mnist-column");
        result.setMaxWidth(palette.fontSize() * 16);
        FlowPane drawRow = new FlowPane(padBox, result);
        drawRow.getStyleClass().add("mnist-columns");
        getChildren().addAll(gridHead, grid, drawRow, ExplorerTab.heading("Activations de chaque couche"), strips);
        model.dataProperty().addListener(refresh);
        model.networkVersionProperty().addListener(refresh);
        model.classNamesProperty().addListener(refresh);
        paintPad();
        refresh();
    }

    void palette(Palette p) {
        this.palette = p;
        strips.palette(p);
        showGrid();
        showInput();
    }

    private void refresh() {
        MnistData d = model.data();
        if (d != null && d.test() != null && (shown.length == 0 || shown[shown.length - 1] >= d.test().count())) {
            random = new SplittableRandom(7);
            drawGrid();
        }
        showGrid();
        showInput();
    }

    private void drawGrid() {
        MnistData d = model.data();
        if (d != null && d.test() != null) {
            shown = random.ints(GRID, 0, d.test().count()).toArray();
        }
    }

    private void showGrid() {
        grid.getChildren().clear();
        MnistData d = model.data();
        if (d == null || d.test() == null) {
            return;
        }
        List<String> names = model.classNames();
        for (int i : shown) {
            int[] px = model.testPixels(i);
            ImagePrediction p = model.predict(px);
            String truth = names.get(d.test().label(i));
            String caption;
            Label l = new Label();
            if (p == null) {
                caption = "Label : " + truth;
            } else {
                boolean right = p.predicted() == d.test().label(i);
                caption = "Prédiction : " + names.get(p.predicted()) + " (" + FrenchFormat.decimal(100 * p.confidence(), 0)
                        + FrenchFormat.THIN_SPACE + "%)";
                l.getStyleClass().add(right ? "mnist-right" : "mnist-wrong");
                if (!right) {
                    caption += "\nvrai : " + truth;
                }
            }
            l.setText(caption);
            l.getStyleClass().add("mnist-caption");
            VBox cell = new VBox(Pictures.view(Pictures.of(px, d.test().cols(), d.test().rows()), palette.fontSize() * 5,
                    "Image de test n° " + i + ", " + caption.replace('\n', ' ')), l);
            cell.setAlignment(Pos.CENTER);
            cell.getStyleClass().add("mnist-cell");
            grid.getChildren().add(cell);
        }
    }

    private void strokeTo(double x, double y) {
        drawn.stroke(lastX, lastY, x, y);
        GraphicsContext g = pad.getGraphicsContext2D();
        g.setStroke(Color.WHITE);
        g.setLineWidth(2 * DrawnDigit.PEN);
        g.setLineCap(StrokeLineCap.ROUND);
        g.strokeLine(lastX, lastY, x, y);
        lastX = x;
        lastY = y;
    }

    private void predictDrawn() {
        input = drawn.isEmpty() ? null : drawn.mnistPixels();
        showInput();
    }

    /** Draws a stroke as a mouse drag would (for tests and keyboard-less checks). */
    void drawStroke(double x0, double y0, double x1, double y1) {
        picture = null;
        lastX = x0;
        lastY = y0;
        strokeTo(x1, y1);
        predictDrawn();
    }

    void clear() {
        drawn.clear();
        picture = null;
        input = null;
        paintPad();
        showInput();
        message.setText("");
    }

    private void paintPad() {
        GraphicsContext g = pad.getGraphicsContext2D();
        g.setFill(Color.BLACK);
        g.fillRect(0, 0, pad.getWidth(), pad.getHeight());
        if (picture != null) {
            double s = Math.min(pad.getWidth() / picture.getWidth(), pad.getHeight() / picture.getHeight());
            g.setImageSmoothing(false);
            g.drawImage(picture, 0, 0, picture.getWidth() * s, picture.getHeight() * s);
        }
    }

    void openPicture(Path file) {
        Image img = new Image(file.toUri().toString());
        if (img.isError() || img.getWidth() < 1 || img.getHeight() < 1) {
            message.setText("L'image " + file.getFileName() + " est illisible : ce n'est pas une image PNG valide.");
            return;
        }
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        PixelReader r = img.getPixelReader();
        int[] argb = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                argb[y * w + x] = r.getArgb(x, y);
            }
        }
        double[] ink = DigitPreprocessing.inkFromArgb(argb, w, h);
        drawn.clear();
        picture = Pictures.of(inkToPixels(ink), w, h);
        paintPad();
        input = DigitPreprocessing.toMnist(ink, w, h);
        message.setText("Image : " + file.getFileName());
        showInput();
    }

    private static int[] inkToPixels(double[] ink) {
        int[] px = new int[ink.length];
        for (int i = 0; i < ink.length; i++) {
            px[i] = (int) Math.round(ink[i] * 255);
        }
        return px;
    }

    private void showInput() {
        preview.getChildren().clear();
        top3.getChildren().clear();
        if (input == null) {
            strips.show(null, List.of());
            preview.getChildren().add(new Label("Dessinez un chiffre ou ouvrez une image."));
            return;
        }
        preview.getChildren().add(Pictures.view(Pictures.of(input, 28, 28), palette.fontSize() * 7,
                "Le chiffre préparé comme ceux de MNIST, 28 × 28 pixels"));
        ImagePrediction p = model.predict(input);
        if (p == null) {
            strips.show(null, List.of());
            top3.getChildren().add(new Label("Pas encore de modèle : entraînez-en un ou ouvrez-en un."));
            return;
        }
        List<String> names = model.classNames();
        for (int k : p.top(3)) {
            Label l = new Label(names.get(k) + " : " + FrenchFormat.decimal(100 * p.probabilities()[k], 1)
                    + FrenchFormat.THIN_SPACE + "%");
            l.getStyleClass().add(k == p.predicted() ? "mnist-big-number" : "mnist-probability");
            top3.getChildren().add(l);
        }
        strips.show(p, names);
    }

    /** The top-3 lines on show (for tests). */
    List<String> topLines() {
        return top3.getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }

    void dispose() {
        model.dataProperty().removeListener(refresh);
        model.networkVersionProperty().removeListener(refresh);
        model.classNamesProperty().removeListener(refresh);
    }
}
