package fr.dlintro.core.demo;

import fr.dlintro.core.nn.Adam;
import fr.dlintro.core.nn.Functions;
import fr.dlintro.core.nn.Linear;
import fr.dlintro.core.nn.Matrix;
import fr.dlintro.core.nn.Mlp;
import fr.dlintro.core.nn.MseLoss;
import fr.dlintro.core.nn.Optimizer;
import fr.dlintro.core.nn.Targets;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;

/**
 * Section 3.5 made concrete: a 1-N-1 network (one hidden layer of N neurons, ReLU or
 * sigmoid, linear output) learns a curve on x ∈ [−1, 1] by full-batch Adam on the mean
 * squared error over an even grid of x. Its output is a sum of N simple pieces plus a
 * constant: ŷ(x) = Σⱼ vⱼ·σ(wⱼx + bⱼ) + c, each piece readable with {@link #contribution}.
 */
public final class UniversalFit {
    /** Training points, evenly spaced from −1 to 1. */
    public static final int GRID = 101;
    /** Adam's step: fast enough to watch a fit form within seconds, small enough not to wobble. */
    public static final double LEARNING_RATE = 0.01;
    private static final double MIN_SLOPE_RELU = 1;
    private static final double MIN_SLOPE_SIGMOID = 3;

    /** The hidden layer's activation. */
    public enum Kind {
        RELU("relu"), SIGMOID("sigmoid");

        private final String layerType;

        Kind(String layerType) {
            this.layerType = layerType;
        }

        double apply(double z) {
            return this == RELU ? Functions.relu(z) : Functions.sigmoid(z);
        }
    }

    private final int hidden;
    private final Kind kind;
    private final Mlp mlp;
    private final Linear first;   // 1 → hidden: wⱼ = weight(j, 0), bⱼ = bias(j)
    private final Linear second;  // hidden → 1: vⱼ = weight(0, j), c = bias(0)
    private final Optimizer optimizer;
    private final MseLoss loss = new MseLoss();
    private final Matrix x = new Matrix(GRID, 1);       // (GRID, 1)
    private final Matrix target = new Matrix(GRID, 1);  // (GRID, 1)
    private DoubleUnaryOperator curve;
    private int iterations;

    public UniversalFit(int hidden, Kind kind, long seed, DoubleUnaryOperator curve) {
        if (hidden < 1) {
            throw new IllegalArgumentException("at least one hidden neuron");
        }
        this.hidden = hidden;
        this.kind = kind;
        SplittableRandom random = new SplittableRandom(seed);
        this.mlp = Mlp.build(1, hidden, 1, 1, kind.layerType, 0, random);
        this.first = mlp.linears().get(0);
        this.second = mlp.linears().get(1);
        placeBreaksInside(random);
        this.optimizer = new Adam(mlp.parameters(), LEARNING_RATE);
        for (int k = 0; k < GRID; k++) {
            x.set(k, 0, (float) gridX(k));
        }
        setCurve(curve);
    }

    /**
     * PyTorch's default draw (w and b uniform in ±1) puts a neuron's break point −b/w
     * outside [−1, 1] half the time: such a neuron is a straight line over the whole curve,
     * and a ReLU one that is off everywhere never learns again. Drawing the break point
     * inside the interval instead gives every neuron a visible part to play from the start.
     */
    private void placeBreaksInside(SplittableRandom random) {
        double minSlope = kind == Kind.RELU ? MIN_SLOPE_RELU : MIN_SLOPE_SIGMOID;
        for (int j = 0; j < hidden; j++) {
            double slope = random.nextDouble(minSlope, 2 * minSlope) * (random.nextBoolean() ? 1 : -1);
            double at = random.nextDouble(-0.9, 0.9);
            first.setWeight(j, 0, slope);
            first.setBias(j, -slope * at);
        }
    }

    public static double gridX(int k) {
        return TargetCurve.X_MIN + (TargetCurve.X_MAX - TargetCurve.X_MIN) * k / (GRID - 1);
    }

    /** A new curve to learn; the network keeps what it has learnt so far. */
    public void setCurve(DoubleUnaryOperator curve) {
        this.curve = curve;
        refreshTarget();
    }

    /** Re-reads the curve (after a drawn curve changed). */
    public void refreshTarget() {
        for (int k = 0; k < GRID; k++) {
            target.set(k, 0, (float) curve.applyAsDouble(gridX(k)));
        }
    }

    /** One full-batch gradient step. */
    public void step() {
        mlp.zeroGrad();
        Matrix out = mlp.forward(x);
        loss.forward(out, Targets.values(target));
        mlp.backwardParameters(loss.backward());
        optimizer.step();
        iterations++;
    }

    public void steps(int n) {
        for (int i = 0; i < n; i++) {
            step();
        }
    }

    public int iterations() {
        return iterations;
    }

    public int hidden() {
        return hidden;
    }

    public Kind kind() {
        return kind;
    }

    /** vⱼ·σ(wⱼx + bⱼ): what hidden neuron j adds to the output at x. */
    public double contribution(int j, double at) {
        return second.weight(0, j) * kind.apply(first.weight(j, 0) * at + first.bias(j));
    }

    /** c, the output neuron's bias. */
    public double outputBias() {
        return second.bias(0);
    }

    public double predict(double at) {
        double sum = outputBias();
        for (int j = 0; j < hidden; j++) {
            sum += contribution(j, at);
        }
        return sum;
    }

    /** Mean squared error over the training grid, for the current weights. */
    public double meanSquaredError() {
        double sum = 0;
        for (int k = 0; k < GRID; k++) {
            double d = predict(gridX(k)) - curve.applyAsDouble(gridX(k));
            sum += d * d;
        }
        return sum / GRID;
    }

    /** The hidden neuron's weight wⱼ, bias bⱼ and output weight vⱼ. */
    public double[] neuron(int j) {
        return new double[] {first.weight(j, 0), first.bias(j), second.weight(0, j)};
    }
}
