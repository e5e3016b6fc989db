package fr.dlintro.ui.widget.aisets;

import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.PaletteFollower;
import fr.dlintro.ui.widget.ShrinkToFit;
import java.util.EnumMap;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Ellipse;
import javafx.scene.text.TextAlignment;

/**
 * Fig. 1 drawn with shapes: IA ⊃ ML ⊃ DL, with RL overlapping ML and DL. Each set is a
 * focusable ellipse; the caption under the diagram explains the highlighted one.
 */
public final class AiSetsView extends VBox {
    private static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");
    private static final PseudoClass DIMMED = PseudoClass.getPseudoClass("dimmed");

    /** Geometry in em: centre x, centre y, radius x, radius y; label centre x, y, box width. */
    private static final Map<AiSet, double[]> GEOMETRY = new EnumMap<>(Map.of(
            AiSet.IA, new double[] {27, 10.5, 26.5, 10, 27, 2.1, 24},
            AiSet.ML, new double[] {21, 11.9, 16.5, 7.9, 13.6, 6.9, 13},
            AiSet.DL, new double[] {19.5, 13.6, 9.5, 4.7, 16.2, 13.6, 11},
            AiSet.RL, new double[] {38.5, 12.6, 12.8, 5.6, 45, 12.6, 10.5}));
    private static final double WIDTH_EM = 54;
    private static final double HEIGHT_EM = 21;

    private final AiSetsModel model;
    private final PaletteFollower follower;
    private final Pane diagram = new Pane();
    private final Map<AiSet, Ellipse> shapes = new EnumMap<>(AiSet.class);
    private final Map<AiSet, Label> labels = new EnumMap<>(AiSet.class);

    public AiSetsView(AiSetsModel model, javafx.beans.value.ObservableValue<Palette> palette) {
        this.model = model;
        getStyleClass().add("ai-sets");
        setFillWidth(true);

        for (AiSet s : AiSet.values()) {
            Ellipse e = new Ellipse();
            e.setId("set-" + s.key());
            e.getStyleClass().addAll("ai-set", "ai-set-" + s.key());
            e.setFocusTraversable(true);
            e.setAccessibleRole(AccessibleRole.NODE);
            e.setAccessibleText(s.title() + " : " + s.definition());
            e.hoverProperty().addListener((o, a, b) -> refresh());
            e.focusVisibleProperty().addListener((o, a, b) -> refresh());
            e.setOnMousePressed(ev -> e.requestFocus());
            shapes.put(s, e);

            Label l = new Label(s.title());
            l.setId("label-" + s.key());
            l.getStyleClass().addAll("ai-set-label", "ai-set-label-" + s.key());
            l.setWrapText(true);
            l.setTextAlignment(TextAlignment.CENTER);
            l.setAlignment(Pos.CENTER);
            l.setMouseTransparent(true);
            labels.put(s, l);
        }
        // children order gives the Tab order (IA, ML, DL, RL); viewOrder puts inner sets on top for picking
        shapes.get(AiSet.IA).setViewOrder(4);
        shapes.get(AiSet.ML).setViewOrder(3);
        shapes.get(AiSet.RL).setViewOrder(2);
        shapes.get(AiSet.DL).setViewOrder(1);
        for (AiSet s : AiSet.values()) {
            diagram.getChildren().add(shapes.get(s));
        }
        for (AiSet s : AiSet.values()) {
            Label l = labels.get(s);
            l.setViewOrder(0);
            diagram.getChildren().add(l);
        }

        Label title = new Label();
        title.setId("caption-title");
        title.getStyleClass().add("caption-title");
        title.textProperty().bind(model.titleProperty());
        Label caption = new Label();
        caption.setId("caption");
        caption.getStyleClass().add("caption-text");
        caption.setWrapText(true);
        caption.textProperty().bind(model.captionProperty());
        VBox captionBox = new VBox(title, caption);
        captionBox.getStyleClass().add("caption-box");

        diagram.getStyleClass().add("ai-sets-diagram");
        getChildren().addAll(new ShrinkToFit(diagram), captionBox);
        model.highlightedProperty().addListener((o, a, b) -> redraw());
        follower = new PaletteFollower(palette, this, p -> relayout(p.fontSize()));
        redraw();
    }

    /** Places shapes and labels for a new font size (zoom, presentation mode). */
    private void relayout(double em) {
        // a fixed drawing, centred by the padding when the column is wider
        diagram.setMinSize(WIDTH_EM * em, HEIGHT_EM * em);
        diagram.setPrefSize(WIDTH_EM * em, HEIGHT_EM * em);
        diagram.setMaxSize(WIDTH_EM * em, HEIGHT_EM * em);
        GEOMETRY.forEach((s, g) -> {
            Ellipse e = shapes.get(s);
            e.setCenterX(g[0] * em);
            e.setCenterY(g[1] * em);
            e.setRadiusX(g[2] * em);
            e.setRadiusY(g[3] * em);
            Label l = labels.get(s);
            double w = g[6] * em;
            double h = 3 * em;
            l.setPrefSize(w, h);
            l.setMinSize(w, h);
            l.setMaxSize(w, h);
            l.resizeRelocate(g[4] * em - w / 2, g[5] * em - h / 2, w, h);
        });
    }

    /**
     * The topmost hovered set wins, then the one focused from the keyboard (not the focus a
     * scene gives its first node on opening), then the lesson's preselection.
     */
    private void refresh() {
        for (AiSet s : new AiSet[] {AiSet.DL, AiSet.RL, AiSet.ML, AiSet.IA}) {
            if (shapes.get(s).isHover()) {
                model.highlight(s);
                return;
            }
        }
        for (AiSet s : AiSet.values()) {
            if (shapes.get(s).isFocusVisible()) {
                model.highlight(s);
                return;
            }
        }
        model.release();
    }

    private void redraw() {
        AiSet h = model.getHighlighted();
        for (AiSet s : AiSet.values()) {
            shapes.get(s).pseudoClassStateChanged(HIGHLIGHTED, s == h);
            shapes.get(s).pseudoClassStateChanged(DIMMED, h != null && s != h);
            labels.get(s).pseudoClassStateChanged(HIGHLIGHTED, s == h);
        }
    }

    Ellipse shape(AiSet s) {
        return shapes.get(s);
    }

    public void dispose() {
        follower.dispose();
    }
}
