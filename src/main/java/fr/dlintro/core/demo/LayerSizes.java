package fr.dlintro.core.demo;

import java.util.List;

/** Counts of a fully connected network described by its layer sizes, input first. */
public final class LayerSizes {
    private LayerSizes() {
    }

    /** Weights between consecutive layers: the sum of in × out over every linear layer. */
    public static long weightCount(List<Integer> layers) {
        long total = 0;
        for (int i = 1; i < layers.size(); i++) {
            total += (long) layers.get(i - 1) * layers.get(i);
        }
        return total;
    }

    /** One bias per neuron of every layer but the input. */
    public static long biasCount(List<Integer> layers) {
        long total = 0;
        for (int i = 1; i < layers.size(); i++) {
            total += layers.get(i);
        }
        return total;
    }

    /** Weights plus biases: 609 for the book's 2-16-16-16-1 calculator network. */
    public static long parameterCount(List<Integer> layers) {
        return weightCount(layers) + biasCount(layers);
    }
}
