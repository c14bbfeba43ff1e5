package io.tierbench.classifier.satisfaction.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Decides the polarity of a feedback text by counting keyword matches. The interaction model has no polarity field,
 * so a small, configurable lexicon in English and Chinese stands in for one: crude, but predictable and explainable
 * to a shop owner, which a statistical model would not be.
 *
 * <p>Matching is case-insensitive and by substring, because Chinese has no spaces between words. An English keyword
 * (one starting with an ASCII letter) only matches at the start of a word, so {@code satisf} matches "satisfied"
 * but not "dissatisfied". Negative keywords are matched first and longest first; a later match overlapping an
 * earlier one is ignored, so 不满意 counts once, as negative, and not also as 满意.
 */
final class PolarityLexicon {

    private final List<String> positive;
    private final List<String> negative;

    /**
     * @param positive keywords of a positive text, in any case
     * @param negative keywords of a negative text, in any case
     */
    PolarityLexicon(List<String> positive, List<String> negative) {
        this.positive = longestFirst(positive);
        this.negative = longestFirst(negative);
    }

    private static List<String> longestFirst(List<String> keywords) {
        return keywords.stream().map(k -> k.toLowerCase(Locale.ROOT))
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /**
     * @param text a feedback text, may be {@code null}
     * @return positive when it has more positive than negative matches, negative when fewer, else neutral (also
     *         for an empty text)
     */
    Polarity polarity(String text) {
        if (text == null || text.isBlank()) {
            return Polarity.NEUTRAL;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        boolean[] taken = new boolean[lower.length()];
        int negatives = countMatches(negative, lower, taken);
        int positives = countMatches(positive, lower, taken);
        if (positives > negatives) {
            return Polarity.POSITIVE;
        }
        return negatives > positives ? Polarity.NEGATIVE : Polarity.NEUTRAL;
    }

    /** Counts the matches that overlap no character already taken, and takes their characters. */
    private static int countMatches(List<String> keywords, String text, boolean[] taken) {
        int count = 0;
        for (String keyword : keywords) {
            for (int at = text.indexOf(keyword); at >= 0; at = text.indexOf(keyword, at + 1)) {
                if (startsWord(keyword, text, at) && isFree(taken, at, keyword.length())) {
                    java.util.Arrays.fill(taken, at, at + keyword.length(), true);
                    count++;
                }
            }
        }
        return count;
    }

    private static boolean startsWord(String keyword, String text, int at) {
        return !isAsciiLetter(keyword.charAt(0)) || at == 0 || !isAsciiLetter(text.charAt(at - 1));
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isFree(boolean[] taken, int from, int length) {
        for (int i = from; i < from + length; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }
}
