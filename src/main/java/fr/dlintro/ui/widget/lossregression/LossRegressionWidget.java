package fr.dlintro.ui.widget.lossregression;

import fr.dlintro.content.widget.WidgetParams;
import fr.dlintro.ui.widget.Widget;
import fr.dlintro.ui.widget.WidgetContext;
import javafx.scene.Node;

/**
 * {@code ```widget loss-regression}: Fig. 23 and the five days of 4.2.2 (MAE 2,4, MSE 7,6);
 * « mode: droite » opens on the line fitted by hand.
 */
public final class LossRegressionWidget implements Widget {
    private final LossRegressionModel model;
    private final LossRegressionView view;

    private LossRegressionWidget(LossRegressionModel model, LossRegressionView view) {
        this.model = model;
        this.view = view;
    }

    public static Widget create(WidgetParams params, WidgetContext ctx) {
        LossRegressionModel.Mode mode = LossRegressionModel.Mode.fromKey(params.getString("mode"))
                .orElseThrow(() -> new IllegalArgumentException("mode inconnu « " + params.getString("mode") + " »"));
        LossRegressionModel model = new LossRegressionModel(mode);
        return new LossRegressionWidget(model, new LossRegressionView(model, ctx.palette()));
    }

    public LossRegressionModel model() { return model; }

    @Override
    public Node node() { return view; }

    @Override
    public void dispose() { view.dispose(); }
}
