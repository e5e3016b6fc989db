package fr.dlintro.content;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/** A lesson parsed once: the flexmark AST of its body and the formulas its placeholders stand for. */
public final class LessonDocument {
    private static final Parser PARSER;

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        PARSER = Parser.builder(options).build();
    }

    private final Lesson lesson;
    private final MarkdownSource source;
    private final Document document;

    private LessonDocument(Lesson lesson, MarkdownSource source, Document document) {
        this.lesson = lesson;
        this.source = source;
        this.document = document;
    }

    public static LessonDocument parse(Lesson lesson) {
        MarkdownSource src = MarkdownSource.of(lesson);
        return new LessonDocument(lesson, src, PARSER.parse(src.text()));
    }

    public Lesson lesson() { return lesson; }
    public Document document() { return document; }
    public List<MathSpan> math() { return source.math(); }
    public List<Problem> sourceProblems() { return source.problems(); }

    /** 1-based line in the lesson file where {@code node} starts. */
    public int fileLine(Node node) {
        return lesson.bodyLine() + node.getStartLineNumber();
    }

    public Problem problemAt(Node node, String reason) {
        return new Problem(lesson.file(), fileLine(node), reason);
    }
}
