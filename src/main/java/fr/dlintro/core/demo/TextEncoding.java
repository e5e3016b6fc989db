package fr.dlintro.core.demo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The three steps of Fig. 7 on a French sentence: words → one-hot vectors → embedding
 * vectors. The vocabulary lists words in their order of first appearance. Embeddings are
 * not learned here: each word gets fixed pseudo-random values drawn from a hash of the
 * word, so the same word always gets the same vector, as a trained embedding table would.
 */
public final class TextEncoding {
    // an elided article or pronoun keeps its apostrophe (« l' », « qu' »), then words with inner hyphens
    private static final Pattern TOKEN = Pattern.compile("\\p{L}+'(?=\\p{L})|[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*");

    private TextEncoding() {
    }

    /** Lower-case words of the sentence, punctuation dropped; « l'arbre » gives « l' » and « arbre ». */
    public static List<String> tokenize(String sentence) {
        String s = sentence.replace('’', '\'').toLowerCase(Locale.FRENCH);
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            tokens.add(m.group());
        }
        return List.copyOf(tokens);
    }

    /** Distinct tokens in order of first appearance. */
    public static List<String> vocabulary(List<String> tokens) {
        return List.copyOf(new LinkedHashSet<>(tokens));
    }

    /** One row per token, one column per vocabulary word: 1 in the word's column, 0 elsewhere. */
    public static int[][] oneHot(List<String> tokens, List<String> vocabulary) {
        int[][] rows = new int[tokens.size()][vocabulary.size()];
        for (int i = 0; i < tokens.size(); i++) {
            int j = vocabulary.indexOf(tokens.get(i));
            if (j < 0) {
                throw new IllegalArgumentException("token not in vocabulary: " + tokens.get(i));
            }
            rows[i][j] = 1;
        }
        return rows;
    }

    /** {@code size} values in [−1, 1], rounded to two decimals, that depend only on the word. */
    public static double[] embedding(String word, int size) {
        SplittableRandom rng = new SplittableRandom(fnv1a(word));
        double[] v = new double[size];
        for (int i = 0; i < size; i++) {
            v[i] = Math.round((rng.nextDouble() * 2 - 1) * 100) / 100.0;
        }
        return v;
    }

    /** 64-bit FNV-1a over the word's UTF-8 bytes: stable across runs and JVMs, unlike identity hashes. */
    static long fnv1a(String word) {
        long h = 0xcbf29ce484222325L;
        for (byte b : word.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
