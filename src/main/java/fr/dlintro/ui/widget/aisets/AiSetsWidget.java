package fr.dlintro.ui.widget.aisets;

import fr.dlintro.content.widget.WidgetParams;
import fr.dlintro.ui.widget.Widget;
import fr.dlintro.ui.widget.WidgetContext;
import javafx.scene.Node;

/** {@code ```widget ai-sets}: Fig. 1, the nested sets IA ⊃ ML ⊃ DL and RL. */
public final class AiSetsWidget implements Widget {
    private final AiSetsModel model;
    private final AiSetsView view;

    private AiSetsWidget(AiSetsModel model, AiSetsView view) {
        this.model = model;
        this.view = view;
    }

    public static Widget create(WidgetParams params, WidgetContext ctx) {
        AiSetsModel model = new AiSetsModel(AiSet.fromKey(params.getString("highlight")));
        return new AiSetsWidget(model, new AiSetsView(model, ctx.palette()));
    }

    public AiSetsModel model() { return model; }

    @Override
    public Node node() { return view; }

    @Override
    public void dispose() { view.dispose(); }
}
