package fr.dlintro.ui.widget.softmax;

import fr.dlintro.core.nn.Functions;
import fr.dlintro.ui.widget.BookCheck;
import fr.dlintro.ui.widget.FrenchFormat;
import fr.dlintro.ui.widget.FrenchNumbers;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Softmax of 3.2.6: scores (logits) z → exponentials e^(z/T) → their sum → probabilities.
 * The temperature T is an addition of this edition (T = 1 is the book's softmax); the
 * probabilities are computed after subtracting the largest score, as the core does, so no
 * exponential overflows even where the displayed e^(z/T) is huge.
 */
public final class SoftmaxModel {
    public static final int MIN_CLASSES = 2;
    public static final int MAX_CLASSES = 8;
    public static final double MIN_LOGIT = -20;
    public static final double MAX_LOGIT = 20;
    public static final double MIN_TEMPERATURE = 0.1;
    public static final double MAX_TEMPERATURE = 10;
    /** 3.2.6: the book's scores for chat, chien, oiseau, poisson. */
    public static final List<Double> BOOK_LOGITS = List.of(2.0, 1.0, -1.0, 3.0);
    public static final List<String> BOOK_LABELS = List.of("chat", "chien", "oiseau", "poisson");
    private static final String[] BOOK_EXPONENTIALS = {"7.389", "2.718", "0.368", "20.086"};
    private static final String BOOK_SUM = "30.561";
    private static final String[] BOOK_PROBABILITIES = {"0.242", "0.089", "0.012", "0.657"};

    /** One class: its name and its score. */
    public static final class Score {
        private final String name;
        private final DoubleProperty logit = new SimpleDoubleProperty(this, "logit");

        Score(String name, double z) {
            this.name = name;
            logit.set(z);
        }

        public String name() { return name; }

        public DoubleProperty logitProperty() { return logit; }
    }

    private final ObservableList<Score> scores = FXCollections.observableArrayList(s -> new Observable[] {s.logit});
    private final DoubleProperty temperature = new SimpleDoubleProperty(this, "temperature", 1);
    private final IntegerProperty selected = new SimpleIntegerProperty(this, "selected");
    private final ReadOnlyStringWrapper sumText = new ReadOnlyStringWrapper(this, "sumText");
    private final ReadOnlyStringWrapper formulaText = new ReadOnlyStringWrapper(this, "formulaText");
    private final ReadOnlyStringWrapper formulaLatex = new ReadOnlyStringWrapper(this, "formulaLatex");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private double[] exponentials = new double[0];
    private double[] probabilities = new double[0];
    private double sum;
    private int nextClass;

    /** @param labels class names; missing ones are « classe k » */
    public SoftmaxModel(List<Double> logits, List<String> labels) {
        if (logits.size() < MIN_CLASSES || logits.size() > MAX_CLASSES) {
            throw new IllegalArgumentException("il faut de " + MIN_CLASSES + " à " + MAX_CLASSES + " scores (reçu : "
                    + logits.size() + ")");
        }
        List<Score> all = new ArrayList<>();
        for (int j = 0; j < logits.size(); j++) {
            all.add(new Score(j < labels.size() ? labels.get(j) : "classe " + (j + 1), logits.get(j)));
        }
        nextClass = logits.size() + 1;
        scores.setAll(all);
        InvalidationListener changed = o -> recompute();
        scores.addListener(changed);
        temperature.addListener(changed);
        selected.addListener(changed);
        recompute();
    }

    /** Adds a class with score 0, up to {@link #MAX_CLASSES}. */
    public void addClass() {
        if (scores.size() < MAX_CLASSES) {
            scores.add(new Score("classe " + nextClass++, 0));
        }
    }

    /** Removes class j, keeping at least {@link #MIN_CLASSES}. */
    public void removeClass(int j) {
        if (scores.size() > MIN_CLASSES && j >= 0 && j < scores.size()) {
            scores.remove(j);
        }
    }

    /** Back to the book: its four scores and names, T = 1. */
    public void bookExample() {
        List<Score> all = new ArrayList<>();
        for (int j = 0; j < BOOK_LOGITS.size(); j++) {
            all.add(new Score(BOOK_LABELS.get(j), BOOK_LOGITS.get(j)));
        }
        nextClass = all.size() + 1;
        temperature.set(1);
        selected.set(0);
        scores.setAll(all);
    }

    private void recompute() {
        int k = scores.size();
        if (selected.get() >= k || selected.get() < 0) {
            selected.set(Math.max(0, Math.min(k - 1, selected.get())));
            return; // the listener on selected recomputes
        }
        double t = temperature.get();
        double[] scaled = new double[k];
        exponentials = new double[k];
        sum = 0;
        for (int j = 0; j < k; j++) {
            scaled[j] = scores.get(j).logit.get() / t;
            exponentials[j] = Math.exp(scaled[j]);
            sum += exponentials[j];
        }
        probabilities = Functions.softmax(scaled);
        sumText.set("Somme des exponentielles : " + FrenchNumbers.scientific(sum, 3));
        int s = selected.get();
        String name = scores.get(s).name();
        String zs = FrenchNumbers.compact(scores.get(s).logit.get(), 3);
        String ts = FrenchNumbers.compact(t, 2);
        String exp = FrenchNumbers.scientific(exponentials[s], 3);
        String total = FrenchNumbers.scientific(sum, 3);
        String p = FrenchNumbers.compact(probabilities[s], 3);
        boolean book = isBookTemperature();
        formulaText.set("s(z) de « " + name + " » = " + (book ? "e^" + zs : "e^(" + zs + " / " + ts + ")")
                + " / Σ = " + exp + " / " + total + " = " + p);
        formulaLatex.set("s(z)_{\\text{" + latexText(name) + "}} = \\frac{e^{" + latex(zs) + (book ? "" : "/" + latex(ts))
                + "}}{\\sum_k e^{z_k" + (book ? "" : "/T") + "}} = \\frac{" + latex(exp) + "}{" + latex(total) + "} = "
                + latex(p));
        int best = 0;
        for (int j = 1; j < k; j++) {
            if (probabilities[j] > probabilities[best]) {
                best = j;
            }
        }
        verdict.set("Le réseau penche pour « " + scores.get(best).name() + " » à "
                + FrenchNumbers.compact(100 * probabilities[best], 1) + " % ; les probabilités s'additionnent à 1.");
        revision.set(revision.get() + 1);
    }

    /** A French number as LaTeX: « 7,23 × 10⁸⁶ » → 7{,}23 \times 10^{86}. */
    static String latex(String french) {
        StringBuilder sb = new StringBuilder();
        boolean inExponent = false;
        for (char c : french.toCharArray()) {
            int sup = "⁰¹²³⁴⁵⁶⁷⁸⁹⁻".indexOf(c);
            if (sup >= 0 && !inExponent) {
                sb.append("^{");
                inExponent = true;
            } else if (sup < 0 && inExponent) {
                sb.append('}');
                inExponent = false;
            }
            if (sup >= 0) {
                sb.append(sup == 10 ? '-' : (char) ('0' + sup));
            } else if (c == ',') {
                sb.append("{,}");
            } else if (c == '×') {
                sb.append("\\times");
            } else if (c == FrenchFormat.MINUS) {
                sb.append('-');
            } else if (c != FrenchFormat.THIN_SPACE) {
                sb.append(c);
            } else {
                sb.append("\\,");
            }
        }
        return inExponent ? sb.append('}').toString() : sb.toString();
    }

    /** A class name inside \text{…}: letters, digits, spaces and hyphens only. */
    static String latexText(String name) {
        return name.replaceAll("[^\\p{L}\\p{N} '-]", "");
    }

    private boolean isBookTemperature() {
        return Math.abs(temperature.get() - 1) < 1e-9;
    }

    /** The scores and the temperature are the book's (2, 1, −1, 3 at T = 1). */
    public boolean isBookExample() {
        if (scores.size() != BOOK_LOGITS.size() || !isBookTemperature()) {
            return false;
        }
        for (int j = 0; j < scores.size(); j++) {
            if (Math.abs(scores.get(j).logit.get() - BOOK_LOGITS.get(j)) > 1e-9) {
                return false;
            }
        }
        return true;
    }

    /** What the book prints for class j's exponential, or null off the book's example. */
    public BookCheck bookExponential(int j) {
        return isBookExample() ? BookCheck.of(BOOK_EXPONENTIALS[j], exponentials[j]) : null;
    }

    public BookCheck bookProbability(int j) {
        return isBookExample() ? BookCheck.of(BOOK_PROBABILITIES[j], probabilities[j]) : null;
    }

    public BookCheck bookSum() {
        return isBookExample() ? BookCheck.of(BOOK_SUM, sum) : null;
    }

    public ObservableList<Score> scores() { return scores; }

    /** T: below 1 the largest score takes almost everything, above 1 the classes even out. */
    public DoubleProperty temperatureProperty() { return temperature; }

    /** The class whose calculation is written out. */
    public IntegerProperty selectedProperty() { return selected; }

    public double exponential(int j) { return exponentials[j]; }

    public double probability(int j) { return probabilities[j]; }

    public double sum() { return sum; }

    public ReadOnlyStringProperty sumTextProperty() { return sumText.getReadOnlyProperty(); }

    /** « s(z) de « chat » = e^2 / Σ = 7,389 / 30,561 = 0,242 » for the selected class. */
    public ReadOnlyStringProperty formulaTextProperty() { return formulaText.getReadOnlyProperty(); }

    /** The same calculation typeset, as the book writes it in 3.2.6. */
    public ReadOnlyStringProperty formulaLatexProperty() { return formulaLatex.getReadOnlyProperty(); }

    /** Which class wins, and by how much. */
    public ReadOnlyStringProperty verdictProperty() { return verdict.getReadOnlyProperty(); }

    /** Bumped after every recomputation. */
    public ReadOnlyIntegerProperty revisionProperty() { return revision.getReadOnlyProperty(); }
}
