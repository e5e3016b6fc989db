package fr.dlintro.ui.widget.feedforward;

import fr.dlintro.content.widget.WidgetParams;
import fr.dlintro.ui.widget.Widget;
import fr.dlintro.ui.widget.WidgetContext;
import java.util.List;
import javafx.scene.Node;

/** {@code ```widget feedforward}: Fig. 22, the 2-3-3-1 network of 3.4.1 computed layer by layer. */
public final class FeedforwardWidget implements Widget {
    private final FeedforwardModel model;
    private final FeedforwardView view;

    private FeedforwardWidget(FeedforwardModel model, FeedforwardView view) {
        this.model = model;
        this.view = view;
    }

    public static Widget create(WidgetParams params, WidgetContext ctx) {
        List<Double> inputs = params.getDoubleList("inputs");
        FeedforwardModel model = new FeedforwardModel(inputs.get(0), inputs.get(1), params.getInt("step"));
        return new FeedforwardWidget(model, new FeedforwardView(model, ctx.palette()));
    }

    public FeedforwardModel model() { return model; }

    @Override
    public Node node() { return view; }

    @Override
    public void dispose() { view.dispose(); }
}
