package fr.dlintro.ui.widget;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.junit.jupiter.api.Test;

class StepPlaybackTest {
    private final SimpleIntegerProperty position = new SimpleIntegerProperty();
    private final SimpleBooleanProperty done = new SimpleBooleanProperty();
    private final StepPlayback playback = new StepPlayback(new StepPlayback.Steps() {
        @Override
        public void step() {
            position.set(position.get() + 1);
            done.set(position.get() >= 10);
        }

        @Override
        public void stepBack() {
            position.set(position.get() - 1);
            done.set(false);
        }

        @Override
        public void reset() {
            position.set(0);
            done.set(false);
        }
    }, position.greaterThan(0), done);

    @Test
    void advanceTakesNoStepWhilePaused() {
        assertThat(playback.advance(5)).isZero();
        assertThat(position.get()).isZero();
    }

    @Test
    void playingAtFourStepsPerSecondTakesTwoStepsInHalfASecond() {
        playback.speedProperty().set(4);
        playback.togglePlaying();
        assertThat(playback.advance(0.25)).isEqualTo(1);
        assertThat(playback.advance(0.25)).isEqualTo(1);
        assertThat(position.get()).isEqualTo(2);
    }

    @Test
    void aLongFrameNeverBurstsMoreThanTheCap() {
        playback.speedProperty().set(30);
        playback.togglePlaying();
        assertThat(playback.advance(10)).isEqualTo(StepPlayback.MAX_STEPS_PER_ADVANCE);
    }

    @Test
    void playbackStopsByItselfWhenFinished() {
        playback.speedProperty().set(30);
        playback.togglePlaying();
        for (int i = 0; i < 10; i++) {
            playback.advance(1);
        }
        assertThat(position.get()).isEqualTo(10);
        assertThat(playback.playingProperty().get()).isFalse();
        playback.togglePlaying();
        assertThat(playback.playingProperty().get()).as("cannot play past the end").isFalse();
    }

    @Test
    void stepBackPausesAndReturnsOneStep() {
        playback.step();
        playback.step();
        playback.togglePlaying();
        playback.stepBack();
        assertThat(position.get()).isEqualTo(1);
        assertThat(playback.playingProperty().get()).isFalse();
        playback.stepBack();
        playback.stepBack();
        assertThat(position.get()).as("nothing before the start").isZero();
        assertThat(playback.canStepBackProperty().get()).isFalse();
    }

    @Test
    void resetPausesAndReturnsToTheStart() {
        playback.step();
        playback.togglePlaying();
        playback.reset();
        assertThat(position.get()).isZero();
        assertThat(playback.playingProperty().get()).isFalse();
    }
}
