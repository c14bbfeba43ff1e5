package io.tierbench.samples;

import static io.tierbench.samples.ShopVocabulary.FEMALE_NAME_CHARACTERS;
import static io.tierbench.samples.ShopVocabulary.MALE_NAME_CHARACTERS;
import static io.tierbench.samples.ShopVocabulary.MOBILE_PREFIXES;
import static io.tierbench.samples.ShopVocabulary.SURNAMES;

/** Chinese personal names and mobile numbers, drawn in a fixed order so that a seed always gives the same ones. */
final class People {

    private People() {
    }

    /** @return a surname and a given name of one or two characters */
    static String name(Draws draws, boolean female) {
        String[] characters = female ? FEMALE_NAME_CHARACTERS : MALE_NAME_CHARACTERS;
        String given = draws.pick(characters);
        return draws.pick(SURNAMES) + (draws.chance(0.7) ? given + draws.pick(characters) : given);
    }

    /** @return an eleven-digit mainland mobile number */
    static String mobile(Draws draws) {
        return draws.pick(MOBILE_PREFIXES) + CustomerPlanner.zeroPadded(draws.between(0, 99_999_999), 8);
    }
}
