package fr.dlintro.ui.widget.saddle;

import fr.dlintro.content.widget.WidgetParams;
import fr.dlintro.ui.widget.Widget;
import fr.dlintro.ui.widget.WidgetContext;
import javafx.scene.Node;

/** {@code ```widget saddle}: Fig. 33, the saddle point of x² − y²; a start on the axis stays stuck. */
public final class SaddleWidget implements Widget {
    private final SaddleModel model;
    private final SaddleView view;

    private SaddleWidget(SaddleModel model, SaddleView view) {
        this.model = model;
        this.view = view;
    }

    public static Widget create(WidgetParams params, WidgetContext ctx) {
        SaddleModel model = new SaddleModel(params.getDouble("start_y"));
        return new SaddleWidget(model, new SaddleView(model, ctx.palette()));
    }

    public SaddleModel model() { return model; }

    @Override
    public Node node() { return view; }

    @Override
    public void dispose() { view.dispose(); }
}
