package fr.dlintro.core.demo;

import java.util.function.DoubleUnaryOperator;

/** The curves the universal-approximation widget asks a network to learn, on x ∈ [−1, 1]. */
public enum TargetCurve implements DoubleUnaryOperator {
    /** One period of a sine: sin(πx). */
    SINUS {
        @Override
        public double applyAsDouble(double x) {
            return Math.sin(Math.PI * x);
        }
    },
    /** 0 then 1, jumping at x = 0: continuous functions only approach it. */
    MARCHE {
        @Override
        public double applyAsDouble(double x) {
            return x < 0 ? 0 : 1;
        }
    },
    /** |x|: a single kink, which two ReLU neurons draw exactly. */
    VALEUR_ABSOLUE {
        @Override
        public double applyAsDouble(double x) {
            return Math.abs(x);
        }
    };

    public static final double X_MIN = -1;
    public static final double X_MAX = 1;
}
