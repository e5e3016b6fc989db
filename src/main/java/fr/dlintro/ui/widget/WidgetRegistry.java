package fr.dlintro.ui.widget;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Widget name → factory. The names and parameter schemas are declared in content's WidgetCatalog. */
public final class WidgetRegistry {
    private static final Map<String, WidgetFactory> FACTORIES = new TreeMap<>();

    static {
        // one line per widget, in book order
        FACTORIES.put("ai-sets", fr.dlintro.ui.widget.aisets.AiSetsWidget::create);
        FACTORIES.put("network", fr.dlintro.ui.widget.network.NetworkWidget::create);
        FACTORIES.put("image-matrix", fr.dlintro.ui.widget.imagematrix.ImageMatrixWidget::create);
        FACTORIES.put("text-encoding", fr.dlintro.ui.widget.textencoding.TextEncodingWidget::create);
        FACTORIES.put("clustering", fr.dlintro.ui.widget.clustering.ClusteringWidget::create);
        FACTORIES.put("perceptron", fr.dlintro.ui.widget.perceptron.PerceptronWidget::create);
        FACTORIES.put("activation", fr.dlintro.ui.widget.activation.ActivationWidget::create);
        FACTORIES.put("softmax", fr.dlintro.ui.widget.softmax.SoftmaxWidget::create);
        FACTORIES.put("bias-classifier", fr.dlintro.ui.widget.biasclassifier.BiasClassifierWidget::create);
        FACTORIES.put("feedforward", fr.dlintro.ui.widget.feedforward.FeedforwardWidget::create);
        FACTORIES.put("uat", fr.dlintro.ui.widget.uat.UatWidget::create);
        FACTORIES.put("loss-regression", fr.dlintro.ui.widget.lossregression.LossRegressionWidget::create);
        FACTORIES.put("differentiable", fr.dlintro.ui.widget.differentiable.DifferentiableWidget::create);
        FACTORIES.put("loss-classification", fr.dlintro.ui.widget.lossclassification.LossClassificationWidget::create);
        FACTORIES.put("gd-1d", fr.dlintro.ui.widget.gd1d.Gd1dWidget::create);
        FACTORIES.put("gd-worked", fr.dlintro.ui.widget.gdworked.GdWorkedWidget::create);
        FACTORIES.put("gd-2d", fr.dlintro.ui.widget.gd2d.Gd2dWidget::create);
        FACTORIES.put("minima", fr.dlintro.ui.widget.minima.MinimaWidget::create);
        FACTORIES.put("saddle", fr.dlintro.ui.widget.saddle.SaddleWidget::create);
        FACTORIES.put("sgd", fr.dlintro.ui.widget.sgd.SgdWidget::create);
        FACTORIES.put("backprop", fr.dlintro.ui.widget.backprop.BackpropWidget::create);
        FACTORIES.put("vanishing", fr.dlintro.ui.widget.vanishing.VanishingWidget::create);
        // chapter 5
        FACTORIES.put("training-loop", fr.dlintro.ui.widget.trainingloop.TrainingLoopWidget::create);
        FACTORIES.put("normalization", fr.dlintro.ui.widget.normalization.NormalizationWidget::create);
        FACTORIES.put("dataloader", fr.dlintro.ui.widget.dataloader.DataloaderWidget::create);
    }

    private WidgetRegistry() {
    }

    public static Optional<WidgetFactory> find(String name) {
        return Optional.ofNullable(FACTORIES.get(name));
    }

    public static Map<String, WidgetFactory> all() {
        return Collections.unmodifiableMap(FACTORIES);
    }
}
