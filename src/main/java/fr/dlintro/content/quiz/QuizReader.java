package fr.dlintro.content.quiz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.dlintro.content.ContentException;
import fr.dlintro.content.Problem;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a quiz file and checks its schema: letters a–f, 2 to 6 options, answers among the
 * options, non-empty prompt and explanation, unique numbers. Every problem names the file
 * and the question's line, in French; {@link #read} fails on the first file-level problem
 * and collects question-level ones.
 */
public final class QuizReader {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern LETTER = Pattern.compile("[a-f]");
    private static final Pattern NUMBER_LINE = Pattern.compile("^\\s*(?:-\\s+)?number\\s*:\\s*(\\d+)\\s*$");

    private QuizReader() {
    }

    /** The quiz and the problems found in it; the quiz is null when the file is unusable. */
    public record Result(Quiz quiz, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public static Result read(String file, String text) {
        List<Problem> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            return new Result(null, List.of(new Problem(file, line, "QCM illisible : " + yamlReason(e))));
        }
        if (root == null || !root.isObject()) {
            return new Result(null, List.of(new Problem(file, 1, "le QCM doit contenir chapter, section, title et questions")));
        }
        Map<Integer, Integer> lines = questionLines(text);
        int chapter = root.path("chapter").asInt(-1);
        String section = text(root, "section");
        String title = text(root, "title");
        if (chapter < 1) {
            problems.add(new Problem(file, 1, "champ « chapter » manquant ou invalide"));
        }
        if (section.isBlank()) {
            problems.add(new Problem(file, 1, "champ « section » manquant"));
        }
        if (title.isBlank()) {
            problems.add(new Problem(file, 1, "champ « title » manquant"));
        }
        JsonNode qs = root.path("questions");
        if (!qs.isArray() || qs.isEmpty()) {
            problems.add(new Problem(file, 1, "le QCM ne contient aucune question (liste « questions » attendue)"));
            return new Result(null, problems);
        }
        List<Question> questions = new ArrayList<>();
        Set<Integer> numbers = new LinkedHashSet<>();
        int index = 0;
        for (JsonNode q : qs) {
            index++;
            int number = q.path("number").asInt(-1);
            int line = lines.getOrDefault(number, 0);
            String where = "question " + (number > 0 ? number : "n° " + index + " (sans numéro)");
            if (number < 1) {
                problems.add(new Problem(file, line, where + " : champ « number » manquant ou invalide"));
                continue;
            }
            if (!numbers.add(number)) {
                problems.add(new Problem(file, line, "question " + number + " : numéro déjà utilisé"));
            }
            Question parsed = question(q, number, line, file, where, problems);
            if (parsed != null) {
                questions.add(parsed);
            }
        }
        Quiz quiz = problems.isEmpty() ? new Quiz(chapter, section, title, List.copyOf(questions), file) : null;
        return new Result(quiz, List.copyOf(problems));
    }

    private static Question question(JsonNode q, int number, int line, String file, String where, List<Problem> problems) {
        int before = problems.size();
        String prompt = text(q, "prompt");
        String explanation = text(q, "explanation");
        String lesson = text(q, "lesson");
        if (prompt.isBlank()) {
            problems.add(new Problem(file, line, where + " : l'énoncé (« prompt ») est vide"));
        }
        if (explanation.isBlank()) {
            problems.add(new Problem(file, line, where + " : l'explication (« explanation ») est vide"));
        }
        Map<String, String> options = new LinkedHashMap<>();
        JsonNode opts = q.path("options");
        if (!opts.isObject()) {
            problems.add(new Problem(file, line, where + " : « options » doit associer des lettres à des réponses"));
        } else {
            for (Iterator<Map.Entry<String, JsonNode>> it = opts.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String letter = e.getKey().strip().toLowerCase(Locale.ROOT);
                if (!LETTER.matcher(letter).matches()) {
                    problems.add(new Problem(file, line, where + " : lettre d'option invalide « " + e.getKey() + " » (a à f)"));
                } else if (e.getValue().asText("").isBlank()) {
                    problems.add(new Problem(file, line, where + " : l'option " + letter + " est vide"));
                } else {
                    options.put(letter, e.getValue().asText());
                }
            }
            if (opts.size() < 2 || opts.size() > 6) {
                problems.add(new Problem(file, line, where + " : il faut de 2 à 6 options (reçu : " + opts.size() + ")"));
            }
        }
        Set<String> answer = letters(q.path("answer"), "answer", options, file, line, where, problems, true);
        Set<String> bookAnswer = letters(q.path("book_answer"), "book_answer", options, file, line, where, problems, false);
        JsonNode multiple = q.path("multiple");
        if (!multiple.isMissingNode() && !multiple.isBoolean()) {
            problems.add(new Problem(file, line, where + " : « multiple » doit valoir true ou false"));
        }
        if (problems.size() > before) {
            return null;
        }
        return new Question(number, prompt, java.util.Collections.unmodifiableMap(options),
                answer, bookAnswer, multiple.asBoolean(false), explanation, lesson, line);
    }

    private static Set<String> letters(JsonNode node, String field, Map<String, String> options, String file, int line,
                                       String where, List<Problem> problems, boolean required) {
        Set<String> out = new LinkedHashSet<>();
        if (node.isMissingNode() || node.isNull()) {
            if (required) {
                problems.add(new Problem(file, line, where + " : réponse (« answer ») manquante"));
            }
            return Set.of();
        }
        List<JsonNode> items = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(items::add);
        } else {
            items.add(node);
        }
        for (JsonNode n : items) {
            String l = n.asText("").strip().toLowerCase(Locale.ROOT);
            if (!options.containsKey(l)) {
                problems.add(new Problem(file, line, where + " : la réponse « " + n.asText() + " » de « " + field
                        + " » ne fait pas partie des options"));
            } else {
                out.add(l);
            }
        }
        if (required && out.isEmpty() && items.isEmpty()) {
            problems.add(new Problem(file, line, where + " : réponse (« answer ») vide"));
        }
        return Set.copyOf(out);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isValueNode() ? v.asText("").strip() : "";
    }

    /** number → 1-based line of "number: N" in the file, so problems point at their question. */
    private static Map<Integer, Integer> questionLines(String text) {
        Map<Integer, Integer> out = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = NUMBER_LINE.matcher(lines[i]);
            if (m.matches()) {
                out.putIfAbsent(Integer.parseInt(m.group(1)), i + 1);
            }
        }
        return out;
    }

    private static String yamlReason(JsonProcessingException e) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().toLowerCase(Locale.ROOT);
        if (m.contains("mapping values are not allowed")) {
            return "deux-points inattendu (mettez le texte entre guillemets)";
        }
        if (m.contains("duplicate")) {
            return "champ en double";
        }
        return "syntaxe YAML invalide";
    }

    /** For callers that need the quiz or a single problem to show. */
    public static Quiz require(String file, String text) throws ContentException {
        Result r = read(file, text);
        if (!r.ok()) {
            throw new ContentException(r.problems().get(0));
        }
        return r.quiz();
    }
}
