package fr.dlintro.ui.widget.softmax;

import fr.dlintro.content.widget.WidgetParams;
import fr.dlintro.ui.widget.Widget;
import fr.dlintro.ui.widget.WidgetContext;
import java.util.List;
import javafx.scene.Node;

/**
 * {@code ```widget softmax}: Figs. 18–19. Class names default to the book's (chat, chien,
 * oiseau, poisson), then « classe k ».
 */
public final class SoftmaxWidget implements Widget {
    private final SoftmaxModel model;
    private final SoftmaxView view;

    private SoftmaxWidget(SoftmaxModel model, SoftmaxView view) {
        this.model = model;
        this.view = view;
    }

    public static Widget create(WidgetParams params, WidgetContext ctx) {
        List<String> labels = params.has("labels") ? params.getStringList("labels") : SoftmaxModel.BOOK_LABELS;
        SoftmaxModel model = new SoftmaxModel(params.getDoubleList("logits"), labels);
        return new SoftmaxWidget(model, new SoftmaxView(model, ctx.palette(), params.getBoolean("temperature")));
    }

    public SoftmaxModel model() { return model; }

    @Override
    public Node node() { return view; }

    @Override
    public void dispose() { view.dispose(); }
}
