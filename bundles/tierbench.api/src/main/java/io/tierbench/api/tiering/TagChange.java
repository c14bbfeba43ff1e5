package io.tierbench.api.tiering;

import java.util.List;
import java.util.Objects;

/**
 * How the holders of one rule tag would change in a dry run.
 *
 * @param tag the tag's qualified name ({@code group/name}, or the name)
 * @param gained customer ids that would get the tag, in order
 * @param lost customer ids that would lose it, in order
 * @since 1.0
 */
public record TagChange(String tag, List<String> gained, List<String> lost) {

    public TagChange {
        Objects.requireNonNull(tag, "tag");
        gained = List.copyOf(gained);
        lost = List.copyOf(lost);
    }
}
