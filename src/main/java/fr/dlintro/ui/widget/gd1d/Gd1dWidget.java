package fr.dlintro.ui.widget.gd1d;

import fr.dlintro.content.widget.WidgetParams;
import fr.dlintro.ui.widget.Widget;
import fr.dlintro.ui.widget.WidgetContext;
import javafx.scene.Node;

/** {@code ```widget gd-1d}: sections 4.3.1–4.3.2, descent on a curve of one weight (Figs. 26–28). */
public final class Gd1dWidget implements Widget {
    private final Gd1dModel model;
    private final Gd1dView view;

    private Gd1dWidget(Gd1dModel model, Gd1dView view) {
        this.model = model;
        this.view = view;
    }

    public static Widget create(WidgetParams params, WidgetContext ctx) {
        Gd1dModel model = new Gd1dModel(Gd1dPreset.fromKey(params.getString("preset")));
        double start = params.has("start") ? params.getDouble("start") : model.startProperty().get();
        double rate = params.has("learning_rate") ? params.getDouble("learning_rate") : model.learningRateProperty().get();
        model.set(start, rate);
        return new Gd1dWidget(model, new Gd1dView(model, ctx.palette()));
    }

    public Gd1dModel model() { return model; }

    @Override
    public Node node() { return view; }

    @Override
    public void dispose() { view.dispose(); }
}
