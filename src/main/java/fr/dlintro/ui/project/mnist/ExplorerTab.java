package fr.dlintro.ui.project.mnist;

import fr.dlintro.core.data.ImageStats;
import fr.dlintro.ui.theme.Palette;
import java.util.List;
import java.util.SplittableRandom;
import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** « Explorer » (5.2.5): ten random training images with their labels, each class's mean image, the label histogram. */
final class ExplorerTab extends VBox {
    static final int SAMPLES = 10;

    private final MnistProjectModel model;
    private final FlowPane samples = new FlowPane();
    private final FlowPane means = new FlowPane();
    private final Histogram histogram = new Histogram();
    private final Label summary = new Label();
    private final InvalidationListener refresh = o -> refresh();
    private SplittableRandom random = new SplittableRandom(42);
    private int[] shown = new int[0];
    private Palette palette = Palette.lightTheme();

    ExplorerTab(MnistProjectModel model) {
        this.model = model;
        getStyleClass().add("mnist-tab");
        setId("mnist-explorer");
        Button draw = new Button("Tirer d'autres exemples", new FontIcon("mdi2d-dice-multiple-outline"));
        draw.setId("explorer-draw");
        draw.setTooltip(new Tooltip("Montrer dix autres images d'entraînement tirées au hasard"));
        draw.setOnAction(e -> {
            drawSamples();
            showSamples();
        });
        summary.setWrapText(true);
        summary.setId("explorer-summary");
        samples.setId("explorer-samples");
        means.setId("explorer-means");
        histogram.setId("explorer-histogram");
        for (FlowPane f : List.of(samples, means)) {
            f.getStyleClass().add("mnist-image-row");
        }
        HBox head = new HBox(heading("Dix exemples tirés au hasard (Fig. 47)"), draw);
        head.getStyleClass().add("mnist-heading-row");
        head.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(summary, head, samples, heading("Image moyenne de chaque classe (Fig. 48)"), means,
                heading("Nombre d'exemples par classe dans l'ensemble d'entraînement (Fig. 49)"), histogram);
        model.dataProperty().addListener(refresh);
        model.classNamesProperty().addListener(refresh);
        refresh();
    }

    static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("mnist-heading");
        l.setWrapText(true);
        return l;
    }

    void palette(Palette p) {
        this.palette = p;
        histogram.palette(p);
        showSamples();
        showMeans();
    }

    private void refresh() {
        MnistData d = model.data();
        if (d == null) {
            summary.setText("Les images ne sont pas encore chargées.");
            samples.getChildren().clear();
            means.getChildren().clear();
            return;
        }
        summary.setText(d.source() + " : " + fr.dlintro.ui.widget.FrenchFormat.integer(d.train().count())
                + " images d'entraînement" + (d.test() == null ? "" : " et "
                + fr.dlintro.ui.widget.FrenchFormat.integer(d.test().count()) + " de test") + ", chacune de "
                + d.train().rows() + " × " + d.train().cols() + " pixels en niveaux de gris, " + d.classCount()
                + " classes.");
        random = new SplittableRandom(42);
        drawSamples();
        showSamples();
        showMeans();
        histogram.show(d.labelCounts(), model.classNames());
    }

    private void drawSamples() {
        MnistData d = model.data();
        if (d == null) {
            return;
        }
        shown = random.ints(SAMPLES, 0, d.train().count()).toArray();
    }

    /** Indices in the training set of the images on show. */
    int[] shown() {
        return shown.clone();
    }

    int[] histogramCounts() {
        return histogram.counts();
    }

    private double cell() {
        return palette.fontSize() * 5;
    }

    private void showSamples() {
        MnistData d = model.data();
        samples.getChildren().clear();
        if (d == null) {
            return;
        }
        List<String> names = model.classNames();
        for (int i : shown) {
            String name = names.get(d.train().label(i));
            samples.getChildren().add(captioned(Pictures.view(Pictures.of(ImageStats.pixels(d.train(), i), d.train().cols(),
                    d.train().rows()), cell(), "Image d'entraînement n° " + i + ", étiquette " + name), "Label : " + name));
        }
    }

    private void showMeans() {
        MnistData d = model.data();
        means.getChildren().clear();
        if (d == null) {
            return;
        }
        List<String> names = model.classNames();
        for (int k = 0; k < d.classCount(); k++) {
            means.getChildren().add(captioned(Pictures.view(Pictures.ofMeans(d.meanImages()[k], d.train().cols(),
                    d.train().rows()), cell(), "Image moyenne de la classe " + names.get(k)), names.get(k)));
        }
    }

    static VBox captioned(javafx.scene.Node image, String caption) {
        Label l = new Label(caption);
        l.getStyleClass().add("mnist-caption");
        VBox box = new VBox(image, l);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("mnist-cell");
        return box;
    }

    void dispose() {
        model.dataProperty().removeListener(refresh);
        model.classNamesProperty().removeListener(refresh);
    }
}
