package fr.dlintro.core.nn;

/**
 * A loss that is a sum of one term per output element, divided by {@link #divisor(int)}:
 * MSE, L1, BCE and categorical cross-entropy on probabilities. Subclasses give the term and
 * its derivative; the batch bookkeeping (per-row losses for split batches, the reused
 * gradient matrix) lives here once.
 */
abstract class ElementwiseLoss implements Loss {
    private Matrix output;
    private Matrix target;
    private Matrix grad;
    private double[] rowLoss = new double[0];

    /** The term of one element: prediction p, target y. */
    abstract double term(float p, float y);

    /** d(term / divisor)/dp for one element, {@code divisor} being that of the whole batch. */
    abstract float gradient(float p, float y, double divisor);

    @Override
    public final double forward(Matrix output, Targets targets) {
        this.output = output;
        this.target = targets.values();
        Losses.checkShapes(output, target);
        rowLoss = Losses.ensure(rowLoss, output.rows());
        double sum = 0;
        for (int b = 0; b < output.rows(); b++) {
            float[] p = output.row(b);
            float[] t = target.row(b);
            double r = 0;
            for (int j = 0; j < output.cols(); j++) {
                r += term(p[j], t[j]);
            }
            rowLoss[b] = r;
            sum += r;
        }
        return sum / divisor(output.rows());
    }

    @Override
    public final int rows() {
        return output.rows();
    }

    /** Columns of the last forward batch. */
    final int cols() {
        return output.cols();
    }

    @Override
    public final double rowLoss(int b) {
        return rowLoss[b];
    }

    /** Every element counts: rows × columns, as PyTorch's reduction='mean'. */
    @Override
    public double divisor(int rows) {
        return (double) rows * output.cols();
    }

    @Override
    public final Matrix backward(int batchRows) {
        int n = output.rows();
        int w = output.cols();
        grad = Matrix.reuse(grad, n, w);
        double divisor = divisor(batchRows);
        for (int b = 0; b < n; b++) {
            float[] p = output.row(b);
            float[] t = target.row(b);
            float[] g = grad.row(b);
            for (int j = 0; j < w; j++) {
                g[j] = gradient(p[j], t[j], divisor);
            }
        }
        return grad;
    }
}
