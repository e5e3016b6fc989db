package fr.dlintro.ui.widget.backprop;

import static fr.dlintro.core.demo.BackpropChain.B1;
import static fr.dlintro.core.demo.BackpropChain.B2;
import static fr.dlintro.core.demo.BackpropChain.B3;
import static fr.dlintro.core.demo.BackpropChain.W1;
import static fr.dlintro.core.demo.BackpropChain.W2;
import static fr.dlintro.core.demo.BackpropChain.W3;
import static fr.dlintro.ui.widget.backprop.BackpropModel.DIGITS;
import static fr.dlintro.ui.widget.backprop.BackpropModel.UPDATE_DIGITS;

import fr.dlintro.core.demo.BackpropChain;
import fr.dlintro.ui.widget.SignificantNumbers;
import java.util.ArrayList;
import java.util.List;

/**
 * The calculation of each stage written twice from one description: LaTeX for the formula
 * node, plain text for screen readers and tests. A gradient is the chain of partial
 * derivatives, then the factors as expressions and as numbers (two lines for the longest chains).
 */
final class BackpropFormulas {
    private BackpropFormulas() {
    }

    /** One line built in both notations at once. */
    private static final class Line {
        private final StringBuilder tex = new StringBuilder();
        private final StringBuilder text = new StringBuilder();

        Line s(String texPart, String textPart) {
            tex.append(texPart);
            text.append(textPart);
            return this;
        }

        Line num(double v) {
            return s(SignificantNumbers.tex(v, DIGITS), SignificantNumbers.format(v, DIGITS));
        }

        Line op(double v) {
            return s(SignificantNumbers.texOperand(v, DIGITS), SignificantNumbers.operand(v, DIGITS));
        }

        Line times() {
            return s(" \\cdot ", " · ");
        }

        /** Numbers joined by « · », then « = result ». */
        Line product(double result, double... factors) {
            for (int i = 0; i < factors.length; i++) {
                if (i > 0) {
                    times();
                }
                op(factors[i]);
            }
            return s(" = ", " = ").num(result);
        }
    }

    private static String partial(String of, String by) {
        return "\\frac{\\partial " + of + "}{\\partial " + by + "}";
    }

    private static String partialText(String of, String by) {
        return "∂" + of + "/∂" + by;
    }

    /** A chain of partial derivatives: pairs (numerator, denominator) in TeX and text. */
    private static Line chain(String texLeft, String textLeft, String[][] factors) {
        Line l = new Line().s("\\displaystyle " + texLeft + " = ", textLeft + " = ");
        for (int i = 0; i < factors.length; i++) {
            if (i > 0) {
                l.times();
            }
            l.s(partial(factors[i][0], factors[i][1]), partialText(factors[i][2], factors[i][3]));
        }
        return l;
    }

    private static final String[] DJ_DYHAT = {"J", "\\hat{y}", "J", "ŷ"};
    private static final String[] DYHAT_DA2 = {"\\hat{y}", "a^2", "ŷ", "a²"};
    private static final String[] DA2_DZ2 = {"a^2", "z^2", "a²", "z²"};
    private static final String[] DZ2_DA1 = {"z^2", "a^1", "z²", "a¹"};
    private static final String[] DA1_DZ1 = {"a^1", "z^1", "a¹", "z¹"};

    static List<String> tex(BackpropStage s, BackpropChain.Values v, double[] p, double[] next, double lr) {
        return lines(s, v, p, next, lr).stream().map(l -> l.tex.toString()).toList();
    }

    static String text(BackpropStage s, BackpropChain.Values v, double[] p, double[] next, double lr) {
        return String.join(" ; ", lines(s, v, p, next, lr).stream().map(l -> l.text.toString()).toList());
    }

    private static List<Line> lines(BackpropStage s, BackpropChain.Values v, double[] p, double[] next, double lr) {
        List<Line> out = new ArrayList<>();
        double d = v.dJdYHat();
        switch (s) {
            case START -> out.add(new Line().s("x = ", "x = ").num(v.x()).s(", \\quad y = ", ", y = ").num(v.y())
                    .s(", \\quad \\alpha = ", ", α = ").num(lr));
            case LAYER1 -> {
                out.add(new Line().s("z^1 = w^1 x + b^1 = ", "z¹ = w¹x + b¹ = ").op(p[W1]).times().op(v.x())
                        .s(" + ", " + ").op(p[B1]).s(" = ", " = ").num(v.z1()));
                out.add(sigmoid("a^1", "a¹", "z^1", "z¹", v.z1(), v.a1()));
            }
            case LAYER2 -> {
                out.add(new Line().s("z^2 = w^2 a^1 + b^2 = ", "z² = w²a¹ + b² = ").op(p[W2]).times().op(v.a1())
                        .s(" + ", " + ").op(p[B2]).s(" = ", " = ").num(v.z2()));
                out.add(sigmoid("a^2", "a²", "z^2", "z²", v.z2(), v.a2()));
            }
            case OUTPUT -> out.add(new Line().s("\\hat{y} = w^3 a^2 + b^3 = ", "ŷ = w³a² + b³ = ").op(p[W3]).times()
                    .op(v.a2()).s(" + ", " + ").op(p[B3]).s(" = ", " = ").num(v.yHat()));
            case COST -> out.add(new Line().s("J = \\tfrac{1}{2}(y - \\hat{y})^2 = \\tfrac{1}{2}(", "J = ½(y − ŷ)² = ½(")
                    .num(v.y()).s(" - ", " − ").op(v.yHat()).s(")^2 = ", ")² = ").num(v.cost()));
            case D_YHAT -> out.add(new Line().s(partial("J", "\\hat{y}") + " = \\hat{y} - y = ", "∂J/∂ŷ = ŷ − y = ")
                    .num(v.yHat()).s(" - ", " − ").op(v.y()).s(" = ", " = ").num(d));
            case GRAD_W3 -> {
                out.add(chain(partial("J", "w^3"), "∂J/∂w³", new String[][] {DJ_DYHAT, {"\\hat{y}", "w^3", "ŷ", "w³"}}));
                out.add(new Line().s(" = (\\hat{y} - y) \\cdot a^2 = ", " = (ŷ − y) · a² = ").product(v.gradient(W3), d, v.a2()));
            }
            case GRAD_B3 -> {
                out.add(chain(partial("J", "b^3"), "∂J/∂b³", new String[][] {DJ_DYHAT, {"\\hat{y}", "b^3", "ŷ", "b³"}}));
                out.add(new Line().s(" = (\\hat{y} - y) \\cdot 1 = ", " = (ŷ − y) · 1 = ").product(v.gradient(B3), d, 1));
            }
            case GRAD_W2 -> {
                out.add(chain(partial("J", "w^2"), "∂J/∂w²",
                        new String[][] {DJ_DYHAT, DYHAT_DA2, DA2_DZ2, {"z^2", "w^2", "z²", "w²"}}));
                // short enough to write the factors and their numbers on one line
                out.add(new Line().s(" = (\\hat{y} - y) \\cdot w^3 \\cdot a^2(1 - a^2) \\cdot a^1 = ",
                        " = (ŷ − y) · w³ · a²(1 − a²) · a¹ = ").product(v.gradient(W2), d, p[W3], v.s2(), v.a1()));
            }
            case GRAD_B2 -> {
                out.add(chain(partial("J", "b^2"), "∂J/∂b²",
                        new String[][] {DJ_DYHAT, DYHAT_DA2, DA2_DZ2, {"z^2", "b^2", "z²", "b²"}}));
                out.add(new Line().s(" = (\\hat{y} - y) \\cdot w^3 \\cdot a^2(1 - a^2) \\cdot 1 = ",
                        " = (ŷ − y) · w³ · a²(1 − a²) · 1 = ").product(v.gradient(B2), d, p[W3], v.s2(), 1));
            }
            case GRAD_W1 -> {
                out.add(chain(partial("J", "w^1"), "∂J/∂w¹",
                        new String[][] {DJ_DYHAT, DYHAT_DA2, DA2_DZ2, DZ2_DA1, DA1_DZ1, {"z^1", "w^1", "z¹", "w¹"}}));
                out.add(new Line().s(" = (\\hat{y} - y) \\cdot w^3 \\cdot a^2(1 - a^2) \\cdot w^2 \\cdot a^1(1 - a^1) \\cdot x",
                        " = (ŷ − y) · w³ · a²(1 − a²) · w² · a¹(1 − a¹) · x"));
                out.add(new Line().s(" = ", " = ").product(v.gradient(W1), d, p[W3], v.s2(), p[W2], v.s1(), v.x()));
            }
            case GRAD_B1 -> {
                out.add(chain(partial("J", "b^1"), "∂J/∂b¹",
                        new String[][] {DJ_DYHAT, DYHAT_DA2, DA2_DZ2, DZ2_DA1, DA1_DZ1, {"z^1", "b^1", "z¹", "b¹"}}));
                out.add(new Line().s(" = (\\hat{y} - y) \\cdot w^3 \\cdot a^2(1 - a^2) \\cdot w^2 \\cdot a^1(1 - a^1) \\cdot 1",
                        " = (ŷ − y) · w³ · a²(1 − a²) · w² · a¹(1 − a¹) · 1"));
                out.add(new Line().s(" = ", " = ").product(v.gradient(B1), d, p[W3], v.s2(), p[W2], v.s1(), 1));
            }
            case UPDATE -> {
                // one line per layer, weight and bias side by side in aligned columns
                Line all = new Line().s("\\begin{array}{ll}", "");
                for (int k = 0; k < p.length; k++) {
                    all.s(k == 0 ? "" : k % 2 == 1 ? " & \\qquad " : " \\\\ ", k == 0 ? "" : " ; ");
                    all.s(BackpropModel.TEX_NAMES.get(k) + " := ", BackpropModel.NAMES.get(k) + " := ")
                            .s(SignificantNumbers.tex(p[k], UPDATE_DIGITS), SignificantNumbers.format(p[k], UPDATE_DIGITS))
                            .s(" - ", " − ").num(lr).times().op(v.gradient(k)).s(" = ", " = ")
                            .s(SignificantNumbers.tex(next[k], UPDATE_DIGITS),
                                    SignificantNumbers.format(next[k], UPDATE_DIGITS));
                }
                out.add(all.s("\\end{array}", ""));
            }
            default -> throw new IllegalStateException(s.name());
        }
        return out;
    }

    private static Line sigmoid(String aTex, String aText, String zTex, String zText, double z, double a) {
        return new Line().s(aTex + " = \\sigma(" + zTex + ") = \\frac{1}{1 + e^{-" , aText + " = σ(" + zText + ") = 1 / (1 + e^(−")
                .op(z).s("}} = ", ")) = ").num(a);
    }
}
