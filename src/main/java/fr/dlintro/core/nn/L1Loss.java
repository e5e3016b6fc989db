package fr.dlintro.core.nn;

/** Mean absolute error (L1) over every element: (1/N)Σ|ŷ − y|; gradient sign(ŷ − y)/N (0 at 0). */
public final class L1Loss implements Loss {
    private Matrix output;
    private Matrix target;
    private Matrix grad;
    private double[] rowLoss = new double[0];

    @Override
    public String name() {
        return "l1";
    }

    @Override
    public double forward(Matrix output, Targets targets) {
        this.output = output;
        this.target = targets.values();
        Losses.checkShapes(output, target);
        rowLoss = Losses.ensure(rowLoss, output.rows());
        double sum = 0;
        for (int b = 0; b < output.rows(); b++) {
            double r = 0;
            for (int j = 0; j < output.cols(); j++) {
                r += Math.abs((double) output.get(b, j) - target.get(b, j));
            }
            rowLoss[b] = r;
            sum += r;
        }
        return sum / divisor(output.rows());
    }

    @Override
    public int rows() {
        return output.rows();
    }

    @Override
    public double rowLoss(int b) {
        return rowLoss[b];
    }

    @Override
    public double divisor(int rows) {
        return (double) rows * output.cols();
    }

    @Override
    public Matrix backward(int batchRows) {
        int n = output.rows();
        int w = output.cols();
        grad = Matrix.reuse(grad, n, w);
        float scale = (float) (1.0 / divisor(batchRows));
        for (int b = 0; b < n; b++) {
            for (int j = 0; j < w; j++) {
                grad.set(b, j, scale * Math.signum(output.get(b, j) - target.get(b, j)));
            }
        }
        return grad;
    }
}
