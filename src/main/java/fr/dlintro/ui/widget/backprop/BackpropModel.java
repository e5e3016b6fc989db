package fr.dlintro.ui.widget.backprop;

import static fr.dlintro.core.demo.BackpropChain.B1;
import static fr.dlintro.core.demo.BackpropChain.B2;
import static fr.dlintro.core.demo.BackpropChain.B3;
import static fr.dlintro.core.demo.BackpropChain.PARAMETERS;
import static fr.dlintro.core.demo.BackpropChain.W1;
import static fr.dlintro.core.demo.BackpropChain.W2;
import static fr.dlintro.core.demo.BackpropChain.W3;

import fr.dlintro.core.demo.BackpropChain;
import fr.dlintro.ui.widget.BookCheck;
import fr.dlintro.ui.widget.SignificantNumbers;
import fr.dlintro.ui.widget.StepPlayback;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * Backpropagation step by step in the 1-1-1-1 network of 4.4.3 (see {@link BackpropChain}):
 * each {@link BackpropStage} of an iteration in turn, then the next iteration from the
 * updated weights. Editing x, y, the learning rate or a parameter restarts the count at
 * iteration 1 from the values then shown; {@link #reset()} goes back to that start.
 */
public final class BackpropModel implements StepPlayback.Steps {
    /** The book gives no initial weights: these are ours (z¹ = 1,1 with the book's x = 2). */
    public static final double[] DEFAULT_START = {0.5, 0.1, -0.6, 0.2, 0.9, -0.1};
    /** From the book's code, 4.4.3.5. */
    public static final double BOOK_X = 2;
    public static final double BOOK_Y = 1;
    public static final double BOOK_LEARNING_RATE = 0.01;
    public static final int MAX_ITERATIONS = 10_000;
    /** The range of the lesson parameter learning_rate. */
    public static final double MIN_LEARNING_RATE = 0.0001;
    public static final double MAX_LEARNING_RATE = 1;
    /** Display names, in parameter order. */
    public static final List<String> NAMES = List.of("w¹", "b¹", "w²", "b²", "w³", "b³");
    static final List<String> TEX_NAMES = List.of("w^1", "b^1", "w^2", "b^2", "w^3", "b^3");
    /** Digits shown for forward values and gradients, and for updated parameters. */
    static final int DIGITS = 4;
    static final int UPDATE_DIGITS = 6;

    private final DoubleProperty x = new SimpleDoubleProperty(this, "x", BOOK_X);
    private final DoubleProperty y = new SimpleDoubleProperty(this, "y", BOOK_Y);
    private final DoubleProperty learningRate = new SimpleDoubleProperty(this, "learningRate", BOOK_LEARNING_RATE);
    private final ReadOnlyIntegerWrapper iteration = new ReadOnlyIntegerWrapper(this, "iteration", 1);
    private final ReadOnlyObjectWrapper<BackpropStage> stage =
            new ReadOnlyObjectWrapper<>(this, "stage", BackpropStage.START);
    private final ReadOnlyObjectWrapper<BookCheck> note = new ReadOnlyObjectWrapper<>(this, "note");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final ReadOnlyBooleanWrapper canStepBack = new ReadOnlyBooleanWrapper(this, "canStepBack");
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished");
    private final StepPlayback playback;
    /** Parameters at the start of each iteration computed so far; [0] is the start. */
    private final List<double[]> history = new ArrayList<>();
    private final SplittableRandom random;
    private boolean restarting;

    public BackpropModel(double learningRate, long seed) {
        this.learningRate.set(learningRate);
        this.random = new SplittableRandom(seed);
        history.add(DEFAULT_START.clone());
        for (DoubleProperty p : List.of(x, y, this.learningRate)) {
            // the history, kept up to the current iteration, holds the values of before the change
            p.addListener((o, a, v) -> restartFrom(history.get(iteration.get() - 1)));
        }
        playback = new StepPlayback(this, canStepBack, finished);
        changed();
    }

    // ---- inputs ----

    public DoubleProperty xProperty() { return x; }

    public DoubleProperty yProperty() { return y; }

    public DoubleProperty learningRateProperty() { return learningRate; }

    /** The parameter k (w¹, b¹, w², b², w³, b³ order) at the current iteration. */
    public double parameter(int k) {
        return parameters()[k];
    }

    public double[] parameters() {
        return paramsAt(iteration.get()).clone();
    }

    /** A typed value: the parameters shown, with this one changed, become the start of iteration 1. */
    public void setParameter(int k, double value) {
        double[] p = parameters();
        if (p[k] != value) {
            p[k] = value;
            restartFrom(p);
        }
    }

    /** A typed learning rate, kept within the widget's range [0,0001 ; 1]. */
    public void setLearningRate(double rate) {
        learningRate.set(Math.max(MIN_LEARNING_RATE, Math.min(MAX_LEARNING_RATE, rate)));
    }

    /** Our fixed start again. */
    public void restoreDefaults() {
        restartFrom(DEFAULT_START);
    }

    /** Six new parameters drawn as PyTorch's nn.Linear(1, 1) draws them, uniform in [−1, 1], to the hundredth. */
    public void drawParameters() {
        double[] p = new double[PARAMETERS];
        for (int k = 0; k < PARAMETERS; k++) {
            p[k] = Math.round(random.nextDouble(-1, 1) * 100) / 100.0;
        }
        restartFrom(p);
    }

    private void restartFrom(double[] start) {
        if (restarting) {
            return;
        }
        restarting = true;
        history.clear();
        history.add(start.clone());
        iteration.set(1);
        restarting = false;
        changed();
    }

    // ---- steps ----

    public StepPlayback playback() { return playback; }

    @Override
    public void step() {
        BackpropStage s = stage.get();
        if (s == BackpropStage.UPDATE) {
            if (iteration.get() >= MAX_ITERATIONS) {
                return;
            }
            iteration.set(iteration.get() + 1);
            paramsAt(iteration.get()); // now, with the current x, y and α
            stage.set(BackpropStage.LAYER1); // the parameters are already shown: straight to the forward pass
        } else {
            stage.set(BackpropStage.values()[s.ordinal() + 1]);
        }
        changed();
    }

    @Override
    public void stepBack() {
        BackpropStage s = stage.get();
        if (s == BackpropStage.START) {
            return;
        }
        if (s == BackpropStage.LAYER1 && iteration.get() > 1) {
            iteration.set(iteration.get() - 1);
            stage.set(BackpropStage.UPDATE);
        } else {
            stage.set(BackpropStage.values()[s.ordinal() - 1]);
        }
        changed();
    }

    /** Back to the start of iteration 1, nothing computed. */
    @Override
    public void reset() {
        iteration.set(1);
        stage.set(BackpropStage.START);
        changed();
    }

    /** Jumps to a stage of the current iteration. */
    public void goTo(BackpropStage target) {
        stage.set(target);
        changed();
    }

    private void changed() {
        note.set(noteFor(stage.get()));
        canStepBack.set(iteration.get() > 1 || stage.get() != BackpropStage.START);
        finished.set(iteration.get() >= MAX_ITERATIONS && stage.get() == BackpropStage.UPDATE);
        revision.set(revision.get() + 1);
    }

    private double[] paramsAt(int it) {
        while (history.size() < it) {
            double[] p = history.get(history.size() - 1);
            BackpropChain.Values v = BackpropChain.pass(p, x.get(), y.get());
            history.add(BackpropChain.update(p, v.gradients(), learningRate.get()));
        }
        return history.get(it - 1);
    }

    // ---- outputs ----

    public ReadOnlyIntegerProperty iterationProperty() { return iteration.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<BackpropStage> stageProperty() { return stage.getReadOnlyProperty(); }

    /** An erratum or edition note for the current stage, else null. */
    public ReadOnlyObjectProperty<BookCheck> noteProperty() { return note.getReadOnlyProperty(); }

    /** Bumped after every change, so the view knows when to refresh. */
    public ReadOnlyIntegerProperty revisionProperty() { return revision.getReadOnlyProperty(); }

    /** Every number of the current iteration's pass (shown or not yet). */
    public BackpropChain.Values values() {
        return BackpropChain.pass(paramsAt(iteration.get()), x.get(), y.get());
    }

    /** The parameters after this iteration's update. */
    public double[] updatedParameters() {
        return BackpropChain.update(paramsAt(iteration.get()), values().gradients(), learningRate.get());
    }

    /** The cost at iteration 1, to compare with the current one. */
    public double firstCost() {
        return BackpropChain.cost(paramsAt(1), x.get(), y.get());
    }

    public boolean reached(BackpropStage s) {
        return stage.get().reached(s);
    }

    /** « Itération 1 · étape 3 sur 13 : … ». */
    public String status() {
        BackpropStage s = stage.get();
        return "Itération " + iteration.get() + " · étape " + (s.ordinal() + 1) + " sur " + BackpropStage.values().length
                + " : " + s.title();
    }

    public String explanation() {
        return switch (stage.get()) {
            case START -> "Le réseau de 4.4.3 : une entrée, deux couches cachées d'un neurone sigmoïde, une sortie "
                    + "linéaire comme dans le code du livre. Le livre ne donne pas de poids de départ : ceux-ci sont "
                    + "les nôtres. Modifiez x, y ou un paramètre, ou tirez-en d'autres.";
            case LAYER1 -> "L'entrée x est multipliée par le poids w¹, on ajoute le biais b¹ (combinaison linéaire), "
                    + "puis la sigmoïde donne a¹.";
            case LAYER2 -> "Même calcul avec la sortie a¹ de la première couche cachée.";
            case OUTPUT -> "La couche de sortie n'a pas d'activation dans le code du livre (nn.Linear seule) : "
                    + "c'est la prédiction ŷ.";
            case COST -> "L'erreur sur cet exemple. Le ½ simplifie la dérivée.";
            case D_YHAT -> "La rétropropagation part de la sortie : comment J varie quand ŷ varie.";
            case GRAD_W3 -> "Règle de la chaîne : ∂J/∂ŷ, déjà calculé, fois ∂ŷ/∂w³ = a², car ŷ = w³a² + b³.";
            case GRAD_B3 -> "Même chaîne, et ∂ŷ/∂b³ = 1.";
            case GRAD_W2 -> "On remonte d'une couche : ŷ dépend de a² par w³, a² de z² par la sigmoïde, z² de w² "
                    + "par a¹. C'est l'exemple du livre.";
            case GRAD_B2 -> "Les trois premiers facteurs sont ceux de ∂J/∂w² : leur produit ∂J/∂z² = "
                    + SignificantNumbers.format(values().dZ2(), DIGITS) + " est calculé une fois et réutilisé.";
            case GRAD_W1 -> "Jusqu'à la première couche : deux facteurs de plus, w² et σ′(z¹) = a¹(1 − a¹), "
                    + "puis ∂z¹/∂w¹ = x.";
            case GRAD_B1 -> "Même chaîne, avec ∂z¹/∂b¹ = 1 : les six gradients sont calculés.";
            case UPDATE -> "Chaque paramètre recule de α fois son gradient (α = 0,01 dans le code du livre). "
                    + "L'étape suivante refait la propagation avant avec les nouveaux poids.";
        };
    }

    private static BookCheck noteFor(BackpropStage s) {
        return switch (s) {
            case COST -> BookCheck.erratum("Dans PyTorch, nn.MSELoss n'a pas le facteur ½ : "
                    + "ses gradients sont le double de ceux affichés ici.");
            case D_YHAT -> BookCheck.erratum("Le livre écrit ∂J/∂ŷ = y − ŷ : le signe est faux. "
                    + "La dérivée de ½(y − ŷ)² par rapport à ŷ est ŷ − y.");
            case GRAD_W2 -> BookCheck.erratum("Le livre écrit (y − ŷ)·ŷ(1 − ŷ)·a¹ : signe inversé, et ŷ pris pour la "
                    + "sortie sigmoïde a², alors que la sortie de son code est linéaire.");
            default -> null;
        };
    }

    /** The current stage's calculation as LaTeX lines, each with the current numbers. */
    public List<String> formulaLines() {
        return BackpropFormulas.tex(stage.get(), values(), parameters(), updatedParameters(), learningRate.get());
    }

    /** The same calculation in plain text, for screen readers and tests. */
    public String formulaText() {
        return BackpropFormulas.text(stage.get(), values(), parameters(), updatedParameters(), learningRate.get());
    }
}
