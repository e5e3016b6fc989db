package fr.dlintro.ui.widget.biasclassifier;

import fr.dlintro.content.widget.WidgetParams;
import fr.dlintro.core.demo.TwoClassPoints.Layout;
import fr.dlintro.ui.widget.Widget;
import fr.dlintro.ui.widget.WidgetContext;
import javafx.scene.Node;

/** {@code ```widget bias-classifier}: Fig. 20, separating two classes with and without bias. */
public final class BiasClassifierWidget implements Widget {
    private final BiasClassifierModel model;
    private final BiasClassifierView view;

    private BiasClassifierWidget(BiasClassifierModel model, BiasClassifierView view) {
        this.model = model;
        this.view = view;
    }

    public static Widget create(WidgetParams params, WidgetContext ctx) {
        Layout layout = switch (params.getString("dataset")) {
            case "centre" -> Layout.CENTRE;
            case "diagonale" -> Layout.DIAGONALE;
            default -> Layout.DECALE;
        };
        BiasClassifierModel model = new BiasClassifierModel(layout, params.getBoolean("bias"));
        return new BiasClassifierWidget(model, new BiasClassifierView(model, ctx.palette()));
    }

    public BiasClassifierModel model() { return model; }

    @Override
    public Node node() { return view; }

    @Override
    public void dispose() { view.dispose(); }
}
