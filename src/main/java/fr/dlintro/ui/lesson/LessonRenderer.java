package fr.dlintro.ui.lesson;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;
import fr.dlintro.content.ContentLinter;
import fr.dlintro.content.FormulaCheck;
import fr.dlintro.content.LessonDocument;
import fr.dlintro.content.MarkdownSource;
import fr.dlintro.content.MathSpan;
import fr.dlintro.content.Problem;
import fr.dlintro.content.WidgetDirective;
import fr.dlintro.ui.theme.Palette;
import fr.dlintro.ui.widget.Widget;
import fr.dlintro.ui.widget.WidgetFactory;
import fr.dlintro.ui.widget.WidgetRegistry;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.javafx.FontIcon;
import org.scilab.forge.jlatexmath.TeXFormula;

/**
 * The one renderer of every lesson page: walks the flexmark AST with one method per node
 * kind and builds JavaFX nodes. Inline emphasis is a stack of style classes applied to
 * each run of text. Anything broken (formula, widget, image) becomes an {@link ErrorBox}
 * in place, and the rest of the page renders normally.
 */
public final class LessonRenderer {
    private final LessonDocument doc;
    private final RenderContext ctx;
    private final Palette palette;
    private final List<FormulaNode> formulas = new ArrayList<>();
    private final List<Widget> widgets = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    private LessonRenderer(LessonDocument doc, RenderContext ctx) {
        this.doc = doc;
        this.ctx = ctx;
        this.palette = ctx.palette().get();
    }

    public static RenderedPage render(LessonDocument doc, RenderContext ctx) {
        LessonRenderer r = new LessonRenderer(doc, ctx);
        VBox body = new VBox();
        body.getStyleClass().add("lesson-body");
        body.setAlignment(Pos.TOP_CENTER);
        for (Problem p : doc.sourceProblems()) {
            r.error(body, p);
        }
        r.blocks(doc.document(), body);
        return new RenderedPage(body, r.formulas, r.widgets, r.problems, ctx.palette());
    }

    /**
     * Renders a piece of Markdown that is not a lesson (a quiz prompt, option or
     * explanation) with the same renderer, its problems naming {@code file} and {@code line}.
     */
    public static RenderedPage renderSnippet(String markdown, String file, int line, RenderContext ctx) {
        return render(LessonDocument.parse(new fr.dlintro.content.Lesson("", "", 0, file, markdown, line)), ctx);
    }

    /** Parsed formulas by LaTeX source: going back to a page should not parse its formulas again. */
    private static final java.util.Map<String, TeXFormula> PARSED = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, TeXFormula> eldest) {
                    return size() > 4000;
                }
            });

    private static TeXFormula parse(String latex) {
        TeXFormula f = PARSED.get(latex);
        if (f == null) {
            f = new TeXFormula(latex);
            PARSED.put(latex, f);
        }
        return f;
    }

    static double formulaSize(Palette p, boolean display) {
        // Computer Modern has a smaller x-height than DejaVu Sans: formulas a size up match the text around them.
        return p.fontSize() * (display ? 1.35 : 1.3);
    }

    // ---- blocks ----

    private void blocks(Node parent, Pane into) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            block(n, into);
        }
    }

    private void block(Node n, Pane into) {
        if (n instanceof Heading h) {
            heading(h, into);
        } else if (n instanceof Paragraph p) {
            paragraph(p, into);
        } else if (n instanceof BulletList || n instanceof OrderedList) {
            list(n, into);
        } else if (n instanceof BlockQuote q) {
            blockQuote(q, into);
        } else if (n instanceof FencedCodeBlock f) {
            Optional<String> widget = WidgetDirective.nameOf(f);
            if (widget.isPresent()) {
                widget(f, widget.get(), into);
            } else {
                codeBlock(f.getInfo().toString().strip(), f.getContentChars().toString(), into);
            }
        } else if (n instanceof IndentedCodeBlock c) {
            codeBlock("", c.getContentChars().toString(), into);
        } else if (n instanceof TableBlock t) {
            table(t, into);
        } else if (n instanceof ThematicBreak) {
            Separator s = new Separator();
            s.getStyleClass().add("block");
            into.getChildren().add(s);
        } else if (n instanceof HtmlBlock) {
            error(into, doc.problemAt(n, "le HTML brut n'est pas affiché dans les leçons"));
        } else if (n.hasChildren()) {
            blocks(n, into);
        }
    }

    private void heading(Heading h, Pane into) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().addAll("block", "heading", "h" + Math.min(h.getLevel(), 4));
        Inline inline = new Inline(into, flow);
        inline.children(h);
        inline.flush();
        flow.setAccessibleText(h.getText().toString());
    }

    private void paragraph(Paragraph p, Pane into) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().addAll("block", "paragraph");
        Inline inline = new Inline(into, flow);
        inline.children(p);
        inline.flush();
    }

    private void list(Node list, Pane into) {
        VBox box = new VBox();
        box.getStyleClass().addAll("block", "md-list");
        int number = list instanceof OrderedList ol ? ol.getStartNumber() : 0;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            Label bullet = new Label(item instanceof OrderedListItem ? (number++) + "." : "•");
            bullet.getStyleClass().add("list-bullet");
            bullet.setMinWidth(Region.USE_PREF_SIZE);
            VBox content = new VBox();
            content.getStyleClass().add("list-content");
            blocks(item, content);
            HBox.setHgrow(content, Priority.ALWAYS);
            HBox row = new HBox(bullet, content);
            row.getStyleClass().add("list-item");
            box.getChildren().add(row);
        }
        into.getChildren().add(box);
    }

    private void blockQuote(BlockQuote q, Pane into) {
        Node first = q.getFirstChild();
        boolean note = first instanceof Paragraph && first.getChars().toString().strip().startsWith(MarkdownSource.NOTE_MARKER);
        VBox box = new VBox();
        box.getStyleClass().addAll("block", note ? "note-box" : "blockquote");
        if (note) {
            Label title = new Label("Note de l'édition interactive", new FontIcon("mdi2i-information-outline"));
            title.getStyleClass().add("note-title");
            box.getChildren().add(title);
            box.setAccessibleText("Note de l'édition interactive");
            // The marker line is its own paragraph line: skip it, keep the rest of that paragraph.
            Paragraph p = (Paragraph) first;
            TextFlow flow = new TextFlow();
            flow.getStyleClass().addAll("block", "paragraph");
            Inline inline = new Inline(box, flow);
            inline.skipNoteMarker = true;
            inline.children(p);
            inline.flush();
            for (Node n = first.getNext(); n != null; n = n.getNext()) {
                block(n, box);
            }
        } else {
            blocks(q, box);
        }
        into.getChildren().add(box);
    }

    private void codeBlock(String language, String code, Pane into) {
        String text = code.endsWith("\n") ? code.substring(0, code.length() - 1) : code;
        Label lang = new Label(language.isEmpty() ? "Code" : displayLanguage(language));
        lang.getStyleClass().add("code-language");
        Button copy = new Button("Copier", new FontIcon("mdi2c-content-copy"));
        copy.getStyleClass().addAll("code-copy", "flat", "small");
        copy.setTooltip(new Tooltip("Copier ce code dans le presse-papiers"));
        copy.setAccessibleText("Copier le code");
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(text);
            Clipboard.getSystemClipboard().setContent(c);
            copy.setText("Copié");
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(lang, spacer, copy);
        header.getStyleClass().add("code-header");
        header.setAlignment(Pos.CENTER_LEFT);
        Label content = new Label(text);
        content.getStyleClass().add("code-text");
        content.setMinWidth(Region.USE_PREF_SIZE);
        ScrollPane scroll = new ScrollPane(content);
        scroll.getStyleClass().add("code-scroll");
        scroll.setFitToHeight(true);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        VBox box = new VBox(header, scroll);
        box.getStyleClass().addAll("block", "code-block");
        box.setAccessibleText("Bloc de code " + lang.getText());
        into.getChildren().add(box);
    }

    private static String displayLanguage(String info) {
        String l = info.split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
        return switch (l) {
            case "python", "py" -> "Python";
            case "java" -> "Java";
            case "bash", "sh", "shell" -> "Terminal";
            case "text", "txt", "output" -> "Sortie";
            default -> l;
        };
    }

    private void widget(FencedCodeBlock f, String name, Pane into) {
        WidgetDirective d = WidgetDirective.read(doc, f, name);
        if (!d.ok()) {
            d.problems().forEach(p -> error(into, p));
            return;
        }
        Optional<WidgetFactory> factory = WidgetRegistry.find(name);
        if (factory.isEmpty()) {
            error(into, doc.problemAt(f, "le widget « " + name + " » n'est pas encore disponible dans cette version"));
            return;
        }
        try {
            Widget w = factory.get().create(d.params(), ctx.widgetContext());
            widgets.add(w);
            VBox frame = new VBox(w.node());
            frame.getStyleClass().addAll("widget-frame", "widget-" + name);
            frame.setAlignment(Pos.TOP_CENTER);
            into.getChildren().add(frame);
        } catch (RuntimeException e) {
            error(into, doc.problemAt(f, "le widget « " + name + " » n'a pas pu être créé (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " : " + e.getMessage()) + ")"));
        }
    }

    private void table(TableBlock t, Pane into) {
        GridPane grid = new GridPane();
        grid.getStyleClass().addAll("block", "md-table");
        int row = 0;
        int columns = 0;
        for (Node section = t.getFirstChild(); section != null; section = section.getNext()) {
            if (section instanceof com.vladsch.flexmark.ext.tables.TableSeparator) {
                continue;
            }
            boolean head = section instanceof TableHead;
            for (Node r = section.getFirstChild(); r != null; r = r.getNext()) {
                if (!(r instanceof TableRow)) {
                    continue;
                }
                int col = 0;
                for (Node c = r.getFirstChild(); c != null; c = c.getNext()) {
                    if (!(c instanceof TableCell cell)) {
                        continue;
                    }
                    TextFlow flow = new TextFlow();
                    flow.getStyleClass().addAll("md-cell", head ? "md-head" : (row % 2 == 0 ? "md-even" : "md-odd"));
                    VBox holder = new VBox();
                    Inline inline = new Inline(holder, flow);
                    inline.children(cell);
                    inline.flush();
                    javafx.scene.Node cellNode = holder.getChildren().size() == 1 ? holder.getChildren().get(0) : holder;
                    if (cellNode instanceof Region reg) {
                        reg.getStyleClass().addAll("md-cell", head ? "md-head" : (row % 2 == 0 ? "md-even" : "md-odd"));
                        reg.setMaxWidth(Double.MAX_VALUE);
                        reg.setMaxHeight(Double.MAX_VALUE);
                        reg.setMinWidth(cellMinWidth(reg));
                    }
                    grid.add(cellNode, col++, row);
                }
                columns = Math.max(columns, col);
                row++;
            }
        }
        for (int i = 0; i < columns; i++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHgrow(Priority.SOMETIMES);
            grid.getColumnConstraints().add(cc);
        }
        into.getChildren().add(grid);
    }

    /**
     * A TextFlow, like any Pane, reports a minimum width of zero, so a full table squeezes its
     * columns until formulas overflow and words break: keep room for the widest formula and
     * the longest word (an estimate at 0.62 em per letter).
     */
    private double cellMinWidth(Region cell) {
        double widest = 0;
        int longestWord = 0;
        for (javafx.scene.Node n : cell.getChildrenUnmodifiable()) {
            if (n instanceof FormulaNode f) {
                widest = Math.max(widest, f.getWidth());
            } else if (n instanceof javafx.scene.text.Text t) {
                for (String w : t.getText().split("\\s+")) {
                    longestWord = Math.max(longestWord, w.length());
                }
            }
        }
        double em = palette.fontSize();
        return Math.max(widest, longestWord * 0.62 * em) + 1.5 * em;
    }

    /**
     * French typography: a space before : ; ? ! » and after « must not break, or a colon can
     * start a line. Authors type plain spaces; the renderer makes them narrow no-break ones.
     */
    static String frenchSpacing(String s) {
        if (s.indexOf(' ') < 0) {
            return s;
        }
        return s.replaceAll(" ([:;?!»])", "\u202F$1").replace("« ", "«\u202F");
    }

    private void error(Pane into, Problem p) {
        problems.add(p);
        ErrorBox box = new ErrorBox(p);
        box.getStyleClass().add("block");
        into.getChildren().add(box);
    }

    // ---- inline ----

    /** Builds the inline content of one block into TextFlows, splitting where a display formula or an error stands. */
    private final class Inline {
        private final Pane into;
        private final List<String> baseClasses;
        private TextFlow flow;
        private final Deque<String> styles = new ArrayDeque<>();
        boolean skipNoteMarker;

        Inline(Pane into, TextFlow flow) {
            this.into = into;
            this.flow = flow;
            this.baseClasses = List.copyOf(flow.getStyleClass());
        }

        void children(Node parent) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                inline(n);
            }
        }

        private void inline(Node n) {
            if (n instanceof Text t) {
                String s = t.getChars().toString();
                if (skipNoteMarker) {
                    skipNoteMarker = false;
                    int i = s.indexOf(MarkdownSource.NOTE_MARKER);
                    if (i >= 0) {
                        s = s.substring(i + MarkdownSource.NOTE_MARKER.length());
                    }
                }
                text(s, n);
            } else if (n instanceof SoftLineBreak) {
                if (!flow.getChildren().isEmpty()) {
                    run(" ");
                }
            } else if (n instanceof HardLineBreak) {
                run("\n");
            } else if (n instanceof Emphasis) {
                styled("em", n);
            } else if (n instanceof StrongEmphasis) {
                styled("strong", n);
            } else if (n instanceof Code c) {
                styles.push("code");
                run(c.getText().toString());
                styles.pop();
            } else if (n instanceof Link l) {
                link(l);
            } else if (n instanceof Image img) {
                image(img);
            } else if (n instanceof HtmlInline) {
                run(n.getChars().toString());
            } else if (n.hasChildren()) {
                children(n);
            } else {
                text(n.getChars().toString(), n);
            }
        }

        private void styled(String style, Node n) {
            styles.push(style);
            children(n);
            styles.pop();
        }

        private void text(String s, Node at) {
            Matcher m = MarkdownSource.PLACEHOLDER.matcher(s);
            int pos = 0;
            while (m.find()) {
                if (m.start() > pos) {
                    run(s.substring(pos, m.start()));
                }
                MathSpan span = doc.math().get(Integer.parseInt(m.group(2)));
                formula(span);
                pos = m.end();
            }
            if (pos < s.length()) {
                run(s.substring(pos));
            }
        }

        private void formula(MathSpan span) {
            TeXFormula parsed;
            try {
                parsed = parse(span.latex());
            } catch (RuntimeException | Error e) {
                flush();
                error(into, new Problem(doc.lesson().file(), span.line(),
                        FormulaCheck.problem(span.latex()).orElse("formule invalide")));
                return;
            }
            FormulaNode node = new FormulaNode(parsed, span.display(),
                    formulaSize(palette, span.display()), palette.foreground());
            node.setAccessibleText("Formule : " + span.latex());
            formulas.add(node);
            if (span.display()) {
                flush();
                HBox box = new HBox(node);
                box.getStyleClass().addAll("block", "formula-block");
                box.setAlignment(Pos.CENTER);
                into.getChildren().add(box);
            } else {
                flow.getChildren().add(node);
            }
        }

        private void run(String s) {
            javafx.scene.text.Text t = new javafx.scene.text.Text(styles.contains("code") ? s : frenchSpacing(s));
            t.getStyleClass().add("lesson-text");
            t.getStyleClass().addAll(styles);
            flow.getChildren().add(t);
        }

        /**
         * A link to a section is a focusable Hyperlink (short: « 3.2 », « la section 2.6 »); a
         * reference to an outside page is styled text that wraps with the line like any
         * other words, its emphasis kept.
         */
        private void link(Link l) {
            String url = l.getUrl().toString();
            if (url.startsWith("#") && url.length() > 1 && Character.isLetter(url.charAt(1))) {
                // a project of chapter 5 (« #calculator »): a button that opens its view
                Button b = new Button(plain(l), new FontIcon("mdi2f-flask-outline"));
                b.getStyleClass().addAll("accent", "lesson-project-button");
                b.setTooltip(new Tooltip("Ouvrir le projet dans l'application, avec les réglages du livre"));
                b.setOnAction(e -> ctx.onLink().accept(url));
                flow.getChildren().add(b);
                return;
            }
            if (url.startsWith("#")) {
                Hyperlink h = new Hyperlink(plain(l));
                h.getStyleClass().add("lesson-link");
                h.setTooltip(new Tooltip("Ouvrir la section " + url.substring(1)));
                h.setOnAction(e -> ctx.onLink().accept(url));
                flow.getChildren().add(h);
                return;
            }
            int from = flow.getChildren().size();
            styles.push("link");
            children(l);
            styles.pop();
            Tooltip tip = new Tooltip("Ouvrir " + url);
            for (javafx.scene.Node n : flow.getChildren().subList(from, flow.getChildren().size())) {
                n.setOnMouseClicked(e -> ctx.onLink().accept(url));
                Tooltip.install(n, tip);
            }
        }

        private String plain(Node n) {
            StringBuilder sb = new StringBuilder();
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof Text || c instanceof Code) {
                    sb.append(c instanceof Code code ? code.getText() : c.getChars());
                } else {
                    sb.append(plain(c));
                }
            }
            return MarkdownSource.PLACEHOLDER.matcher(sb).replaceAll("").strip();
        }

        private void image(Image img) {
            String url = img.getUrl().toString();
            Optional<String> bad = ContentLinter.imageProblem(url, ctx.root());
            if (bad.isPresent()) {
                flush();
                error(into, doc.problemAt(img, bad.get()));
                return;
            }
            Path p = ctx.root().assets().resolve(url.substring("assets/".length()));
            try (InputStream in = Files.newInputStream(p)) {
                javafx.scene.image.Image image = new javafx.scene.image.Image(in);
                if (image.isError()) {
                    throw new java.io.IOException("format");
                }
                ImageView view = new ImageView(image);
                view.setPreserveRatio(true);
                view.setFitWidth(Math.min(image.getWidth(), 720));
                String alt = img.getText().toString();
                view.setAccessibleText(alt.isEmpty() ? "Image" : alt);
                flush();
                VBox box = new VBox(view);
                box.getStyleClass().addAll("block", "figure");
                box.setAlignment(Pos.CENTER);
                if (!alt.isEmpty()) {
                    Label caption = new Label(alt);
                    caption.getStyleClass().add("figure-caption");
                    caption.setWrapText(true);
                    box.getChildren().add(caption);
                }
                into.getChildren().add(box);
            } catch (java.io.IOException | RuntimeException e) {
                flush();
                error(into, doc.problemAt(img, "image illisible « " + url + " »"));
            }
        }

        /** Ends the current flow (adds it if it holds anything) and starts a new one. */
        void flush() {
            if (!flow.getChildren().isEmpty()) {
                trimTrailingSpace();
                into.getChildren().add(flow);
            }
            flow = new TextFlow();
            flow.getStyleClass().addAll(baseClasses);
        }

        private void trimTrailingSpace() {
            var kids = flow.getChildren();
            if (!kids.isEmpty() && kids.get(kids.size() - 1) instanceof javafx.scene.text.Text t && t.getText().isBlank()) {
                kids.remove(kids.size() - 1);
            }
        }
    }
}
