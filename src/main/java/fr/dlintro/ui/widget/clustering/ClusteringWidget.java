package fr.dlintro.ui.widget.clustering;

import fr.dlintro.content.widget.WidgetParams;
import fr.dlintro.ui.widget.Widget;
import fr.dlintro.ui.widget.WidgetContext;
import javafx.scene.Node;

/** {@code ```widget clustering}: Fig. 9, k-means grouping 2-D points step by step. */
public final class ClusteringWidget implements Widget {
    private final ClusteringModel model;
    private final ClusteringView view;

    private ClusteringWidget(ClusteringModel model, ClusteringView view) {
        this.model = model;
        this.view = view;
    }

    public static Widget create(WidgetParams params, WidgetContext ctx) {
        ClusteringModel model = new ClusteringModel(params.getInt("k"), params.getInt("groups"), params.getInt("points"),
                params.getInt("seed"));
        return new ClusteringWidget(model, new ClusteringView(model, ctx.palette()));
    }

    public ClusteringModel model() { return model; }

    @Override
    public Node node() { return view; }

    @Override
    public void dispose() { view.dispose(); }
}
