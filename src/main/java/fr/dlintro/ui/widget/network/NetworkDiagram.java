package fr.dlintro.ui.widget.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;

/**
 * The layered drawing itself: neurons as circles, connections as thin lines, titles above
 * the columns, names of inputs and outputs at the sides. Nodes are created once;
 * {@link #layoutChildren()} only moves them (resize), {@link #redraw()} only restyles them
 * (selection changes).
 */
final class NetworkDiagram extends Region {
    private static final PseudoClass ACTIVE = PseudoClass.getPseudoClass("active");
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final NetworkModel model;
    private final Group lines = new Group();
    private final Map<NeuronRef, Circle> circles = new HashMap<>();
    private final Map<NeuronRef, List<Line>> linesOf = new HashMap<>();
    private final Map<Line, NeuronRef[]> ends = new HashMap<>();
    private final Map<NeuronRef, Label> sideLabels = new HashMap<>();
    private final List<Label> titles = new ArrayList<>();
    private final List<Label> footnotes = new ArrayList<>();
    private final List<Label> gaps = new ArrayList<>(); // one per layer, null when nothing is elided
    private double em = 14;

    NetworkDiagram(NetworkModel model) {
        this.model = model;
        getStyleClass().add("network-diagram");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.NODE);
        lines.setMouseTransparent(true);
        getChildren().add(lines);

        int last = model.layerCount() - 1;
        for (int l = 0; l < model.layerCount(); l++) {
            ElidedLayer d = model.drawn(l);
            for (int i : d.visible()) {
                NeuronRef r = new NeuronRef(l, i);
                Circle c = new Circle();
                c.setId("neuron-" + l + "-" + i);
                c.getStyleClass().addAll("neuron", l == 0 ? "neuron-input" : l == last ? "neuron-output" : "neuron-hidden");
                if (l == last && model.output() == NetworkModel.Output.REGRESSION) {
                    c.getStyleClass().add("neuron-linear");
                }
                Tooltip t = new Tooltip(model.describe(r));
                t.setShowDelay(Duration.millis(250));
                t.setWrapText(true);
                t.setMaxWidth(28 * em);
                Tooltip.install(c, t);
                c.setOnMouseEntered(e -> model.select(r));
                c.setOnMouseExited(e -> {
                    if (r.equals(model.getSelected())) {
                        model.select(null);
                    }
                });
                circles.put(r, c);
                linesOf.put(r, new ArrayList<>());
                String name = model.neuronLabel(r);
                if (name != null) {
                    Label lab = new Label(name);
                    lab.setId("label-" + l + "-" + i);
                    lab.getStyleClass().addAll("neuron-label", l == 0 ? "input-label" : "output-label");
                    lab.setMouseTransparent(true);
                    sideLabels.put(r, lab);
                }
            }
            Label title = new Label(model.layerTitle(l));
            title.getStyleClass().add("layer-title");
            title.setId("title-" + l);
            title.setTextAlignment(TextAlignment.CENTER);
            title.setAlignment(Pos.BOTTOM_CENTER);
            title.setWrapText(true);
            titles.add(title);
            Label foot = new Label(model.layerFootnote(l));
            foot.getStyleClass().addAll("layer-footnote", "muted");
            foot.setId("footnote-" + l);
            foot.setTextAlignment(TextAlignment.CENTER);
            foot.setAlignment(Pos.TOP_CENTER);
            foot.setWrapText(true);
            footnotes.add(foot);
            Label gap = null;
            if (d.elided()) {
                gap = new Label("⋮");
                gap.getStyleClass().add("layer-gap");
                gap.setId("gap-" + l);
                gap.setAlignment(Pos.CENTER);
            }
            gaps.add(gap);
        }
        for (int l = 0; l < last; l++) {
            for (int a : model.drawn(l).visible()) {
                for (int b : model.drawn(l + 1).visible()) {
                    Line line = new Line();
                    line.getStyleClass().add("connection");
                    NeuronRef from = new NeuronRef(l, a);
                    NeuronRef to = new NeuronRef(l + 1, b);
                    linesOf.get(from).add(line);
                    linesOf.get(to).add(line);
                    ends.put(line, new NeuronRef[] {from, to});
                    lines.getChildren().add(line);
                }
            }
        }
        getChildren().addAll(circles.values());
        getChildren().addAll(sideLabels.values());
        getChildren().addAll(titles);
        getChildren().addAll(footnotes);
        gaps.stream().filter(g -> g != null).forEach(getChildren()::add);

        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case UP -> model.move(0, -1);
                case DOWN -> model.move(0, 1);
                case LEFT -> model.move(-1, 0);
                case RIGHT -> model.move(1, 0);
                case ESCAPE -> model.select(null);
                default -> {
                    return;
                }
            }
            e.consume();
        });
        focusedProperty().addListener((o, was, is) -> {
            if (!is && model.getSelected() != null && !isHoveringANeuron()) {
                model.select(null);
            }
        });
        model.selectedProperty().addListener((o, a, b) -> redraw());
        redraw();
    }

    private boolean isHoveringANeuron() {
        return circles.values().stream().anyMatch(Circle::isHover);
    }

    void setEm(double em) {
        this.em = em;
        requestLayout();
    }

    private int maxSlots() {
        int m = 1;
        for (int l = 0; l < model.layerCount(); l++) {
            m = Math.max(m, model.drawn(l).slots().size());
        }
        return m;
    }

    private double slotHeight() { return 2.0 * em; }

    private double radius() { return 0.62 * em; }

    private double titleHeight() { return 3.0 * em; }

    private double footHeight() { return 2.9 * em; }

    @Override
    protected double computePrefWidth(double height) {
        return Math.max(54 * em, computeMinWidth(height));
    }

    @Override
    protected double computeMinWidth(double height) {
        return sideWidth(true) + sideWidth(false) + model.layerCount() * 6.2 * em;
    }

    @Override
    protected double computePrefHeight(double width) {
        return titleHeight() + maxSlots() * slotHeight() + footHeight();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    /** Width of the widest name at the left (inputs) or right (outputs), plus a margin. */
    private double sideWidth(boolean left) {
        double w = 0;
        for (Map.Entry<NeuronRef, Label> e : sideLabels.entrySet()) {
            if ((e.getKey().layer() == 0) == left) {
                w = Math.max(w, e.getValue().prefWidth(-1));
            }
        }
        return w + 1.2 * em;
    }

    /** Column centre of each layer. */
    private double[] columns(double width) {
        double left = sideWidth(true);
        double right = sideWidth(false);
        int n = model.layerCount();
        // the outer columns sit half a spacing in from the sides, so titles never overflow
        double spacing = (width - left - right) / n;
        double[] x = new double[n];
        for (int l = 0; l < n; l++) {
            x[l] = left + spacing * (l + 0.5);
        }
        return x;
    }

    /** Vertical centre of a slot; shorter layers are centred on the tallest. */
    private double slotY(int layer, int slot) {
        int count = model.drawn(layer).slots().size();
        double offset = (maxSlots() - count) * slotHeight() / 2;
        return titleHeight() + offset + (slot + 0.5) * slotHeight();
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double[] x = columns(width);
        double spacing = x.length > 1 ? x[1] - x[0] : width;
        double r = radius();
        for (int l = 0; l < model.layerCount(); l++) {
            List<Integer> slots = model.drawn(l).slots();
            for (int s = 0; s < slots.size(); s++) {
                double y = slotY(l, s);
                int index = slots.get(s);
                if (index == ElidedLayer.GAP) {
                    Label gap = gaps.get(l);
                    gap.resizeRelocate(x[l] - em, y - slotHeight() / 2, 2 * em, slotHeight());
                    continue;
                }
                NeuronRef ref = new NeuronRef(l, index);
                Circle c = circles.get(ref);
                c.setCenterX(x[l]);
                c.setCenterY(y);
                c.setRadius(r);
                Label lab = sideLabels.get(ref);
                if (lab != null) {
                    double w = lab.prefWidth(-1);
                    double h = lab.prefHeight(w);
                    double lx = l == 0 ? x[l] - r - 0.5 * em - w : x[l] + r + 0.5 * em;
                    lab.resizeRelocate(lx, y - h / 2, w, h);
                }
            }
            double tw = Math.max(spacing - 0.4 * em, 4 * em);
            Label title = titles.get(l);
            title.setMaxWidth(tw);
            positionCentered(title, x[l], 0, tw, titleHeight() - 0.3 * em, VPos.BOTTOM);
            Label foot = footnotes.get(l);
            double fy = titleHeight() + maxSlots() * slotHeight() + 0.2 * em;
            positionCentered(foot, x[l], fy, tw, footHeight() - 0.2 * em, VPos.TOP);
        }
        for (Map.Entry<Line, NeuronRef[]> e : ends.entrySet()) {
            Circle a = circles.get(e.getValue()[0]);
            Circle b = circles.get(e.getValue()[1]);
            Line line = e.getKey();
            line.setStartX(a.getCenterX() + r);
            line.setStartY(a.getCenterY());
            line.setEndX(b.getCenterX() - r);
            line.setEndY(b.getCenterY());
        }
    }

    private static void positionCentered(Label label, double cx, double top, double maxW, double h, VPos v) {
        double w = Math.min(maxW, label.prefWidth(-1));
        double lh = Math.min(h, label.prefHeight(w));
        label.resizeRelocate(cx - w / 2, v == VPos.BOTTOM ? top + h - lh : top, w, lh);
    }

    /** Restyles for the selected neuron: its connections and neighbours stand out, the rest fades. */
    void redraw() {
        NeuronRef sel = model.getSelected();
        List<Line> active = sel == null ? List.of() : linesOf.get(sel);
        pseudoClassStateChanged(PseudoClass.getPseudoClass("has-selection"), sel != null);
        for (Line line : ends.keySet()) {
            line.pseudoClassStateChanged(ACTIVE, false);
        }
        for (Line line : active) {
            line.pseudoClassStateChanged(ACTIVE, true);
            line.toFront();
        }
        circles.forEach((ref, c) -> {
            c.pseudoClassStateChanged(SELECTED, ref.equals(sel));
            boolean neighbour = sel != null && Math.abs(ref.layer() - sel.layer()) == 1;
            c.pseudoClassStateChanged(ACTIVE, neighbour);
        });
        setAccessibleText(sel == null
                ? "Schéma du réseau " + shape() + ". Flèches : parcourir les neurones."
                : model.describe(sel));
    }

    private String shape() {
        return String.join("-", model.layers().stream().map(String::valueOf).toList());
    }

    Circle circle(NeuronRef r) {
        return circles.get(r);
    }

    long activeLineCount() {
        return ends.keySet().stream().filter(l -> l.getPseudoClassStates().contains(ACTIVE)).count();
    }

    int lineCount() {
        return ends.size();
    }
}
