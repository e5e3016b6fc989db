package fr.dlintro.ui.widget.trainingloop;

import fr.dlintro.content.widget.WidgetParams;
import fr.dlintro.ui.widget.StepPlayback;
import fr.dlintro.ui.widget.Widget;
import fr.dlintro.ui.widget.WidgetContext;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;

/** {@code ```widget training-loop}: Fig. 41, the training loop one act at a time on the calculator's real run. */
public final class TrainingLoopWidget implements Widget {
    private final TrainingLoopModel model;
    private final StepPlayback playback;
    private final TrainingLoopView view;

    private TrainingLoopWidget(TrainingLoopModel model, StepPlayback playback, TrainingLoopView view) {
        this.model = model;
        this.playback = playback;
        this.view = view;
    }

    public static Widget create(WidgetParams params, WidgetContext ctx) {
        TrainingLoopModel model = new TrainingLoopModel(params.getInt("batch_size"));
        StepPlayback playback = new StepPlayback(model,
                Bindings.greaterThan(model.historySizeProperty(), 0), model.finishedBinding());
        return new TrainingLoopWidget(model, playback, new TrainingLoopView(model, playback, ctx.palette()));
    }

    public TrainingLoopModel model() { return model; }

    public StepPlayback playback() { return playback; }

    @Override
    public Node node() { return view; }

    @Override
    public void dispose() { view.dispose(); }
}
