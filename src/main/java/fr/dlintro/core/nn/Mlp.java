package fr.dlintro.core.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A multilayer perceptron: a list of layers applied in order, the first one a {@link Linear}.
 * Also the single-sample view the widgets need: {@link #trace(double...)} returns every
 * intermediate z and a, and each {@link Linear} exposes its weights and gradients.
 */
public final class Mlp {
    private final int inputSize;
    private final List<Layer> layers;

    public Mlp(int inputSize, List<Layer> layers) {
        if (layers.isEmpty() || !(layers.get(0) instanceof Linear)) {
            throw new IllegalArgumentException("an MLP starts with a linear layer");
        }
        int width = inputSize;
        for (Layer layer : layers) {
            if (layer instanceof Linear && ((Linear) layer).inFeatures() != width) {
                throw new IllegalArgumentException("layer expects " + ((Linear) layer).inFeatures()
                        + " inputs, previous layer gives " + width);
            }
            width = layer.outputSize(width);
        }
        this.inputSize = inputSize;
        this.layers = List.copyOf(layers);
    }

    /**
     * The book's evolving class (5.1.4.3.1): input → hidden, then {@code hiddenLayers − 1}
     * hidden → hidden, each followed by the activation, then a linear output. So
     * {@code hiddenLayers} counts hidden layers: (2, 16, 3, 1) is 2-16-16-16-1. Weights are
     * drawn layer by layer as PyTorch's default initialisation.
     */
    public static Mlp build(int inputSize, int hiddenSize, int hiddenLayers, int outputSize,
            String activation, double slope, RandomGenerator random) {
        if (hiddenLayers < 0) {
            throw new IllegalArgumentException("hiddenLayers < 0");
        }
        List<Layer> layers = new ArrayList<>();
        int width = inputSize;
        for (int h = 0; h < hiddenLayers; h++) {
            layers.add(new Linear(width, hiddenSize, random));
            layers.add(Activation.of(activation, slope));
            width = hiddenSize;
        }
        layers.add(new Linear(width, outputSize, random));
        return new Mlp(inputSize, layers);
    }

    /** The same architecture with fresh weights drawn from {@code random}. */
    public Mlp freshCopy(RandomGenerator random) {
        List<Layer> copies = new ArrayList<>();
        for (Layer layer : layers) {
            if (layer instanceof Linear) {
                Linear l = (Linear) layer;
                copies.add(new Linear(l.inFeatures(), l.outFeatures(), random));
            } else if (layer instanceof LeakyRelu) {
                copies.add(new LeakyRelu(((LeakyRelu) layer).slope()));
            } else {
                copies.add(Activation.of(layer.type(), 0));
            }
        }
        return new Mlp(inputSize, copies);
    }

    /** A copy sharing every parameter and gradient, with its own buffers: one per thread. */
    Mlp replica() {
        List<Layer> copies = new ArrayList<>();
        for (Layer layer : layers) {
            if (layer instanceof Linear) {
                copies.add(((Linear) layer).replica());
            } else if (layer instanceof LeakyRelu) {
                copies.add(new LeakyRelu(((LeakyRelu) layer).slope()));
            } else {
                copies.add(Activation.of(layer.type(), 0));
            }
        }
        return new Mlp(inputSize, copies);
    }

    public int inputSize() {
        return inputSize;
    }

    public int outputSize() {
        int width = inputSize;
        for (Layer layer : layers) {
            width = layer.outputSize(width);
        }
        return width;
    }

    public List<Layer> layers() {
        return layers;
    }

    public List<Linear> linears() {
        List<Linear> out = new ArrayList<>();
        for (Layer layer : layers) {
            if (layer instanceof Linear) {
                out.add((Linear) layer);
            }
        }
        return Collections.unmodifiableList(out);
    }

    public List<Parameter> parameters() {
        List<Parameter> out = new ArrayList<>();
        for (Layer layer : layers) {
            out.addAll(layer.parameters());
        }
        return out;
    }

    /** Weights plus biases: 609 for 2-16-16-16-1. */
    public int parameterCount() {
        int n = 0;
        for (Parameter p : parameters()) {
            n += p.count();
        }
        return n;
    }

    public void zeroGrad() {
        for (Layer layer : layers) {
            layer.zeroGrad();
        }
    }

    /** The output for a batch, (batch, outputs); keeps what backward needs. */
    public Matrix forward(Matrix x) {
        if (x.cols() != inputSize) {
            throw new IllegalArgumentException("the network expects " + inputSize + " inputs, got " + x.cols());
        }
        Matrix a = x;
        for (Layer layer : layers) {
            a = layer.forward(a);
        }
        return a;
    }

    /** The forward pass on raw sparse inputs (see {@link SparseBatch}). */
    public Matrix forward(SparseBatch x) {
        Matrix a = ((Linear) layers.get(0)).forward(x);
        for (int l = 1; l < layers.size(); l++) {
            a = layers.get(l).forward(a);
        }
        return a;
    }

    /** Back-propagates dLoss/dOutput, accumulating every parameter gradient; returns dLoss/dInput. */
    public Matrix backward(Matrix dOutput) {
        Matrix d = dOutput;
        for (int l = layers.size() - 1; l >= 0; l--) {
            d = layers.get(l).backward(d);
        }
        return d;
    }

    /** As {@link #backward(Matrix)} but skips the input gradient, which training never uses. */
    public void backwardParameters(Matrix dOutput) {
        Matrix d = dOutput;
        for (int l = layers.size() - 1; l >= 1; l--) {
            d = layers.get(l).backward(d);
        }
        ((Linear) layers.get(0)).backward(d, false);
    }

    /**
     * A training step's backward pass and SGD update when the input was a raw sparse batch:
     * the first layer's weights are updated straight from the batch (see {@link Linear}),
     * every other parameter gets its gradient; returns the first layer's weight, which the
     * caller must not update again.
     */
    public Parameter backwardWithFirstLayerSgd(Matrix dOutput, Sgd sgd) {
        Matrix d = dOutput;
        for (int l = layers.size() - 1; l >= 1; l--) {
            d = layers.get(l).backward(d);
        }
        Linear first = (Linear) layers.get(0);
        first.sgdSparseStep(d, (float) sgd.learningRate());
        return first.parameters().get(0);
    }

    /** Whether the last forward pass read raw sparse inputs. */
    public boolean lastInputWasSparse() {
        return ((Linear) layers.get(0)).hadSparseInput();
    }

    /** One sample through the network, with every layer's output (z after a Linear, a after an activation). */
    public Trace trace(double... input) {
        if (input.length != inputSize) {
            throw new IllegalArgumentException("the network expects " + inputSize + " inputs, got " + input.length);
        }
        List<double[]> outputs = new ArrayList<>();
        Matrix x = Matrix.row(input);
        for (Layer layer : layers) {
            x = layer.forward(x);
            outputs.add(x.rowAsDoubles(0));
        }
        return new Trace(input.clone(), outputs, x.rowAsDoubles(0));
    }

    /** A sample's path through the network: the output of each layer, in order. */
    public static final class Trace {
        private final double[] input;
        private final List<double[]> outputs;
        private final double[] output;

        Trace(double[] input, List<double[]> outputs, double[] output) {
            this.input = input;
            this.outputs = List.copyOf(outputs);
            this.output = output;
        }

        public double[] input() {
            return input.clone();
        }

        /** Output of layer l of {@link Mlp#layers()}. */
        public double[] layerOutput(int l) {
            return outputs.get(l).clone();
        }

        public int layerCount() {
            return outputs.size();
        }

        public double[] output() {
            return output.clone();
        }
    }
}
