package io.tierbench.engine.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The classifier ids a configuration leaves out of runs. */
record DisabledClassifiers(Set<String> ids) {

    static final DisabledClassifiers NONE = new DisabledClassifiers(Set.of());

    DisabledClassifiers {
        ids = Set.copyOf(ids);
    }

    /** @param text ids separated by ';' or ',', blanks ignored */
    static DisabledClassifiers parse(String text) {
        if (text == null) {
            return NONE;
        }
        return new DisabledClassifiers(Arrays.stream(text.split("[;,]")).map(String::strip)
                .filter(id -> !id.isEmpty()).collect(Collectors.toSet()));
    }

    /** @return the handles whose classifier is not disabled, in their order */
    List<ClassifierHandle> filter(List<ClassifierHandle> handles) {
        return handles.stream().filter(handle -> !ids.contains(handle.identity().id())).toList();
    }
}
