package io.tierbench.classifier.lifecycle.internal;

/** The six lifecycle stages, in the order the rules are tried. */
enum Stage {
    POTENTIAL("potential"),
    WON_BACK("won-back"),
    NEW("new"),
    CHURNED("churned"),
    AT_RISK("at-risk"),
    ACTIVE("active");

    private final String key;

    Stage(String key) {
        this.key = key;
    }

    /** @return the stable label key */
    String key() {
        return key;
    }

    /** @return the number of the rule that decides this stage, 1 to 6 */
    int rule() {
        return ordinal() + 1;
    }
}
