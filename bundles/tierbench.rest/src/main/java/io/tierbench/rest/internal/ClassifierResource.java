package io.tierbench.rest.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/** {@code GET /classifiers}: the installed classifiers, their configuration and its metatype description. */
final class ClassifierResource {

    private final Plugins plugins;

    ClassifierResource(Plugins plugins) {
        this.plugins = plugins;
    }

    void list(ApiExchange exchange) throws IOException {
        String language = "zh".equals(exchange.query("lang")) ? "zh" : "en";
        List<Map<String, Object>> items = plugins.classifiers(language).stream()
                .map(classifier -> Json.object("id", classifier.id(), "name", classifier.name(),
                        "version", classifier.version(), "pid", classifier.pid(),
                        "configuration", classifier.configuration(),
                        "metatype", classifier.descriptions()))
                .toList();
        exchange.respond(200, Json.object("items", items, "total", items.size()));
    }
}
