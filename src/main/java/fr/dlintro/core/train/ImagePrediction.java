package fr.dlintro.core.train;

import fr.dlintro.core.data.ImagePreprocessing;
import fr.dlintro.core.nn.Layer;
import fr.dlintro.core.nn.Linear;
import fr.dlintro.core.nn.Mlp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One image through a classifier: the probability of each class (softmax of the network's
 * logits, which the book's model outputs as CrossEntropyLoss expects) and what each layer
 * gave on the way, for a strip of cells per layer.
 *
 * @param probabilities one per class, summing to 1
 * @param layers        each hidden layer's activations (after its activation function), then the output logits
 */
public record ImagePrediction(double[] probabilities, List<double[]> layers) {

    /** Runs raw pixels (0..255) through the preprocessing then the network. */
    public static ImagePrediction of(Mlp model, ImagePreprocessing preprocessing, int[] pixels) {
        double[] input = new double[pixels.length];
        for (int p = 0; p < pixels.length; p++) {
            input[p] = preprocessing.apply(pixels[p]);
        }
        Mlp.Trace trace = model.trace(input);
        List<double[]> layers = new ArrayList<>();
        List<Layer> all = model.layers();
        for (int l = 0; l < all.size(); l++) {
            // a hidden layer shows as its activation's output; the last layer as the logits
            if (!(all.get(l) instanceof Linear) || l == all.size() - 1) {
                layers.add(trace.layerOutput(l));
            }
        }
        return new ImagePrediction(softmax(trace.output()), layers);
    }

    static double[] softmax(double[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : logits) {
            max = Math.max(max, v);
        }
        double[] p = new double[logits.length];
        double sum = 0;
        for (int k = 0; k < p.length; k++) {
            p[k] = Math.exp(logits[k] - max);
            sum += p[k];
        }
        for (int k = 0; k < p.length; k++) {
            p[k] /= sum;
        }
        return p;
    }

    public int predicted() {
        return top(1)[0];
    }

    public double confidence() {
        return probabilities[predicted()];
    }

    /** The {@code k} most probable classes, most probable first. */
    public int[] top(int k) {
        Integer[] order = new Integer[probabilities.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(probabilities[b], probabilities[a]));
        int[] out = new int[Math.min(k, order.length)];
        for (int i = 0; i < out.length; i++) {
            out[i] = order[i];
        }
        return out;
    }
}
