package fr.dlintro.ui.widget.dataloader;

import fr.dlintro.core.data.ImageSet;
import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.FrenchFormat;
import fr.dlintro.ui.widget.PaletteFollower;
import fr.dlintro.ui.widget.PlaybackBar;
import java.util.List;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/** Fig. 46: the pool of images, the stages as a row of steps, the batch in its current form, the playback bar. */
public final class DataloaderView extends VBox {
    static final String STYLESHEET = Objects.requireNonNull(DataloaderView.class.getResource("dataloader.css"))
            .toExternalForm();

    private final DataloaderModel model;
    private final PaletteFollower follower;
    private final PlaybackBar bar;
    private final FlowPane stages = new FlowPane();
    private final java.util.List<Label> chips = new java.util.ArrayList<>();
    private final FlowPane pool = new FlowPane();
    private final FlowPane batch = new FlowPane();
    private final Label note = new Label();
    private final Label where = new Label();
    private final Label explanation = new Label();
    private final Label loading = new Label("Chargement de quelques images MNIST…");
    private final InvalidationListener redraw = o -> redraw();
    private Palette palette = Palette.lightTheme();

    public DataloaderView(DataloaderModel model, ObservableValue<Palette> palettes) {
        this.model = model;
        getStylesheets().add(STYLESHEET);
        getStyleClass().add("dataloader");
        setId("dataloader");
        setMaxWidth(760);
        stages.getStyleClass().add("dataloader-stages");
        stages.setId("dataloader-stages");
        pool.getStyleClass().add("dataloader-pool");
        pool.setId("dataloader-pool");
        batch.getStyleClass().add("dataloader-batch");
        batch.setId("dataloader-batch");
        batch.setAlignment(Pos.CENTER_LEFT);
        where.setId("dataloader-where");
        where.getStyleClass().add("caption-title");
        where.setWrapText(true);
        explanation.setId("dataloader-explanation");
        explanation.setWrapText(true);
        explanation.getStyleClass().add("caption-text");
        loading.setId("dataloader-loading");
        loading.getStyleClass().add("muted");
        VBox caption = new VBox(where, explanation);
        caption.getStyleClass().add("caption-box");
        for (DataloaderModel.Stage s : DataloaderModel.Stage.values()) {
            if (s.ordinal() > 0) {
                Label arrow = new Label("→");
                arrow.getStyleClass().add("muted");
                stages.getChildren().add(arrow);
            }
            Label chip = new Label(s.title());
            chip.getStyleClass().add("dataloader-stage");
            chip.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            chips.add(chip);
            stages.getChildren().add(chip);
        }
        bar = new PlaybackBar(model.playback());
        note.setId("dataloader-note");
        note.setWrapText(true);
        note.setMinWidth(0);
        note.getStyleClass().add("caption-text");
        note.managedProperty().bind(note.textProperty().isNotEmpty());
        getChildren().addAll(stages, loading, pool, batch, note, caption, bar);
        follower = new PaletteFollower(palettes, this, p -> {
            palette = p;
            redraw();
        });
        model.stepProperty().addListener(redraw);
        model.poolProperty().addListener(redraw);
        redraw();
    }

    private double cell() {
        return Math.round(palette.fontSize() * 1.8);
    }

    private void redraw() {
        DataloaderModel.Stage current = model.stage();
        for (DataloaderModel.Stage s : DataloaderModel.Stage.values()) {
            Label chip = chips.get(s.ordinal());
            chip.getStyleClass().remove("dataloader-stage-current");
            if (s == current) {
                chip.getStyleClass().add("dataloader-stage-current");
            }
        }
        ImageSet images = model.poolProperty().get();
        loading.setVisible(images == null);
        loading.setManaged(images == null);
        pool.getChildren().clear();
        batch.getChildren().clear();
        note.setText("");
        explanation.setText(current.explanation());
        if (images == null) {
            where.setText("Jeu de données");
            return;
        }
        where.setText(current == DataloaderModel.Stage.DATASET ? "Jeu de données : " + DataloaderModel.POOL
                + " images, batch_size = " + model.batchSize() + " (" + model.batchesPerEpoch() + " lots par époque)"
                : "Époque " + model.epoch() + " · lot " + model.batchInEpoch() + " sur " + model.batchesPerEpoch() + " · "
                + current.title());
        int[] chosen = model.batchIndices();
        List<Integer> served = model.servedBefore();
        for (int i = 0; i < DataloaderModel.POOL; i++) {
            int k = i;
            boolean inBatch = java.util.Arrays.stream(chosen).anyMatch(v -> v == k);
            VBox c = thumbnail(i, cell(), false, null);
            if (inBatch) {
                c.getStyleClass().add("dataloader-chosen");
            } else if (served.contains(i)) {
                c.setOpacity(0.3);
            }
            pool.getChildren().add(c);
        }
        if (current == DataloaderModel.Stage.DATASET) {
            return;
        }
        // a batch of 16 stays on one line of the column
        double big = Math.round(palette.fontSize() * (chosen.length > 8 ? 1.8 : 2.6));
        switch (current) {
            case DRAW -> {
                note.setText("Indices tirés : " + list(chosen)
                        + (chosen.length > 8 ? " (encadrés dans le jeu de données)" : ""));
                // a large batch is shown framed in the pool above rather than twice
                for (int i : chosen.length > 8 ? new int[0] : chosen) {
                    batch.getChildren().add(thumbnail(i, big, false, "n° " + i));
                }
            }
            case TRANSFORM -> {
                for (int i : chosen) {
                    batch.getChildren().add(thumbnail(i, big, true, chosen.length > 8 ? null : "−1…1"));
                }
                int[] px = model.pixels(chosen[0]);
                int centre = 14 * 28 + 14;
                note.setText("Pixel central de l'image " + chosen[0] + " : " + px[centre] + " → (" + px[centre]
                        + "/255 − 0,5)/0,5 = " + FrenchFormat.decimal(DataloaderModel.transformed(px[centre]), 2)
                        + " (bleu : −1, orange : +1)");
            }
            case SAMPLER -> {
                FlowPane group = new FlowPane();
                group.getStyleClass().add("dataloader-group");
                // one line when it fits the column, with room for the gaps and the frame
                group.setPrefWrapLength(Math.min(680, chosen.length * (big + palette.fontSize()) + 2 * palette.fontSize()));
                for (int i : chosen) {
                    group.getChildren().add(thumbnail(i, big, true, chosen.length > 8 ? null : "n° " + i));
                }
                batch.getChildren().add(group);
                note.setText(chosen.length < model.batchSize()
                        ? "Dernier lot de l'époque : " + chosen.length + " images seulement (drop_last=False)."
                        : "Un lot de " + chosen.length + " échantillons.");
            }
            case COLLATE -> {
                batch.getChildren().add(stack(chosen, big));
                note.setText("torch.stack → un tenseur de forme " + model.inputShape() + "\nétiquettes → "
                        + model.labelTensor());
            }
            case OUTPUT -> {
                VBox inputs = new VBox(text("Lot des entrées, forme " + model.inputShape()), stack(chosen, big));
                inputs.getStyleClass().add("dataloader-output");
                Label labels = text(model.labelTensor());
                labels.setId("dataloader-labels");
                labels.getStyleClass().add("dataloader-tensor");
                VBox targets = new VBox(text("Lot des étiquettes, forme (" + chosen.length + ",)"), labels);
                targets.getStyleClass().add("dataloader-output");
                batch.getChildren().addAll(inputs, targets);
            }
            default -> {
            }
        }
    }

    private Label text(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.setMaxWidth(palette.fontSize() * 22);
        l.getStyleClass().add("caption-text");
        return l;
    }

    private static String list(int[] v) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < v.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(v[i]);
        }
        return sb.append("]").toString();
    }

    /** Pool image i, raw (grey) or transformed (−1 blue … +1 orange, so the change of scale shows). */
    private VBox thumbnail(int i, double size, boolean transformed, String caption) {
        ImageView v = new ImageView(image(model.pixels(i), transformed));
        v.setFitWidth(size);
        v.setFitHeight(size);
        v.setSmooth(false);
        v.setAccessibleText("Image " + i + ", étiquette " + model.poolProperty().get().label(i));
        VBox box = new VBox(v);
        if (caption != null) {
            Label l = new Label(caption);
            l.getStyleClass().add("dataloader-index");
            box.getChildren().add(l);
        } else {
            javafx.scene.control.Tooltip.install(box, new javafx.scene.control.Tooltip("Image n° " + i));
        }
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("dataloader-cell");
        return box;
    }

    private WritableImage image(int[] px, boolean transformed) {
        WritableImage img = new WritableImage(28, 28);
        PixelWriter w = img.getPixelWriter();
        Color low = palette.seriesColor(0);
        Color high = palette.seriesColor(4);
        for (int p = 0; p < px.length; p++) {
            Color c = transformed ? low.interpolate(high, px[p] / 255.0) : Color.gray(px[p] / 255.0);
            w.setColor(p % 28, p / 28, c);
        }
        return img;
    }

    /** The images of a batch stacked with an offset, as one tensor. */
    private Node stack(int[] chosen, double size) {
        Pane p = new Pane();
        double offset = Math.max(4, size / 6);
        for (int k = chosen.length - 1; k >= 0; k--) {
            ImageView v = new ImageView(image(model.pixels(chosen[k]), true));
            v.setFitWidth(size);
            v.setFitHeight(size);
            v.setLayoutX(k * offset);
            v.setLayoutY(k * offset * 0.5);
            p.getChildren().add(v);
        }
        double w = size + (chosen.length - 1) * offset;
        double h = size + (chosen.length - 1) * offset * 0.5;
        p.setMinSize(w, h);
        p.setPrefSize(w, h);
        p.setMaxSize(w, h);
        p.setAccessibleText("Tenseur de " + chosen.length + " images empilées");
        return p;
    }

    /** Replaces the loading line by a French message when the images cannot be read. */
    void showError(String message) {
        loading.setText(message);
        loading.getStyleClass().add("dataloader-error");
    }

    public PlaybackBar bar() {
        return bar;
    }

    public void dispose() {
        bar.dispose();
        follower.dispose();
        model.stepProperty().removeListener(redraw);
        model.poolProperty().removeListener(redraw);
    }
}
