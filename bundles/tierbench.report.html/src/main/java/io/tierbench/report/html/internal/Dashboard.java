package io.tierbench.report.html.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the page shows, read from the repositories: counts and shares, labels, and the classifiers' names,
 * versions and failure messages; never a customer's name or contact data, and no customer id of the report's own
 * making.
 *
 * @param header the run's facts, see {@link RunHeader}; values may be {@code null}
 * @param sections the sections in page order, shown or left out
 */
record Dashboard(Map<String, Object> header, List<Section> sections) {

    Dashboard {
        header = Collections.unmodifiableMap(new LinkedHashMap<>(header));
        sections = List.copyOf(sections);
    }
}
