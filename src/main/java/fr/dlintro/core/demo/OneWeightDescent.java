package fr.dlintro.core.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * The book's 4.3.4.1: gradient descent on one weight, ŷ = W·x, cost J(W) = mean((y − W·x)²),
 * gradient ∇J(W) = mean(−2x(y − W·x)), update W := W − α·∇J(W). Starting from W = 0 with
 * α = 0.1 on the toy data, W goes 2.0, 1.0, 1.5, 1.25, 1.375, 1.3125, … → 4/3 and J → 1/6
 * (y = x + 1 cannot be fitted by W·x alone).
 */
public final class OneWeightDescent {
    private final double[] x;
    private final double[] y;
    private final double learningRate;
    private double w;
    private int iteration;

    /** One iteration as the book prints it: J is the cost before the update, W the weight after. */
    public record Step(int iteration, double cost, double gradient, double w) {
    }

    public OneWeightDescent(double[] x, double[] y, double initialW, double learningRate) {
        if (x.length != y.length || x.length == 0) {
            throw new IllegalArgumentException("x and y differ in length");
        }
        this.x = x.clone();
        this.y = y.clone();
        this.w = initialW;
        this.learningRate = learningRate;
    }

    /** The book's setting: toy data, W = 0, α = 0.1. */
    public static OneWeightDescent book() {
        return new OneWeightDescent(ToyDataset.X, ToyDataset.Y, 0, 0.1);
    }

    public double cost(double weight) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            double e = y[i] - weight * x[i];
            sum += e * e;
        }
        return sum / x.length;
    }

    public double gradient(double weight) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += -2 * x[i] * (y[i] - weight * x[i]);
        }
        return sum / x.length;
    }

    public Step step() {
        double cost = cost(w);
        double g = gradient(w);
        w -= learningRate * g;
        iteration++;
        return new Step(iteration, cost, g, w);
    }

    public List<Step> run(int iterations) {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < iterations; i++) {
            steps.add(step());
        }
        return steps;
    }

    public double w() {
        return w;
    }

    public int iteration() {
        return iteration;
    }

    public double learningRate() {
        return learningRate;
    }
}
