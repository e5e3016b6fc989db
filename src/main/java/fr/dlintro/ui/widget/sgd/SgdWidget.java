package fr.dlintro.ui.widget.sgd;

import fr.dlintro.content.widget.WidgetParams;
import fr.dlintro.ui.widget.Widget;
import fr.dlintro.ui.widget.WidgetContext;
import javafx.scene.Node;

/** {@code ```widget sgd}: Fig. 34, full-batch and mini-batch descent on the same regression. */
public final class SgdWidget implements Widget {
    private final SgdModel model;
    private final SgdView view;

    private SgdWidget(SgdModel model, SgdView view) {
        this.model = model;
        this.view = view;
    }

    public static Widget create(WidgetParams params, WidgetContext ctx) {
        SgdModel model = new SgdModel(params.getInt("batch_size"), params.getInt("seed"));
        return new SgdWidget(model, new SgdView(model, ctx.palette()));
    }

    public SgdModel model() { return model; }

    @Override
    public Node node() { return view; }

    @Override
    public void dispose() { view.dispose(); }
}
