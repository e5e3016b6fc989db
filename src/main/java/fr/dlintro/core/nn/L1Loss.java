package fr.dlintro.core.nn;

/** Mean absolute error (L1) over every element: (1/N)Σ|ŷ − y|; gradient sign(ŷ − y)/N (0 at 0). */
public final class L1Loss implements Loss {
    private Matrix output;
    private Matrix target;
    private Matrix grad;

    @Override
    public String name() {
        return "l1";
    }

    @Override
    public double forward(Matrix output, Targets targets) {
        this.output = output;
        this.target = targets.values();
        Losses.checkShapes(output, target);
        double sum = 0;
        for (int b = 0; b < output.rows(); b++) {
            for (int j = 0; j < output.cols(); j++) {
                sum += Math.abs((double) output.get(b, j) - target.get(b, j));
            }
        }
        return sum / ((double) output.rows() * output.cols());
    }

    @Override
    public Matrix backward() {
        int n = output.rows();
        int w = output.cols();
        grad = Matrix.reuse(grad, n, w);
        float scale = (float) (1.0 / ((double) n * w));
        for (int b = 0; b < n; b++) {
            for (int j = 0; j < w; j++) {
                grad.set(b, j, scale * Math.signum(output.get(b, j) - target.get(b, j)));
            }
        }
        return grad;
    }
}
