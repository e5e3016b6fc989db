package fr.dlintro.core.demo;

import fr.dlintro.core.nn.Activation;
import fr.dlintro.core.nn.Layer;
import fr.dlintro.core.nn.Linear;
import fr.dlintro.core.nn.Matrix;
import fr.dlintro.core.nn.Mlp;
import fr.dlintro.core.nn.MseLoss;
import fr.dlintro.core.nn.Targets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Vanishing and exploding gradients (4.4.4): a deep narrow network of the core ({@link Mlp},
 * float32 like PyTorch), {@code depth} hidden layers of {@link #WIDTH} neurons and one linear
 * output, one backward pass of the MSE on a random batch, and the size of each layer's weight
 * gradient. Weights are normal with standard deviation {@code scale}·√(2/n), n = {@link #WIDTH}
 * inputs per neuron: scale 1 is He's initialisation, made for ReLU; biases are zero. In
 * float32 a gradient beyond about 3.4·10³⁸ becomes infinite, as it would in PyTorch.
 */
public final class DeepGradients {
    public static final int WIDTH = 8;
    public static final int BATCH = 64;
    /** Leaky ReLU's slope, PyTorch's default. */
    public static final double LEAKY_SLOPE = 0.01;

    /**
     * @param gradientNorms ‖∂J/∂W‖ (Frobenius norm) of each linear layer, input side first; the
     *                      last one is the output layer's
     */
    public record Result(double[] gradientNorms, double loss) {
        public Result {
            gradientNorms = gradientNorms.clone();
        }

        @Override
        public double[] gradientNorms() {
            return gradientNorms.clone();
        }

        public double norm(int layer) {
            return gradientNorms[layer];
        }

        public int layers() {
            return gradientNorms.length;
        }
    }

    private DeepGradients() {
    }

    /**
     * @param activation the core's name: sigmoid, tanh, relu or leaky_relu
     * @param seed       draws the weights, then the batch (inputs and targets, standard normal)
     */
    public static Result compute(int depth, String activation, double scale, long seed) {
        if (depth < 1) {
            throw new IllegalArgumentException("depth < 1");
        }
        SplittableRandom random = new SplittableRandom(seed);
        double std = scale * Math.sqrt(2.0 / WIDTH);
        List<Layer> layers = new ArrayList<>();
        for (int h = 0; h < depth; h++) {
            layers.add(linear(WIDTH, WIDTH, std, random));
            layers.add(Activation.of(activation, LEAKY_SLOPE));
        }
        layers.add(linear(WIDTH, 1, std, random));
        Mlp net = new Mlp(WIDTH, layers);

        double[][] x = new double[BATCH][WIDTH];
        double[][] y = new double[BATCH][1];
        for (int b = 0; b < BATCH; b++) {
            for (int i = 0; i < WIDTH; i++) {
                x[b][i] = random.nextGaussian();
            }
            y[b][0] = random.nextGaussian();
        }
        net.zeroGrad();
        MseLoss loss = new MseLoss();
        double cost = loss.forward(net.forward(Matrix.of(x)), Targets.values(Matrix.of(y)));
        net.backward(loss.backward(BATCH));

        List<Linear> linears = net.linears();
        double[] norms = new double[linears.size()];
        for (int l = 0; l < norms.length; l++) {
            Linear lin = linears.get(l);
            double sum = 0;
            for (int o = 0; o < lin.outFeatures(); o++) {
                for (int i = 0; i < lin.inFeatures(); i++) {
                    double g = lin.dWeight(o, i);
                    sum += g * g;
                }
            }
            norms[l] = Math.sqrt(sum);
        }
        return new Result(norms, cost);
    }

    private static Linear linear(int in, int out, double std, SplittableRandom random) {
        double[][] w = new double[out][in];
        for (int o = 0; o < out; o++) {
            for (int i = 0; i < in; i++) {
                w[o][i] = std * random.nextGaussian();
            }
        }
        Linear l = new Linear(in, out);
        l.setParameters(w, new double[out]);
        return l;
    }
}
