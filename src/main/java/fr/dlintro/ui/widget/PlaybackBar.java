package fr.dlintro.ui.widget;

import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The buttons of a {@link StepPlayback}: Étape précédente, Étape, Lecture/Pause, a speed
 * slider and Réinitialiser, the same in every step-by-step widget. Ids: {@code step-back},
 * {@code step}, {@code play}, {@code speed}, {@code reset}. Call {@link #dispose()} when the
 * widget goes away (stops the animation timer).
 */
public final class PlaybackBar extends FlowPane {
    private final StepPlayback playback;
    private final AnimationTimer timer;
    private final ChangeListener<Boolean> onPlaying;
    private long last = -1;

    public PlaybackBar(StepPlayback playback) {
        this.playback = playback;
        getStyleClass().addAll("button-row", "playback-bar");
        setAlignment(Pos.CENTER_LEFT);

        Button back = button("step-back", "Étape précédente", "mdi2s-skip-previous", "Revenir à l'étape précédente");
        back.disableProperty().bind(playback.canStepBackProperty().not());
        back.setOnAction(e -> playback.stepBack());

        Button step = button("step", "Étape", "mdi2s-skip-next", "Faire une étape");
        step.disableProperty().bind(playback.finishedProperty());
        step.setOnAction(e -> {
            playback.playingProperty().set(false);
            playback.step();
        });

        Button play = new Button();
        play.setId("play");
        FontIcon playIcon = new FontIcon("mdi2p-play");
        play.setGraphic(playIcon);
        playback.playingProperty().addListener((o, a, on) -> playIcon.setIconLiteral(on ? "mdi2p-pause" : "mdi2p-play"));
        play.textProperty().bind(Bindings.when(playback.playingProperty()).then("Pause").otherwise("Lecture"));
        play.accessibleTextProperty().bind(Bindings.when(playback.playingProperty())
                .then("Mettre en pause").otherwise("Lancer la lecture automatique"));
        play.disableProperty().bind(playback.finishedProperty());
        play.setOnAction(e -> playback.togglePlaying());

        Slider speed = new Slider(StepPlayback.MIN_SPEED, StepPlayback.MAX_SPEED, playback.speedProperty().get());
        speed.setId("speed");
        speed.valueProperty().bindBidirectional(playback.speedProperty());
        speed.setPrefWidth(110);
        speed.setAccessibleText("Vitesse de lecture, en étapes par seconde");
        Label speedLabel = new Label();
        speedLabel.textProperty().bind(Bindings.createStringBinding(
                () -> FrenchFormat.decimal(playback.speedProperty().get(), 1) + " ét./s", playback.speedProperty()));
        speedLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label speedTitle = new Label("Vitesse");
        speedTitle.setLabelFor(speed);
        HBox speedBox = new HBox(6, speedTitle, speed, speedLabel);
        speedBox.setAlignment(Pos.CENTER_LEFT);
        Tooltip.install(speedBox, new Tooltip("Étapes par seconde pendant la lecture"));

        Button reset = button("reset", "Réinitialiser", "mdi2r-restore", "Revenir au point de départ");
        reset.setOnAction(e -> playback.reset());

        getChildren().addAll(back, step, play, speedBox, reset);

        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (last >= 0) {
                    playback.advance((now - last) / 1e9);
                }
                last = now;
            }
        };
        onPlaying = (o, was, on) -> {
            last = -1;
            if (on) {
                timer.start();
            } else {
                timer.stop();
            }
        };
        playback.playingProperty().addListener(onPlaying);
    }

    private static Button button(String id, String text, String icon, String help) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(help));
        b.setAccessibleHelp(help);
        return b;
    }

    public StepPlayback playback() {
        return playback;
    }

    public void dispose() {
        timer.stop();
        playback.playingProperty().removeListener(onPlaying);
        playback.playingProperty().set(false);
    }
}
