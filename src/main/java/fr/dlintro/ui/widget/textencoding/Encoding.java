package fr.dlintro.ui.widget.textencoding;

import java.util.List;

/**
 * One sentence through the three steps of Fig. 7.
 *
 * @param tokens     the words kept (at most {@link TextEncodingModel#MAX_TOKENS})
 * @param vocabulary distinct tokens in order of first appearance
 * @param oneHot     (tokens, vocabulary), one 1 per row
 * @param embeddings (tokens, embedding size), the same row for the same word
 * @param truncated  whether the sentence had more words than were kept
 */
public record Encoding(List<String> tokens, List<String> vocabulary, int[][] oneHot, double[][] embeddings,
        boolean truncated) {
    public boolean isEmpty() {
        return tokens.isEmpty();
    }

    /** Index of a token's word in the vocabulary (the column of its 1). */
    public int vocabularyIndex(int token) {
        return vocabulary.indexOf(tokens.get(token));
    }
}
