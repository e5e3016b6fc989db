package fr.dlintro.ui.widget.network;

import fr.dlintro.content.widget.WidgetParams;
import fr.dlintro.ui.widget.Widget;
import fr.dlintro.ui.widget.WidgetContext;
import javafx.scene.Node;

/** {@code ```widget network}: Figs. 2–5 and 40, a layered network drawn from its layer sizes. */
public final class NetworkWidget implements Widget {
    private final NetworkModel model;
    private final NetworkView view;

    private NetworkWidget(NetworkModel model, NetworkView view) {
        this.model = model;
        this.view = view;
    }

    public static Widget create(WidgetParams params, WidgetContext ctx) {
        NetworkModel.Output output = "regression".equals(params.getString("output"))
                ? NetworkModel.Output.REGRESSION : NetworkModel.Output.CLASSIFICATION;
        NetworkModel model = new NetworkModel(params.getIntList("layers"), params.getStringList("input_labels"),
                params.getStringList("output_labels"), output, params.getInt("max_nodes"), params.getString("caption"));
        return new NetworkWidget(model, new NetworkView(model, ctx.palette()));
    }

    public NetworkModel model() { return model; }

    @Override
    public Node node() { return view; }

    @Override
    public void dispose() { view.dispose(); }
}
