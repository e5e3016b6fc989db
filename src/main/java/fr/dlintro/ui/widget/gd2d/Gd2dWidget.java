package fr.dlintro.ui.widget.gd2d;

import fr.dlintro.content.widget.WidgetParams;
import fr.dlintro.ui.widget.Widget;
import fr.dlintro.ui.widget.WidgetContext;
import javafx.scene.Node;

/** {@code ```widget gd-2d}: section 4.3.3, gradient descent on a cost map, with a fog mode (Fig. 29). */
public final class Gd2dWidget implements Widget {
    private final Gd2dModel model;
    private final Gd2dView view;

    private Gd2dWidget(Gd2dModel model, Gd2dView view) {
        this.model = model;
        this.view = view;
    }

    public static Widget create(WidgetParams params, WidgetContext ctx) {
        Gd2dModel model = new Gd2dModel(Gd2dPreset.fromKey(params.getString("preset")));
        model.fogProperty().set(params.getBoolean("fog"));
        return new Gd2dWidget(model, new Gd2dView(model, ctx.palette()));
    }

    public Gd2dModel model() { return model; }

    @Override
    public Node node() { return view; }

    @Override
    public void dispose() { view.dispose(); }
}
