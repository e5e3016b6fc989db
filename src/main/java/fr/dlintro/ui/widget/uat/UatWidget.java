package fr.dlintro.ui.widget.uat;

import fr.dlintro.content.widget.WidgetParams;
import fr.dlintro.core.demo.UniversalFit;
import fr.dlintro.ui.widget.Widget;
import fr.dlintro.ui.widget.WidgetContext;
import fr.dlintro.ui.widget.uat.UatModel.Target;
import javafx.scene.Node;

/** {@code ```widget uat}: section 3.5, one hidden layer of N neurons learning a curve live. */
public final class UatWidget implements Widget {
    /** The same first weights for every reader, so a teacher and the class see the same run. */
    static final long SEED = 42;

    private final UatModel model;
    private final UatView view;

    private UatWidget(UatModel model, UatView view) {
        this.model = model;
        this.view = view;
    }

    public static Widget create(WidgetParams params, WidgetContext ctx) {
        Target target = switch (params.getString("target")) {
            case "marche" -> Target.MARCHE;
            case "valeur-absolue" -> Target.VALEUR_ABSOLUE;
            case "dessin" -> Target.DESSIN;
            default -> Target.SINUS;
        };
        UniversalFit.Kind kind = "sigmoide".equals(params.getString("activation"))
                ? UniversalFit.Kind.SIGMOID : UniversalFit.Kind.RELU;
        UatModel model = new UatModel(target, params.getInt("neurons"), kind, SEED);
        return new UatWidget(model, new UatView(model, ctx.palette()));
    }

    public UatModel model() { return model; }

    @Override
    public Node node() { return view; }

    @Override
    public void dispose() { view.dispose(); }
}
