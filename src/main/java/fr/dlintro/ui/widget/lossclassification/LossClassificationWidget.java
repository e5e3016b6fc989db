package fr.dlintro.ui.widget.lossclassification;

import fr.dlintro.content.widget.WidgetParams;
import fr.dlintro.ui.widget.Widget;
import fr.dlintro.ui.widget.WidgetContext;
import javafx.scene.Node;

/**
 * {@code ```widget loss-classification}: 4.2.2.4's binary (0,2798) and categorical (0,357)
 * cross-entropy examples; « example » says which one opens.
 */
public final class LossClassificationWidget implements Widget {
    private final LossClassificationModel model;
    private final LossClassificationView view;

    private LossClassificationWidget(LossClassificationModel model, LossClassificationView view) {
        this.model = model;
        this.view = view;
    }

    public static Widget create(WidgetParams params, WidgetContext ctx) {
        LossClassificationModel model =
                new LossClassificationModel(LossClassificationModel.Example.fromKey(params.getString("example")));
        return new LossClassificationWidget(model, new LossClassificationView(model, ctx.palette()));
    }

    public LossClassificationModel model() { return model; }

    @Override
    public Node node() { return view; }

    @Override
    public void dispose() { view.dispose(); }
}
