package io.tierbench.classifier.rfm.internal;

import java.util.List;

/**
 * One named segment of the RFM grid.
 *
 * @param name the English name as configured, e.g. {@code Can't Lose Them}
 * @param key the stable label key, the name in kebab case, e.g. {@code cant-lose-them}
 * @param cells the grid cells as configured, each two digits: the R score then the FM score
 */
record Segment(String name, String key, List<String> cells) {

    Segment {
        cells = List.copyOf(cells);
    }

    /** @return the entry as it is written in configuration, e.g. {@code Champions: 55 54 45} */
    String entry() {
        return name + ": " + String.join(" ", cells);
    }
}
