package fr.dlintro.core.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * The book's 4.3.4.2: gradient descent on a weight and a bias, ŷ = w₁·x + b₁, with
 * ∂J/∂w₁ = mean(−2x(y − ŷ)) and ∂J/∂b₁ = mean(−2(y − ŷ)), both parameters updated at once.
 * From (0, 0) with α = 0.1 on the toy data it reaches (1, 1) to three decimals at
 * iteration 233.
 */
public final class AffineDescent {
    private final double[] x;
    private final double[] y;
    private final double learningRate;
    private double w;
    private double b;
    private int iteration;

    /** One iteration as the book prints it: J before the update, w and b after. */
    public record Step(int iteration, double cost, double dW, double dB, double w, double b) {
    }

    public AffineDescent(double[] x, double[] y, double initialW, double initialB, double learningRate) {
        if (x.length != y.length || x.length == 0) {
            throw new IllegalArgumentException("x and y differ in length");
        }
        this.x = x.clone();
        this.y = y.clone();
        this.w = initialW;
        this.b = initialB;
        this.learningRate = learningRate;
    }

    /** The book's setting: toy data, w₁ = b₁ = 0, α = 0.1. */
    public static AffineDescent book() {
        return new AffineDescent(ToyDataset.X, ToyDataset.Y, 0, 0, 0.1);
    }

    public double cost(double weight, double bias) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            double e = y[i] - (weight * x[i] + bias);
            sum += e * e;
        }
        return sum / x.length;
    }

    public Step step() {
        double cost = cost(w, b);
        double dW = 0;
        double dB = 0;
        for (int i = 0; i < x.length; i++) {
            double error = y[i] - (w * x[i] + b);
            dW += -2 * x[i] * error;
            dB += -2 * error;
        }
        dW /= x.length;
        dB /= x.length;
        w -= learningRate * dW;
        b -= learningRate * dB;
        iteration++;
        return new Step(iteration, cost, dW, dB, w, b);
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

    public double b() {
        return b;
    }

    public int iteration() {
        return iteration;
    }
}
