package fr.dlintro.ui.widget.gdworked;

import fr.dlintro.content.widget.WidgetParams;
import fr.dlintro.ui.widget.Widget;
import fr.dlintro.ui.widget.WidgetContext;
import javafx.scene.Node;

/** {@code ```widget gd-worked}: section 4.3.4, the worked iterations with the book's printed values. */
public final class GdWorkedWidget implements Widget {
    private final GdWorkedModel model;
    private final GdWorkedView view;

    private GdWorkedWidget(GdWorkedModel model, GdWorkedView view) {
        this.model = model;
        this.view = view;
    }

    public static Widget create(WidgetParams params, WidgetContext ctx) {
        GdWorkedModel model = new GdWorkedModel(WorkedExample.fromKey(params.getString("example")));
        return new GdWorkedWidget(model, new GdWorkedView(model, ctx.palette()));
    }

    public GdWorkedModel model() { return model; }

    @Override
    public Node node() { return view; }

    @Override
    public void dispose() { view.dispose(); }
}
