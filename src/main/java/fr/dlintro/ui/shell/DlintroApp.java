package fr.dlintro.ui.shell;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application: builds the main window from the command-line options. */
public final class DlintroApp extends Application {
    public static void launchWith(String[] args) {
        Application.launch(DlintroApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Le Deep Learning, une introduction");
        stage.setScene(new Scene(new Label("Le Deep Learning, une introduction"), 1280, 800));
        stage.show();
    }
}
