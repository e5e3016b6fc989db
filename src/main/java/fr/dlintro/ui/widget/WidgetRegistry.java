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
