package fr.dlintro.ui.widget.differentiable;

import fr.dlintro.content.widget.WidgetParams;
import fr.dlintro.ui.widget.Widget;
import fr.dlintro.ui.widget.WidgetContext;
import javafx.scene.Node;

/** {@code ```widget differentiable}: Fig. 25 and footnote 2, x² beside |x| with the tangent at x. */
public final class DifferentiableWidget implements Widget {
    private final DifferentiableModel model;
    private final DifferentiableView view;

    private DifferentiableWidget(DifferentiableModel model, DifferentiableView view) {
        this.model = model;
        this.view = view;
    }

    public static Widget create(WidgetParams params, WidgetContext ctx) {
        DifferentiableModel model = new DifferentiableModel(params.getDouble("x"));
        return new DifferentiableWidget(model, new DifferentiableView(model, ctx.palette()));
    }

    public DifferentiableModel model() { return model; }

    @Override
    public Node node() { return view; }

    @Override
    public void dispose() { view.dispose(); }
}
