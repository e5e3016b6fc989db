package fr.dlintro.core.demo;

import fr.dlintro.core.nn.Linear;
import fr.dlintro.core.nn.Mlp;
import fr.dlintro.core.nn.Relu;
import java.util.List;

/**
 * The 2-3-3-1 ReLU network of section 3.4.1, which predicts a height from a weight and an
 * age, with the book's weights and biases. The book's numpy code writes each weight matrix
 * (in, out), one row per input, and computes {@code inputs · W + b}; {@link Linear} holds the
 * transpose, so {@code W[i][o]} below is {@code weight(o, i)} there.
 */
public final class HeightNetwork {
    /** Layer sizes, input first. */
    public static final int[] SIZES = {2, 3, 3, 1};

    /** The book's input: 70 kg, 25 years. */
    public static final double[] BOOK_INPUT = {70, 25};

    /** Weights per layer, (in, out) as the book's numpy arrays. */
    public static final double[][][] BOOK_WEIGHTS = {
        {{0.1, 0.2, 0.3}, {0.4, 0.5, 0.6}},
        {{0.1, 0.2, 0.3}, {0.4, 0.5, 0.6}, {0.7, 0.8, 0.9}},
        {{0.1}, {0.2}, {0.3}},
    };

    public static final double[][] BOOK_BIASES = {{0.1, 0.2, 0.3}, {0.1, 0.2, 0.3}, {0.1}};

    /** The weighted sums the book prints for each layer (its ReLU leaves them unchanged). */
    public static final double[][] BOOK_SUMS = {{17.1, 26.7, 36.3}, {37.9, 46.01, 54.12}, {29.328}};

    private HeightNetwork() {
    }

    /** Linear, ReLU, Linear, ReLU, Linear, ReLU: the book applies ReLU to the output too. */
    public static Mlp build() {
        Linear l1 = linear(0);
        Linear l2 = linear(1);
        Linear l3 = linear(2);
        return new Mlp(SIZES[0], List.of(l1, new Relu(), l2, new Relu(), l3, new Relu()));
    }

    private static Linear linear(int layer) {
        double[][] w = BOOK_WEIGHTS[layer];
        Linear l = new Linear(w.length, w[0].length);
        for (int i = 0; i < w.length; i++) {
            for (int o = 0; o < w[0].length; o++) {
                l.setWeight(o, i, w[i][o]);
            }
        }
        for (int o = 0; o < w[0].length; o++) {
            l.setBias(o, BOOK_BIASES[layer][o]);
        }
        return l;
    }
}
