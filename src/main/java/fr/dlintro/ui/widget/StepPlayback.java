package fr.dlintro.ui.widget;

import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ObservableBooleanValue;

/**
 * The playback state of a step-by-step widget (gradient descent, k-means, backprop…):
 * Étape, Étape précédente, Lecture/Pause at a speed, Réinitialiser. The widget's model owns
 * the steps; this class only decides when to take them. Time comes from outside
 * ({@link #advance(double)}, called by {@link PlaybackBar}'s animation timer or by a test),
 * so playback is deterministic and testable without the toolkit.
 */
public final class StepPlayback {
    /** Speeds offered by the slider, in steps per second. */
    public static final double MIN_SPEED = 0.5;
    public static final double MAX_SPEED = 30;
    /** At most this many steps per frame, so a slow frame never turns into a burst. */
    static final int MAX_STEPS_PER_ADVANCE = 4;

    /** What the widget's model does on each button. */
    public interface Steps {
        void step();

        void stepBack();

        void reset();
    }

    /** The three buttons' actions as a {@link Steps}, for a model whose methods have other names or are private. */
    public static Steps steps(Runnable step, Runnable stepBack, Runnable reset) {
        return new Steps() {
            @Override
            public void step() {
                step.run();
            }

            @Override
            public void stepBack() {
                stepBack.run();
            }

            @Override
            public void reset() {
                reset.run();
            }
        };
    }

    private final Steps steps;
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 4);
    private final ReadOnlyBooleanWrapper canStepBack = new ReadOnlyBooleanWrapper(this, "canStepBack");
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished");
    private double pending;

    /**
     * @param canStepBack true when there is a previous step to return to (usually « at least one step taken »)
     * @param finished    true when another step would change nothing (converged, diverged, last row…): playback stops
     */
    public StepPlayback(Steps steps, ObservableBooleanValue canStepBack, ObservableBooleanValue finished) {
        this.steps = Objects.requireNonNull(steps);
        this.canStepBack.bind(canStepBack);
        this.finished.bind(finished);
        this.finished.addListener((o, a, done) -> {
            if (done) {
                playing.set(false);
            }
        });
        playing.addListener((o, a, on) -> pending = 0);
    }

    public BooleanProperty playingProperty() { return playing; }

    /** Steps per second while playing, between {@link #MIN_SPEED} and {@link #MAX_SPEED}. */
    public DoubleProperty speedProperty() { return speed; }

    public ReadOnlyBooleanProperty canStepBackProperty() { return canStepBack.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty finishedProperty() { return finished.getReadOnlyProperty(); }

    public void step() {
        if (!finished.get()) {
            steps.step();
        }
    }

    public void stepBack() {
        playing.set(false);
        if (canStepBack.get()) {
            steps.stepBack();
        }
    }

    /** Back to the start (the same start, so a run replays identically), paused. */
    public void reset() {
        playing.set(false);
        steps.reset();
    }

    public void togglePlaying() {
        playing.set(!playing.get() && !finished.get());
    }

    /** Lets {@code seconds} of playback pass: takes the steps now due; returns how many. */
    public int advance(double seconds) {
        if (!playing.get() || seconds <= 0) {
            return 0;
        }
        double rate = Math.max(MIN_SPEED, Math.min(MAX_SPEED, speed.get()));
        pending = Math.min(pending + seconds * rate, MAX_STEPS_PER_ADVANCE);
        int taken = 0;
        while (pending >= 1 && playing.get() && !finished.get()) {
            steps.step();
            pending -= 1;
            taken++;
        }
        return taken;
    }
}
