package fr.dlintro.ui.widget.textencoding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextEncodingModelTest {
    @Test
    void theDefaultSentenceGivesSixTokensAndFiveWords() {
        TextEncodingModel m = new TextEncodingModel("Le chat dort sur le canapé", 4);
        Encoding e = m.getEncoding();
        assertThat(e.tokens()).containsExactly("le", "chat", "dort", "sur", "le", "canapé");
        assertThat(e.vocabulary()).containsExactly("le", "chat", "dort", "sur", "canapé");
        assertThat(e.oneHot()[4]).containsExactly(1, 0, 0, 0, 0);
        assertThat(e.embeddings()[4]).containsExactly(e.embeddings()[0]);
        assertThat(e.embeddings()[1]).hasSize(4);
        assertThat(m.status()).isEqualTo("6 tokens, 5 mots distincts dans le vocabulaire");
    }

    @Test
    void editingTheSentenceReencodesAndClearsTheHighlight() {
        TextEncodingModel m = new TextEncodingModel("Le chat dort", 3);
        m.highlight(1);
        m.sentenceProperty().set("Un oiseau chante");
        assertThat(m.getEncoding().tokens()).containsExactly("un", "oiseau", "chante");
        assertThat(m.highlightedProperty().get()).isEqualTo(-1);
    }

    @Test
    void longSentencesAreCutAndSaySo() {
        TextEncodingModel m = new TextEncodingModel("a b c d e f g h i j k l m n", 2);
        assertThat(m.getEncoding().tokens()).hasSize(TextEncodingModel.MAX_TOKENS);
        assertThat(m.getEncoding().truncated()).isTrue();
        assertThat(m.status()).contains("seuls les 12 premiers mots");
    }

    @Test
    void anEmptySentenceInvitesToType() {
        TextEncodingModel m = new TextEncodingModel("  ?! ", 4);
        assertThat(m.getEncoding().isEmpty()).isTrue();
        assertThat(m.status()).isEqualTo("Tapez une phrase pour voir son encodage.");
        m.highlight(0);
        assertThat(m.highlightedProperty().get()).isEqualTo(-1);
    }
}
