package fr.dlintro.core.nn;

/**
 * An element-wise activation layer. Subclasses give the function and its derivative;
 * the layer keeps its input and output for the backward pass.
 */
public abstract class Activation implements Layer {
    protected Matrix input;
    protected Matrix output;
    protected Matrix dInput;

    @Override
    public Matrix forward(Matrix x) {
        input = x;
        int n = x.rows();
        int w = x.cols();
        output = Matrix.reuse(output, n, w);
        for (int b = 0; b < n; b++) {
            apply(x.row(b), output.row(b), w);
        }
        return output;
    }

    @Override
    public Matrix backward(Matrix dOutput) {
        int n = dOutput.rows();
        int w = dOutput.cols();
        dInput = Matrix.reuse(dInput, n, w);
        for (int b = 0; b < n; b++) {
            chain(input.row(b), output.row(b), dOutput.row(b), dInput.row(b), w);
        }
        return dInput;
    }

    /** y = f(x) for one row. */
    protected abstract void apply(float[] x, float[] y, int n);

    /** dx = f'(x)·dy for one row, given x and y = f(x). */
    protected abstract void chain(float[] x, float[] y, float[] dy, float[] dx, int n);

    /** The activation named in a model file ("relu", "leaky_relu", ...). */
    public static Activation of(String type, double slope) {
        switch (type) {
            case "relu":
                return new Relu();
            case "sigmoid":
                return new Sigmoid();
            case "tanh":
                return new Tanh();
            case "leaky_relu":
                return new LeakyRelu(slope);
            case "gelu":
                return new Gelu();
            case "softmax":
                return new Softmax();
            default:
                throw new IllegalArgumentException("unknown activation " + type);
        }
    }

    /** The activation types a model file may name. */
    public static final java.util.List<String> TYPES =
            java.util.List.of("relu", "sigmoid", "tanh", "leaky_relu", "gelu", "softmax");
}
