package fr.dlintro.ui.widget.feedforward;

import static fr.dlintro.ui.widget.feedforward.Terms.compact;
import static fr.dlintro.ui.widget.feedforward.Terms.subscript;

import fr.dlintro.ui.widget.BookCheckLabel;
import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;

/**
 * Fig. 22 drawn by the app: one box per neuron holding its z and a (and its bias), lines for
 * the weights. Nodes are made once; {@link #layoutChildren()} only places them and
 * {@link #refresh()} only changes their texts and states, so edits never rebuild the scene.
 */
final class FeedforwardDiagram extends Region {
    static final PseudoClass ACTIVE = PseudoClass.getPseudoClass("active");
    static final PseudoClass PENDING = PseudoClass.getPseudoClass("pending");
    static final PseudoClass LINKED = PseudoClass.getPseudoClass("linked");
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final FeedforwardModel model;
    private final Group lineGroup = new Group();
    private final List<Label> titles = new ArrayList<>();
    private final VBox[][] boxes = new VBox[FeedforwardModel.LAYERS + 1][];
    private final Label[][] zLabels = new Label[FeedforwardModel.LAYERS + 1][];
    private final Label[][] aLabels = new Label[FeedforwardModel.LAYERS + 1][];
    private final Label[][] bLabels = new Label[FeedforwardModel.LAYERS + 1][];
    private final Line[][][] lines = new Line[FeedforwardModel.LAYERS + 1][][]; // [layer][in][out], into layer
    private final NumberField[] inputFields = new NumberField[FeedforwardModel.size(0)];
    private final BookCheckLabel outputCheck;
    private int[] linked; // {layer, in, out} of the weight the reader points at in the editor, or null
    private double em = 14;

    FeedforwardDiagram(FeedforwardModel model) {
        this.model = model;
        getStyleClass().add("ff-diagram");
        lineGroup.setMouseTransparent(true);
        getChildren().add(lineGroup);
        for (int l = 0; l <= FeedforwardModel.LAYERS; l++) {
            // a no-break space keeps « cachée 1 » and « de sortie » together when a title wraps
            Label title = new Label(FeedforwardModel.layerName(l).replaceAll(" (\\S+)$", "\u00A0$1"));
            title.getStyleClass().add("ff-layer-title");
            title.setId("ff-title-" + l);
            title.setAlignment(Pos.BOTTOM_CENTER);
            title.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
            title.setWrapText(true);
            titles.add(title);
            int n = FeedforwardModel.size(l);
            boxes[l] = new VBox[n];
            zLabels[l] = new Label[n];
            aLabels[l] = new Label[n];
            bLabels[l] = new Label[n];
            for (int o = 0; o < n; o++) {
                boxes[l][o] = neuronBox(l, o);
            }
            if (l > 0) {
                lines[l] = new Line[FeedforwardModel.size(l - 1)][n];
                for (int i = 0; i < FeedforwardModel.size(l - 1); i++) {
                    for (int o = 0; o < n; o++) {
                        Line line = new Line();
                        line.getStyleClass().add("ff-connection");
                        lines[l][i][o] = line;
                        lineGroup.getChildren().add(line);
                    }
                }
            }
        }
        outputCheck = new BookCheckLabel(model.outputCheckProperty());
        outputCheck.setId("output-check");
        outputCheck.setAlignment(Pos.CENTER);
        outputCheck.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        getChildren().addAll(titles);
        for (VBox[] layer : boxes) {
            getChildren().addAll(layer);
        }
        getChildren().add(outputCheck);
        for (int l = 1; l <= FeedforwardModel.LAYERS; l++) {
            getChildren().addAll(bLabels[l]);
        }
        refresh();
    }

    private VBox neuronBox(int layer, int index) {
        VBox box = new VBox();
        box.setId("neuron-" + layer + "-" + index);
        box.getStyleClass().addAll("ff-neuron", layer == 0 ? "ff-input"
                : layer == FeedforwardModel.LAYERS ? "ff-output" : "ff-hidden");
        box.setAlignment(Pos.CENTER);
        Label top = new Label();
        top.setId("z-" + layer + "-" + index);
        Label main = new Label();
        main.setId("a-" + layer + "-" + index);
        main.getStyleClass().add("ff-value");
        Label foot = new Label();
        foot.setId("b-" + layer + "-" + index);
        foot.getStyleClass().addAll("ff-foot", "muted");
        if (layer > 0) {
            // the bias sits beside its neuron, apart, as in the book's figure: it has no input
            foot.getStyleClass().add("ff-bias");
        }
        if (layer == 0) {
            // the inputs are typed right on the diagram
            NumberField field = new NumberField(() -> model.input(index), v -> model.inputProperty(index).set(v),
                    "Entrée x" + (index + 1) + ", " + FeedforwardModel.inputName(index));
            field.setId("input-" + index);
            field.setPrefColumnCount(3);
            inputFields[index] = field;
            main.setText("x" + subscript(index + 1) + " =");
            main.setLabelFor(field);
            main.setMinWidth(Region.USE_PREF_SIZE);
            javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(main, field);
            row.getStyleClass().add("ff-input-row");
            row.setAlignment(Pos.CENTER);
            box.getChildren().addAll(row, foot);
            foot.setText(FeedforwardModel.inputName(index));
        } else {
            box.getChildren().addAll(top, main);
            // clicking a neuron computes the network down to its layer and details that neuron
            box.setOnMouseClicked(e -> model.select(layer, index));
        }
        zLabels[layer][index] = top;
        aLabels[layer][index] = main;
        bLabels[layer][index] = foot;
        return box;
    }

    void setEm(double em) {
        this.em = em;
        requestLayout();
    }

    /** The weight whose connection stands out (pointed at in the editor), or null. */
    void setLinked(int[] weight) {
        this.linked = weight;
        refresh();
    }

    private double boxWidth() { return 7.4 * em; }

    private double slotHeight() { return 4.4 * em; }

    private double gap(double width) {
        int n = FeedforwardModel.LAYERS + 1;
        return (width - n * boxWidth()) / (n - 1);
    }

    /**
     * Room for a column title: up to 2.4 em more than its box, but never so wide that two
     * neighbours come closer than 1 em (the outer titles are held inside the drawing, so they
     * overhang on one side only, by the whole excess).
     */
    private double titleWidth(double width) {
        return boxWidth() + Math.max(0, Math.min(2.4 * em, (gap(width) - em) / 1.5));
    }

    /** One line of titles when they fit, two otherwise, plus a small gap above the boxes. */
    private double titleHeight(double width) {
        double h = 0;
        for (Label t : titles) {
            h = Math.max(h, t.prefHeight(titleWidth(width)));
        }
        return h + 0.5 * em;
    }

    private double checkHeight() { return 1.6 * em; }

    private int maxSlots() { return 3; }

    @Override
    protected double computeMinWidth(double height) {
        return (FeedforwardModel.LAYERS + 1) * boxWidth() + FeedforwardModel.LAYERS * 3.4 * em;
    }

    @Override
    protected double computePrefWidth(double height) {
        return Math.max(computeMinWidth(height), 50 * em);
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width > 0 ? width : computePrefWidth(-1);
        return titleHeight(w) + maxSlots() * slotHeight() + 0.2 * em;
    }

    /** The output box's slot is the middle one: the book check goes in the free space under it. */
    private double outputCheckTop() {
        return slotCentreY(FeedforwardModel.LAYERS, 0) + slotHeight() * 0.6;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    private double columnX(int layer, double width) {
        return layer * (boxWidth() + gap(width));
    }

    private double slotCentreY(int layer, int index) {
        int count = FeedforwardModel.size(layer);
        double offset = (maxSlots() - count) * slotHeight() / 2;
        return titleHeight(getWidth()) + offset + (index + 0.5) * slotHeight();
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double boxW = boxWidth();
        for (int l = 0; l <= FeedforwardModel.LAYERS; l++) {
            double x = columnX(l, width);
            // a title wider than its room goes on two lines, so neighbours never touch
            Label title = titles.get(l);
            double tw = Math.min(titleWidth(width), Math.ceil(title.prefWidth(-1)) + 2);
            double left = Math.max(0, Math.min(width - tw, x + boxW / 2 - tw / 2));
            double th = title.prefHeight(tw);
            title.resizeRelocate(left, titleHeight(width) - 0.5 * em - th, tw, th);
            for (int o = 0; o < boxes[l].length; o++) {
                VBox box = boxes[l][o];
                double h = box.prefHeight(boxW);
                double top = slotCentreY(l, o) - (l == 0 ? h / 2 : slotHeight() * 0.44);
                box.resizeRelocate(x, top, boxW, h);
                if (l > 0) {
                    Label bias = bLabels[l][o];
                    double bh = bias.prefHeight(-1);
                    bias.resizeRelocate(x, top + h, boxW, bh);
                }
            }
        }
        double outX = columnX(FeedforwardModel.LAYERS, width);
        double checkW = Math.min(boxW + 1.2 * em, outputCheck.prefWidth(-1));
        outputCheck.resizeRelocate(Math.min(outX + (boxW - checkW) / 2, width - checkW), outputCheckTop(), checkW,
                Math.min(2 * checkHeight(), outputCheck.prefHeight(checkW)));
        for (int l = 1; l <= FeedforwardModel.LAYERS; l++) {
            double x0 = columnX(l - 1, width) + boxW;
            double x1 = columnX(l, width);
            for (int i = 0; i < lines[l].length; i++) {
                for (int o = 0; o < lines[l][i].length; o++) {
                    Line line = lines[l][i][o];
                    line.setStartX(x0);
                    line.setStartY(slotCentreY(l - 1, i));
                    line.setEndX(x1);
                    line.setEndY(slotCentreY(l, o));
                }
            }
        }
    }

    /** Texts and states from the model: computed layers show their numbers, the others « ? ». */
    void refresh() {
        int step = model.stepProperty().get();
        int selected = model.neuronProperty().get();
        StringBuilder spoken = new StringBuilder("Réseau 2-3-3-1 : entrées ");
        for (int i = 0; i < FeedforwardModel.size(0); i++) {
            inputFields[i].refresh();
            spoken.append(i == 0 ? "" : " et ").append(compact(model.input(i)));
            boxes[0][i].pseudoClassStateChanged(ACTIVE, step == 0);
        }
        for (int l = 1; l <= FeedforwardModel.LAYERS; l++) {
            boolean computed = model.isComputed(l);
            String aName = l == FeedforwardModel.LAYERS ? "ŷ" : "a";
            if (computed) {
                spoken.append(" ; ").append(FeedforwardModel.layerName(l).toLowerCase(java.util.Locale.FRENCH))
                        .append(" : ").append(model.sums(l));
            }
            for (int o = 0; o < boxes[l].length; o++) {
                zLabels[l][o].setText("z = " + (computed ? compact(model.z(l, o)) : "?"));
                aLabels[l][o].setText(aName + " = " + (computed ? compact(model.a(l, o)) : "?"));
                bLabels[l][o].setText("b = " + compact(model.bias(l, o)));
                boxes[l][o].pseudoClassStateChanged(ACTIVE, l == step);
                boxes[l][o].pseudoClassStateChanged(SELECTED, l == step && o == selected);
                boxes[l][o].pseudoClassStateChanged(PENDING, !computed);
            }
            for (int i = 0; i < lines[l].length; i++) {
                for (int o = 0; o < lines[l][i].length; o++) {
                    Line line = lines[l][i][o];
                    boolean intoSelected = l == step && o == selected;
                    line.pseudoClassStateChanged(ACTIVE, intoSelected);
                    line.pseudoClassStateChanged(PENDING, !computed);
                    boolean isLinked = linked != null && linked[0] == l && linked[1] == i && linked[2] == o;
                    line.pseudoClassStateChanged(LINKED, isLinked);
                    if (isLinked || intoSelected) {
                        line.toFront();
                    }
                }
            }
        }
        setAccessibleText(model.stepText() + ". " + spoken.append('.'));
    }

    Line line(int layer, int in, int out) {
        return lines[layer][in][out];
    }

    /** Stops following the model's book check (the model may outlive the drawing). */
    void dispose() {
        outputCheck.dispose();
    }

    VBox box(int layer, int index) {
        return boxes[layer][index];
    }
}
