package io.tierbench.classifier.satisfaction.internal;

/** Counted nouns for explanations and summaries. */
final class Words {

    private Words() {
    }

    /** @return e.g. {@code 1 answer}, {@code 3 answers} */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
