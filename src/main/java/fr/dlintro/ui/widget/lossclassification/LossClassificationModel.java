package fr.dlintro.ui.widget.lossclassification;

import fr.dlintro.core.nn.Losses;
import fr.dlintro.ui.widget.BookCheck;
import fr.dlintro.ui.widget.FrenchNumbers;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The cross-entropy examples of 4.2.2.4: binary (three images, cat = 1 or dog = 0, mean
 * 0,2798) and categorical (three one-hot samples over four classes, 0,357). Each sample's
 * loss is −log of the probability the model gave to the true class; the binary mean is split
 * into its y = 1 and y = 0 parts (the book's footnote 5). The maths is the core's {@link Losses}.
 */
public final class LossClassificationModel {
    public static final int MAX_SAMPLES = 5;
    /** The probabilities a reader may give: log(0) would be infinite. */
    public static final double MIN_P = 0.001;
    public static final double MAX_P = 0.999;
    /** 4.2.2.4.2: the book's four classes are unnamed but the third; « oiseau » is ours. */
    public static final List<String> CLASSES = List.of("chien", "chat", "oiseau", "poisson");
    static final int[] BOOK_BCE_LABELS = {1, 0, 1};
    static final double[] BOOK_BCE_P = {0.9, 0.2, 0.6};
    private static final String[] BOOK_BCE_LOSSES = {"0.105", "0.223", "0.511"};
    static final int[] BOOK_CCE_CLASSES = {0, 1, 3};
    static final double BOOK_CCE_P = 0.7;
    static final String BCE_ERRATUM = "Erratum : dans sa somme, le livre écrit −0,233 pour l'image 2 au lieu de −0,223 ;"
            + " sa moyenne 0,280 est juste.";

    public enum Example {
        BCE("bce", "Binaire (BCE)"), CCE("cce", "Catégorielle (CCE)");

        private final String key;
        private final String label;

        Example(String key, String label) {
            this.key = key;
            this.label = label;
        }

        public String key() { return key; }

        public String label() { return label; }

        public static Example fromKey(String key) {
            for (Example e : values()) {
                if (e.key.equals(key)) {
                    return e;
                }
            }
            throw new IllegalArgumentException("exemple inconnu « " + key + " »");
        }
    }

    /** One image of the binary example: its label y (1 = chat) and the predicted probability ŷ of « chat ». */
    public static final class BinarySample {
        private final IntegerProperty label = new SimpleIntegerProperty(this, "label");
        private final DoubleProperty p = new SimpleDoubleProperty(this, "p");

        BinarySample(int y, double p) {
            label.set(y);
            this.p.set(p);
        }

        public IntegerProperty labelProperty() { return label; }

        public DoubleProperty pProperty() { return p; }
    }

    /** One sample of the categorical example: its true class and the probability given to it. */
    public static final class CategoricalSample {
        private final IntegerProperty trueClass = new SimpleIntegerProperty(this, "trueClass");
        private final DoubleProperty p = new SimpleDoubleProperty(this, "p");

        CategoricalSample(int k, double p) {
            trueClass.set(k);
            this.p.set(p);
        }

        public IntegerProperty trueClassProperty() { return trueClass; }

        /** The probability of the true class; the three others share what is left equally. */
        public DoubleProperty pProperty() { return p; }
    }

    private final ObjectProperty<Example> example = new SimpleObjectProperty<>(this, "example");
    private final ObservableList<BinarySample> binary =
            FXCollections.observableArrayList(s -> new Observable[] {s.label, s.p});
    private final ObservableList<CategoricalSample> categorical =
            FXCollections.observableArrayList(s -> new Observable[] {s.trueClass, s.p});
    private final ReadOnlyStringWrapper formulaLatex = new ReadOnlyStringWrapper(this, "formulaLatex");
    private final ReadOnlyStringWrapper formulaText = new ReadOnlyStringWrapper(this, "formulaText");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note");
    private final ReadOnlyObjectWrapper<BookCheck> meanCheck = new ReadOnlyObjectWrapper<>(this, "meanCheck");
    private final ReadOnlyObjectWrapper<BookCheck> erratum = new ReadOnlyObjectWrapper<>(this, "erratum");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private double[] bceLosses = new double[0];
    private double[] cceLosses = new double[0];
    private double positivePart;
    private double negativePart;
    private double mean;

    public LossClassificationModel(Example start) {
        example.set(start);
        resetBinary();
        resetCategorical();
        InvalidationListener changed = o -> recompute();
        binary.addListener(changed);
        categorical.addListener(changed);
        example.addListener(changed);
        recompute();
    }

    private void resetBinary() {
        List<BinarySample> all = new ArrayList<>();
        for (int i = 0; i < BOOK_BCE_P.length; i++) {
            all.add(new BinarySample(BOOK_BCE_LABELS[i], BOOK_BCE_P[i]));
        }
        binary.setAll(all);
    }

    private void resetCategorical() {
        List<CategoricalSample> all = new ArrayList<>();
        for (int k : BOOK_CCE_CLASSES) {
            all.add(new CategoricalSample(k, BOOK_CCE_P));
        }
        categorical.setAll(all);
    }

    /** The book's numbers for the example shown. */
    public void bookExample() {
        if (example.get() == Example.BCE) {
            resetBinary();
        } else {
            resetCategorical();
        }
    }

    /** Adds an image (a cat predicted at 0,5), up to {@link #MAX_SAMPLES}. */
    public void addBinarySample() {
        if (binary.size() < MAX_SAMPLES) {
            binary.add(new BinarySample(1, 0.5));
        }
    }

    public void removeBinarySample(int i) {
        if (binary.size() > 1 && i >= 0 && i < binary.size()) {
            binary.remove(i);
        }
    }

    private void recompute() {
        int n = binary.size();
        double[] y = new double[n];
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = binary.get(i).label.get();
            p[i] = clampP(binary.get(i).p.get());
        }
        bceLosses = Losses.bcePerSample(y, p);
        positivePart = 0;
        negativePart = 0;
        for (int i = 0; i < n; i++) {
            if (y[i] == 1) {
                positivePart += bceLosses[i] / n;
            } else {
                negativePart += bceLosses[i] / n;
            }
        }
        cceLosses = Losses.ccePerSample(oneHot(), probabilities());
        boolean bce = example.get() == Example.BCE;
        mean = bce ? Losses.bce(y, p) : Losses.cce(oneHot(), probabilities());
        if (bce) {
            binaryFormula(y, p);
        } else {
            categoricalFormula();
        }
        boolean book = isBookExample();
        meanCheck.set(book ? BookCheck.of(bce ? "0.280" : "0.357", mean) : null);
        erratum.set(book && bce ? BookCheck.erratum(BCE_ERRATUM) : null);
        note.set(bce ? "Perte = −log(probabilité de la bonne réponse) : confiante mais fausse, elle coûte très cher."
                : "Seule la probabilité de la vraie classe compte : les autres termes sont multipliés par 0."
                        + " Les trois autres classes se partagent le reste.");
        revision.set(revision.get() + 1);
    }

    private static double clampP(double v) {
        return Math.max(MIN_P, Math.min(MAX_P, v));
    }

    private void binaryFormula(double[] y, double[] p) {
        int n = y.length;
        StringBuilder pos = new StringBuilder();
        StringBuilder neg = new StringBuilder();
        StringBuilder posText = new StringBuilder();
        StringBuilder negText = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String v = FrenchNumbers.compact(p[i], 3);
            if (y[i] == 1) {
                pos.append(pos.length() == 0 ? "" : " + ").append("\\log ").append(latex(v));
                posText.append(posText.length() == 0 ? "" : " + ").append("log ").append(v);
            } else {
                neg.append(neg.length() == 0 ? "" : " + ").append("\\log(1 - ").append(latex(v)).append(")");
                negText.append(negText.length() == 0 ? "" : " + ").append("log(1 − ").append(v).append(")");
            }
        }
        String frac = "\\tfrac{1}{" + n + "}";
        List<String> parts = new ArrayList<>();
        List<String> textParts = new ArrayList<>();
        if (pos.length() > 0) {
            parts.add("\\underbrace{-" + frac + "(" + pos + ")}_{y_i = 1 \\,:\\; " + latex(three(positivePart)) + "}");
            textParts.add("chats (y = 1) : −(" + posText + ")/" + n + " = " + three(positivePart));
        }
        if (neg.length() > 0) {
            parts.add("\\underbrace{-" + frac + "(" + neg + ")}_{y_i = 0 \\,:\\; " + latex(three(negativePart)) + "}");
            textParts.add("chiens (y = 0) : −(" + negText + ")/" + n + " = " + three(negativePart));
        }
        formulaLatex.set("L_{\\mathrm{BCE}} = " + String.join(" + ", parts) + " = " + latex(three(mean)));
        formulaText.set("L_BCE = " + String.join(" ; ", textParts) + " ; total " + three(mean));
    }

    private void categoricalFormula() {
        int n = categorical.size();
        StringBuilder s = new StringBuilder();
        StringBuilder t = new StringBuilder();
        for (CategoricalSample c : categorical) {
            String v = FrenchNumbers.compact(clampP(c.p.get()), 3);
            s.append(s.length() == 0 ? "" : " + ").append("\\log ").append(latex(v));
            t.append(t.length() == 0 ? "" : " + ").append("log ").append(v);
        }
        formulaLatex.set("L_{\\mathrm{CCE}} = -\\tfrac{1}{" + n + "}(" + s + ") = " + latex(three(mean)));
        formulaText.set("L_CCE = −(" + t + ")/" + n + " = " + three(mean));
    }

    /** Three decimals, as the book prints its losses: 0,280. */
    static String three(double v) {
        return fr.dlintro.ui.widget.FrenchFormat.decimal(v, 3);
    }

    /** « 0,9 » → 0{,}9 for LaTeX. */
    private static String latex(String french) {
        return french.replace(",", "{,}").replace("\u2212", "-");
    }

    /** The one-hot rows y of the categorical example. */
    public double[][] oneHot() {
        double[][] y = new double[categorical.size()][CLASSES.size()];
        for (int i = 0; i < y.length; i++) {
            y[i][categorical.get(i).trueClass.get()] = 1;
        }
        return y;
    }

    /** ŷ of the categorical example: p on the true class, (1 − p)/3 on each other class. */
    public double[][] probabilities() {
        double[][] q = new double[categorical.size()][CLASSES.size()];
        for (int i = 0; i < q.length; i++) {
            CategoricalSample c = categorical.get(i);
            double p = clampP(c.p.get());
            for (int k = 0; k < CLASSES.size(); k++) {
                q[i][k] = k == c.trueClass.get() ? p : (1 - p) / (CLASSES.size() - 1);
            }
        }
        return q;
    }

    public boolean isBookExample() {
        if (example.get() == Example.BCE) {
            if (binary.size() != BOOK_BCE_P.length) {
                return false;
            }
            for (int i = 0; i < binary.size(); i++) {
                if (binary.get(i).label.get() != BOOK_BCE_LABELS[i]
                        || Math.abs(binary.get(i).p.get() - BOOK_BCE_P[i]) > 1e-9) {
                    return false;
                }
            }
            return true;
        }
        for (int i = 0; i < categorical.size(); i++) {
            if (categorical.get(i).trueClass.get() != BOOK_CCE_CLASSES[i]
                    || Math.abs(categorical.get(i).p.get() - BOOK_CCE_P) > 1e-9) {
                return false;
            }
        }
        return true;
    }

    /** The book's printed loss of image i, on the book's binary example; else null. */
    public BookCheck bookBinaryLoss(int i) {
        return example.get() == Example.BCE && isBookExample() ? BookCheck.of(BOOK_BCE_LOSSES[i], bceLosses[i]) : null;
    }

    /** The book prints the same 0,357 for the mean only; each sample's −log 0,7 is 0,357 too. */
    public BookCheck bookCategoricalLoss(int i) {
        return example.get() == Example.CCE && isBookExample() ? BookCheck.of("0.357", cceLosses[i]) : null;
    }

    /** y·log ŷ of image i (0 when y = 0). */
    public double positiveTerm(int i) {
        BinarySample s = binary.get(i);
        return s.label.get() == 1 ? Math.log(clampP(s.p.get())) : 0;
    }

    /** (1 − y)·log(1 − ŷ) of image i (0 when y = 1). */
    public double negativeTerm(int i) {
        BinarySample s = binary.get(i);
        return s.label.get() == 0 ? Math.log(1 - clampP(s.p.get())) : 0;
    }

    public double binaryLoss(int i) { return bceLosses[i]; }

    public double categoricalLoss(int i) { return cceLosses[i]; }

    /** The probability the model gave to sample i's right answer (where it sits on the −log p curve). */
    public double rightAnswerProbability(int i) {
        if (example.get() == Example.BCE) {
            BinarySample s = binary.get(i);
            double p = clampP(s.p.get());
            return s.label.get() == 1 ? p : 1 - p;
        }
        return clampP(categorical.get(i).p.get());
    }

    public int sampleCount() {
        return example.get() == Example.BCE ? binary.size() : categorical.size();
    }

    /** The y = 1 part of the binary mean, −(1/N)·Σ over cats of log ŷ. */
    public double positivePart() { return positivePart; }

    /** The y = 0 part, −(1/N)·Σ over dogs of log(1 − ŷ). */
    public double negativePart() { return negativePart; }

    /** The mean loss of the example shown. */
    public double mean() { return mean; }

    public ObjectProperty<Example> exampleProperty() { return example; }

    public ObservableList<BinarySample> binarySamples() { return binary; }

    public ObservableList<CategoricalSample> categoricalSamples() { return categorical; }

    /** The mean as the book writes it, split into its y = 1 and y = 0 parts for the binary example. */
    public ReadOnlyStringProperty formulaLatexProperty() { return formulaLatex.getReadOnlyProperty(); }

    /** The same calculation as plain text (accessible name, tests). */
    public ReadOnlyStringProperty formulaTextProperty() { return formulaText.getReadOnlyProperty(); }

    public ReadOnlyStringProperty noteProperty() { return note.getReadOnlyProperty(); }

    /** « Livre : 0,280 ✓ » or « Livre : 0,357 ✓ » on the book's example, else null. */
    public ReadOnlyObjectProperty<BookCheck> meanCheckProperty() { return meanCheck.getReadOnlyProperty(); }

    /** The book's two slips in the binary example, on that example; else null. */
    public ReadOnlyObjectProperty<BookCheck> erratumProperty() { return erratum.getReadOnlyProperty(); }

    public ReadOnlyIntegerProperty revisionProperty() { return revision.getReadOnlyProperty(); }
}
