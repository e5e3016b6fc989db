package fr.dlintro.ui.widget.normalization;

import fr.dlintro.content.widget.WidgetParams;
import fr.dlintro.ui.widget.Widget;
import fr.dlintro.ui.widget.WidgetContext;
import java.util.Locale;
import javafx.scene.Node;

/** {@code ```widget normalization}: Fig. 44–45, histograms before and after, descent on the elongated and the round surface. */
public final class NormalizationWidget implements Widget {
    private final NormalizationModel model;
    private final NormalizationView view;

    private NormalizationWidget(NormalizationModel model, NormalizationView view) {
        this.model = model;
        this.view = view;
    }

    public static Widget create(WidgetParams params, WidgetContext ctx) {
        NormalizationModel.Parts parts = NormalizationModel.Parts.valueOf(
                params.getString("view").toUpperCase(Locale.ROOT).replace('-', '_'));
        NormalizationModel model = new NormalizationModel(parts);
        return new NormalizationWidget(model, new NormalizationView(model, ctx.palette()));
    }

    public NormalizationModel model() { return model; }

    @Override
    public Node node() { return view; }

    @Override
    public void dispose() { view.dispose(); }
}
