package fr.dlintro.ui.widget.textencoding;

import fr.dlintro.core.demo.TextEncoding;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A sentence the reader may edit, its encoding (derived), and the token the reader points at. */
public final class TextEncodingModel {
    /** Beyond this many words the tables would not fit a lesson column. */
    public static final int MAX_TOKENS = 12;

    private final int embeddingSize;
    private final StringProperty sentence = new SimpleStringProperty(this, "sentence", "");
    private final ReadOnlyObjectWrapper<Encoding> encoding = new ReadOnlyObjectWrapper<>(this, "encoding");
    private final IntegerProperty highlighted = new SimpleIntegerProperty(this, "highlighted", -1);

    public TextEncodingModel(String sentence, int embeddingSize) {
        this.embeddingSize = embeddingSize;
        encoding.bind(Bindings.createObjectBinding(() -> encode(this.sentence.get()), this.sentence));
        encoding.addListener((o, a, b) -> highlighted.set(-1));
        this.sentence.set(sentence == null ? "" : sentence);
    }

    private Encoding encode(String s) {
        List<String> all = TextEncoding.tokenize(s == null ? "" : s);
        List<String> tokens = all.size() > MAX_TOKENS ? all.subList(0, MAX_TOKENS) : all;
        List<String> vocabulary = TextEncoding.vocabulary(tokens);
        double[][] embeddings = new double[tokens.size()][];
        for (int i = 0; i < tokens.size(); i++) {
            embeddings[i] = TextEncoding.embedding(tokens.get(i), embeddingSize);
        }
        return new Encoding(List.copyOf(tokens), vocabulary, TextEncoding.oneHot(tokens, vocabulary), embeddings,
                all.size() > MAX_TOKENS);
    }

    public int embeddingSize() { return embeddingSize; }

    public StringProperty sentenceProperty() { return sentence; }

    public ReadOnlyObjectProperty<Encoding> encodingProperty() { return encoding.getReadOnlyProperty(); }

    public Encoding getEncoding() { return encoding.get(); }

    /** The pointed token's position in the sentence, or -1. */
    public IntegerProperty highlightedProperty() { return highlighted; }

    public void highlight(int token) {
        highlighted.set(token >= 0 && token < getEncoding().tokens().size() ? token : -1);
    }

    /** A status line: what the tables show, or why they are empty or cut. */
    public String status() {
        Encoding e = getEncoding();
        if (e.isEmpty()) {
            return "Tapez une phrase pour voir son encodage.";
        }
        String s = e.tokens().size() + (e.tokens().size() > 1 ? " tokens, " : " token, ") + e.vocabulary().size()
                + (e.vocabulary().size() > 1 ? " mots distincts" : " mot distinct") + " dans le vocabulaire";
        return e.truncated() ? s + " (seuls les " + MAX_TOKENS + " premiers mots sont encodés ici)" : s;
    }
}
