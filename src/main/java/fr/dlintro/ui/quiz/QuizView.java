package fr.dlintro.ui.quiz;

import fr.dlintro.content.quiz.Question;
import fr.dlintro.content.quiz.Quiz;
import fr.dlintro.content.quiz.QuizSession;
import fr.dlintro.ui.lesson.LessonRenderer;
import fr.dlintro.ui.lesson.RenderedPage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A chapter's QCM, one question per screen: options as radio buttons (one right answer)
 * or check boxes (one or more), Valider for immediate feedback, the explanation and a link
 * back to the lesson, then Suivant; an end screen with the score, the time and the missed
 * questions. Keys a–f toggle options and Entrée validates then goes on.
 */
public final class QuizView extends javafx.scene.layout.BorderPane {
    private final Quiz quiz;
    private final QuizContext ctx;
    private final VBox page = new VBox();
    private final ScrollPane scroll = new ScrollPane(page);
    private final HBox actionBar = new HBox();
    private final List<RenderedPage> rendered = new ArrayList<>();
    private final List<ButtonBase> optionButtons = new ArrayList<>();
    private final List<HBox> rows = new ArrayList<>();
    private QuizSession session;
    private boolean revealed;
    private Button validate;
    private Button next;
    private VBox feedback;
    private long seed = System.nanoTime();

    public QuizView(Quiz quiz, QuizContext ctx) {
        this.quiz = quiz;
        this.ctx = ctx;
        setId("quiz-view");
        getStyleClass().add("quiz-view");
        scroll.getStyleClass().add("lesson-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        page.getStyleClass().addAll("lesson-page", "quiz-page");
        page.setAlignment(Pos.TOP_CENTER);
        actionBar.getStyleClass().add("quiz-action-bar");
        actionBar.setAlignment(Pos.CENTER);
        setCenter(scroll);
        setBottom(actionBar);
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        start(quiz.questions());
    }

    public QuizSession session() {
        return session;
    }

    private void start(List<Question> questions) {
        session = new QuizSession(quiz, questions, ctx.shuffle().get(), seed++, java.time.Instant::now);
        showQuestion();
    }

    private void clear() {
        rendered.forEach(RenderedPage::dispose);
        rendered.clear();
        optionButtons.clear();
        rows.clear();
        page.getChildren().clear();
        actionBar.getChildren().clear();
        scroll.setVvalue(0);
    }

    private VBox markdown(String text, int line) {
        RenderedPage p = LessonRenderer.renderSnippet(text, quiz.file(), line, ctx.render());
        rendered.add(p);
        return p.body();
    }

    // ---- question screen ----

    private void showQuestion() {
        clear();
        revealed = false;
        Question q = session.current();
        Label title = new Label(quiz.section() + " " + quiz.title());
        title.getStyleClass().add("lesson-chapter");
        Label counter = new Label("Question " + (session.index() + 1) + " / " + session.size());
        counter.setId("quiz-counter");
        counter.getStyleClass().add("quiz-counter");
        ProgressBar progress = new ProgressBar((double) session.index() / session.size());
        progress.setId("quiz-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setAccessibleText("Progression dans le QCM");
        CheckBox shuffle = new CheckBox("Mélanger les options");
        shuffle.setId("quiz-shuffle");
        shuffle.setSelected(ctx.shuffle().get());
        shuffle.setTooltip(new Tooltip("Mélange l'ordre des options et les renomme a, b, c… (pour une classe) ; "
                + "s'applique dès la prochaine tentative"));
        shuffle.selectedProperty().addListener((o, a, on) -> {
            ctx.shuffle().set(on);
            if (session.answers().isEmpty()) {
                start(session.questions());
            }
        });
        CheckBox hold = new CheckBox("Correction après un vote");
        hold.setId("quiz-hold");
        hold.setSelected(ctx.holdFeedback().get());
        hold.setTooltip(new Tooltip("Valider enregistre la réponse sans la corriger ; le bouton Révéler affiche la correction"));
        hold.selectedProperty().addListener((o, a, on) -> ctx.holdFeedback().set(on));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox settings = new HBox(counter, spacer, shuffle, hold);
        settings.getStyleClass().add("quiz-settings");
        settings.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(title, settings, progress);
        header.getStyleClass().addAll("lesson-header", "quiz-header");

        Label number = new Label("Question " + q.number());
        number.getStyleClass().add("quiz-number");
        VBox prompt = markdown(q.prompt(), q.line());
        prompt.getStyleClass().add("quiz-prompt");
        Label hint = new Label(q.checkboxes() ? "Une ou plusieurs réponses" : "Une seule réponse");
        hint.setId("quiz-hint");
        hint.getStyleClass().add("quiz-hint");

        VBox options = new VBox();
        options.getStyleClass().addAll("block", "quiz-options");
        ToggleGroup group = new ToggleGroup();
        for (QuizSession.ShownOption o : session.currentOptions()) {
            VBox text = markdown(o.text(), q.line());
            text.getStyleClass().add("quiz-option-text");
            ButtonBase b;
            if (q.checkboxes()) {
                CheckBox c = new CheckBox(o.letter() + ")");
                c.selectedProperty().addListener((obs, was, is) -> updateValidate());
                b = c;
            } else {
                RadioButton r = new RadioButton(o.letter() + ")");
                r.setToggleGroup(group);
                r.selectedProperty().addListener((obs, was, is) -> updateValidate());
                b = r;
            }
            b.setId("option-" + o.letter());
            b.setUserData(o.letter());
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setAccessibleText("Option " + o.letter() + " : " + o.text());
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(b, text);
            row.setId("option-row-" + o.letter());
            row.getStyleClass().add("quiz-option");
            row.setAlignment(Pos.TOP_LEFT);
            // A click anywhere on the option's text toggles it, as on its button.
            row.setOnMouseClicked(e -> {
                if (!b.isDisabled() && e.getTarget() != b) {
                    if (b instanceof CheckBox c) {
                        c.setSelected(!c.isSelected());
                    } else {
                        ((RadioButton) b).setSelected(true);
                    }
                    b.requestFocus();
                }
            });
            rows.add(row);
            optionButtons.add(b);
            options.getChildren().add(row);
        }

        validate = new Button("Valider", new FontIcon("mdi2c-check"));
        validate.setId("validate");
        validate.getStyleClass().add("accent");
        validate.setDefaultButton(false);
        validate.setTooltip(new Tooltip("Valider la réponse (Entrée)"));
        validate.setOnAction(e -> validate());
        next = new Button(session.index() + 1 < session.size() ? "Suivant" : "Voir le résultat", new FontIcon("mdi2a-arrow-right"));
        next.setId("next-question");
        next.setContentDisplay(ContentDisplay.RIGHT);
        next.setTooltip(new Tooltip("Question suivante (Entrée)"));
        next.setOnAction(e -> next());
        next.setVisible(false);
        next.setManaged(false);
        actionBar.getChildren().setAll(validate, next);
        feedback = new VBox();
        feedback.setId("feedback");
        feedback.getStyleClass().addAll("block", "quiz-feedback");
        feedback.setVisible(false);
        feedback.setManaged(false);
        VBox body = new VBox(number, prompt, hint);
        body.getStyleClass().addAll("block", "quiz-question");
        page.getChildren().addAll(header, body, options, feedback);
        updateValidate();
    }

    private Set<String> selection() {
        Set<String> out = new LinkedHashSet<>();
        for (ButtonBase b : optionButtons) {
            boolean on = b instanceof CheckBox c ? c.isSelected() : ((RadioButton) b).isSelected();
            if (on) {
                out.add((String) b.getUserData());
            }
        }
        return out;
    }

    private void updateValidate() {
        if (validate != null) {
            validate.setDisable(selection().isEmpty() || session.isAnswered());
        }
    }

    private void validate() {
        Set<String> chosen = selection();
        if (chosen.isEmpty() || session.isAnswered()) {
            return;
        }
        QuizSession.Answer answer = session.validate(chosen);
        optionButtons.forEach(b -> b.setDisable(true));
        validate.setDisable(true);
        next.setVisible(true);
        next.setManaged(true);
        if (ctx.holdFeedback().get()) {
            Label saved = new Label("Réponse enregistrée. Cliquez sur Révéler pour afficher la correction.");
            saved.setWrapText(true);
            Button reveal = new Button("Révéler", new FontIcon("mdi2e-eye-outline"));
            reveal.setId("reveal");
            reveal.setOnAction(e -> reveal(answer, chosen));
            feedback.getChildren().setAll(saved, reveal);
            feedback.getStyleClass().removeAll("quiz-right", "quiz-wrong");
            feedback.setVisible(true);
            feedback.setManaged(true);
            reveal.requestFocus();
        } else {
            reveal(answer, chosen);
            next.requestFocus();
        }
    }

    private void reveal(QuizSession.Answer answer, Set<String> chosen) {
        revealed = true;
        Question q = session.current();
        Set<String> right = session.rightShownLetters();
        for (int i = 0; i < optionButtons.size(); i++) {
            String letter = (String) optionButtons.get(i).getUserData();
            if (right.contains(letter)) {
                rows.get(i).getStyleClass().add("option-right");
            } else if (chosen.contains(letter)) {
                rows.get(i).getStyleClass().add("option-wrong");
            }
        }
        Label verdict = new Label(answer.right() ? "Bonne réponse !" : "Mauvaise réponse.",
                new FontIcon(answer.right() ? "mdi2c-check-circle" : "mdi2c-close-circle"));
        verdict.setId("verdict");
        verdict.getStyleClass().add("quiz-verdict");
        Label key = new Label((right.size() > 1 ? "Les bonnes réponses sont " : "La bonne réponse est ") + String.join(", ", right) + ".");
        key.setId("right-answer");
        VBox explanation = markdown(q.explanation(), q.line());
        explanation.getStyleClass().add("quiz-explanation");
        Hyperlink review = new Hyperlink("Revoir la section " + q.lesson());
        review.setId("review-link");
        review.setOnAction(e -> ctx.openLesson().accept(q.lesson()));
        feedback.getChildren().setAll(verdict, key, explanation, review);
        feedback.getStyleClass().removeAll("quiz-right", "quiz-wrong");
        feedback.getStyleClass().add(answer.right() ? "quiz-right" : "quiz-wrong");
        feedback.setVisible(true);
        feedback.setManaged(true);
        feedback.setAccessibleText(verdict.getText() + " " + key.getText());
        javafx.application.Platform.runLater(() -> scroll.setVvalue(1));
    }

    private void next() {
        if (!session.isAnswered()) {
            return;
        }
        if (session.next()) {
            showQuestion();
        } else {
            ctx.onFinished().accept(session);
            showResult();
        }
    }

    private void onKey(KeyEvent e) {
        if (session.isFinished() || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        if (e.getCode() == KeyCode.ENTER) {
            if (!session.isAnswered()) {
                validate();
            } else if (ctx.holdFeedback().get() && !revealed) {
                Question q = session.current();
                session.answers().stream().filter(a -> a.number() == q.number()).findFirst()
                        .ifPresent(a -> reveal(a, Set.of()));
            } else {
                next();
            }
            e.consume();
            return;
        }
        String t = e.getText() == null ? "" : e.getText().toLowerCase(java.util.Locale.ROOT);
        if (t.length() == 1 && t.charAt(0) >= 'a' && t.charAt(0) <= 'f' && !session.isAnswered()) {
            for (ButtonBase b : optionButtons) {
                if (t.equals(b.getUserData())) {
                    if (b instanceof CheckBox c) {
                        c.setSelected(!c.isSelected());
                    } else {
                        ((RadioButton) b).setSelected(true);
                    }
                    b.requestFocus();
                    e.consume();
                }
            }
        }
    }

    // ---- end screen ----

    private void showResult() {
        clear();
        int score = session.score();
        int total = session.size();
        Label title = new Label(quiz.section() + " " + quiz.title());
        title.getStyleClass().add("lesson-chapter");
        Label result = new Label("Résultat : " + score + " / " + total);
        result.setId("quiz-score");
        result.getStyleClass().add("lesson-title");
        Label time = new Label("Temps : " + duration(session.elapsed()) + " · "
                + Math.round(100.0 * score / total) + " % de bonnes réponses");
        time.setId("quiz-time");
        VBox header = new VBox(title, result, time);
        header.getStyleClass().add("lesson-header");
        page.getChildren().add(header);
        List<Question> missed = session.missed();
        if (missed.isEmpty()) {
            Label perfect = new Label("Aucune erreur : bravo !");
            perfect.getStyleClass().addAll("block", "quiz-perfect");
            page.getChildren().add(perfect);
        } else {
            Label heading = new Label(missed.size() == 1 ? "La question manquée" : "Les " + missed.size() + " questions manquées");
            heading.getStyleClass().addAll("block", "quiz-missed-title");
            page.getChildren().add(heading);
            for (Question q : missed) {
                VBox box = new VBox();
                box.getStyleClass().addAll("block", "quiz-missed");
                Label n = new Label("Question " + q.number());
                n.getStyleClass().add("quiz-number");
                box.getChildren().addAll(n, markdown(q.prompt(), q.line()));
                Label key = new Label("Réponse attendue : " + String.join(", ", q.answer()) + " — "
                        + q.answer().stream().map(l -> q.options().get(l)).reduce((a, b) -> a + " ; " + b).orElse(""));
                key.setWrapText(true);
                key.getStyleClass().add("quiz-expected");
                box.getChildren().addAll(key, markdown(q.explanation(), q.line()));
                page.getChildren().add(box);
            }
        }
        Button retry = new Button("Refaire les questions manquées", new FontIcon("mdi2r-replay"));
        retry.setId("retry-missed");
        retry.setDisable(missed.isEmpty());
        retry.setOnAction(e -> start(missed));
        Button restart = new Button("Recommencer", new FontIcon("mdi2r-restart"));
        restart.setId("restart");
        restart.getStyleClass().add("accent");
        restart.setOnAction(e -> start(quiz.questions()));
        actionBar.getChildren().setAll(retry, restart);
        restart.requestFocus();
    }

    static String duration(Duration d) {
        long s = d.toSeconds();
        if (s < 60) {
            return s + " s";
        }
        return (s / 60) + " min " + String.format("%02d", s % 60) + " s";
    }

    public void dispose() {
        clear();
    }

    Node page() {
        return page;
    }
}
