package fr.dlintro.ui.widget.backprop;

import fr.dlintro.content.widget.WidgetParams;
import fr.dlintro.ui.widget.Widget;
import fr.dlintro.ui.widget.WidgetContext;
import javafx.scene.Node;

/**
 * {@code ```widget backprop}: Figs. 36–37, backpropagation step by step in the network of
 * 4.4.3 (x = 2, y = 1 and the learning rate from the book's code; our initial weights).
 */
public final class BackpropWidget implements Widget {
    /** Fixed, so « Nouveaux poids » draws the same sequence each time the page opens. */
    static final long SEED = 1986;

    private final BackpropModel model;
    private final BackpropView view;

    private BackpropWidget(BackpropModel model, BackpropView view) {
        this.model = model;
        this.view = view;
    }

    public static Widget create(WidgetParams params, WidgetContext ctx) {
        BackpropModel model = new BackpropModel(params.getDouble("learning_rate"), SEED);
        return new BackpropWidget(model, new BackpropView(model, ctx.palette()));
    }

    public BackpropModel model() { return model; }

    @Override
    public Node node() { return view; }

    @Override
    public void dispose() { view.dispose(); }
}
