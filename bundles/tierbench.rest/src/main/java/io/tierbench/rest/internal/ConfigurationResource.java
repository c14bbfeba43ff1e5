package io.tierbench.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tierbench.api.classifier.Classifier;
import java.io.IOException;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A classifier's configuration: {@code GET /classifiers/{id}/configuration} (values in force and their metatype
 * description) and {@code PUT} (validated as a whole, then applied live through Configuration Admin; keys not sent
 * are kept, a key sent as {@code null} goes back to its default). Nothing is changed unless every check passes:
 * the metatype's types and options, the {@link io.tierbench.api.config.ConfigurationValidator}s of the PID, and the
 * classifier's own {@link Classifier#withConfiguration}.
 */
final class ConfigurationResource {

    private static final Logger LOG = LoggerFactory.getLogger(ConfigurationResource.class);
    /** Keys that Configuration Admin, DS and FileInstall set: never shown, never changed through the API. */
    private static final List<String> FRAMEWORK_PREFIXES = List.of("service.", "component.", "felix.fileinstall.");

    private final Plugins plugins;
    private final Supplier<ConfigurationStore> store;
    private final ConfigurationValidators validators;

    /** @param store Configuration Admin, {@code null} inside while it is not installed */
    ConfigurationResource(Plugins plugins, Supplier<ConfigurationStore> store, ConfigurationValidators validators) {
        this.plugins = plugins;
        this.store = store;
        this.validators = validators;
    }

    /** The classifier whose configuration is asked for, and the metatype description of its PID (or null). */
    private record Target(Plugins.InstalledClassifier classifier, Plugins.ConfigurationDescription description) {

        String pid() {
            return classifier.pid();
        }

        List<Plugins.AttributeDescription> attributes() {
            return description == null ? List.of() : description.attributes();
        }
    }

    void get(ApiExchange exchange) throws IOException {
        Target target = target(exchange);
        exchange.respond(200, json(target, configurationStore().properties(target.pid())));
    }

    void put(ApiExchange exchange) throws IOException {
        Target target = target(exchange);
        ConfigurationStore configurations = configurationStore();
        Map<String, String> sent = sent(exchange.jsonBody());
        List<Problem.FieldError> errors = metatypeErrors(target, sent);
        Map<String, Object> merged = new LinkedHashMap<>(configurations.properties(target.pid()));
        sent.forEach((key, value) -> {
            if (value == null) {
                merged.remove(key);
            } else {
                merged.put(key, value);
            }
        });
        Set<String> keys = new LinkedHashSet<>(sent.keySet());
        target.attributes().forEach(attribute -> keys.add(attribute.id()));
        if (errors.isEmpty()) {
            for (String message : validators.validate(target.pid(), visible(merged))) {
                errors.add(new Problem.FieldError(SettingChecks.fieldOf(message, keys, "properties"), message));
            }
        }
        if (errors.isEmpty()) {
            classifierError(target.classifier().id(), sent)
                    .ifPresent(message -> errors.add(new Problem.FieldError(SettingChecks.fieldOf(message, keys,
                            "properties"), message)));
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid("the configuration " + target.pid() + " was not changed: " + errors.stream()
                    .map(error -> error.field() + ": " + error.message()).collect(Collectors.joining("; ")), errors);
        }
        configurations.update(target.pid(), merged);
        LOG.info("Configuration {} changed through the workbench by '{}': {}", target.pid(), exchange.user().name(),
                sent);
        exchange.respond(200, json(target, configurations.properties(target.pid())));
    }

    private Target target(ApiExchange exchange) {
        String id = exchange.path("id");
        String language = "zh".equals(exchange.query("lang")) ? "zh" : "en";
        Plugins.InstalledClassifier classifier = plugins.classifiers(language).stream()
                .filter(installed -> installed.id().equals(id)).findFirst()
                .orElseThrow(() -> Problem.notFound("no classifier with id '" + id + "' is installed"));
        Plugins.ConfigurationDescription description = classifier.descriptions().stream()
                .filter(candidate -> candidate.pid().equals(classifier.pid())).findFirst().orElse(null);
        return new Target(classifier, description);
    }

    private ConfigurationStore configurationStore() {
        ConfigurationStore configurations = store.get();
        if (configurations == null) {
            throw Problem.unavailable("Configuration Admin is not installed");
        }
        return configurations;
    }

    /** @return the settings sent, as text; {@code null} for a key to take back to its default */
    private static Map<String, String> sent(ObjectNode body) {
        JsonNode properties = body.get("properties");
        if (properties == null || !properties.isObject()) {
            throw Problem.badRequest("properties", "required: an object of setting: value");
        }
        Map<String, String> sent = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : properties.properties()) {
            JsonNode value = entry.getValue();
            if (value.isNull()) {
                sent.put(entry.getKey(), null);
            } else if (value.isValueNode()) {
                sent.put(entry.getKey(), value.asText());
            } else if (value.isArray() && allValues(value)) {
                List<String> entries = new ArrayList<>();
                value.forEach(element -> entries.add(element.asText()));
                sent.put(entry.getKey(), String.join("; ", entries));
            } else {
                throw Problem.badRequest(entry.getKey(), "expected text, a number, true or false, or null");
            }
        }
        return sent;
    }

    private static boolean allValues(JsonNode array) {
        for (JsonNode element : array) {
            if (!element.isValueNode() || element.isNull()) {
                return false;
            }
        }
        return true;
    }

    private static List<Problem.FieldError> metatypeErrors(Target target, Map<String, String> sent) {
        Map<String, Plugins.AttributeDescription> attributes = new LinkedHashMap<>();
        target.attributes().forEach(attribute -> attributes.put(attribute.id(), attribute));
        List<Problem.FieldError> errors = new ArrayList<>();
        sent.forEach((key, value) -> {
            Plugins.AttributeDescription attribute = attributes.get(key);
            if (framework(key)) {
                errors.add(new Problem.FieldError(key, "set by the framework, not a setting"));
            } else if (attribute == null && target.description() != null) {
                errors.add(new Problem.FieldError(key, "not a setting of " + target.pid() + "; its settings: "
                        + String.join(", ", attributes.keySet())));
            } else if (attribute != null && value != null) {
                SettingChecks.check(attribute, value).forEach(problem -> errors.add(new Problem.FieldError(key,
                        problem)));
            }
        });
        return errors;
    }

    /** @return the classifier's refusal of the changed settings, if it refuses them */
    private Optional<String> classifierError(String id, Map<String, String> sent) {
        Map<String, Object> changes = new LinkedHashMap<>();
        sent.forEach((key, value) -> {
            if (value != null) {
                changes.put(key, value);
            }
        });
        try (Plugins.Held<Classifier> classifier = plugins.classifier(id).orElseThrow(() -> Problem.notFound(
                "the classifier " + id + " went away"))) {
            classifier.service().withConfiguration(changes);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static Map<String, Object> json(Target target, Map<String, Object> stored) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (Plugins.AttributeDescription attribute : target.attributes()) {
            if (!attribute.defaults().isEmpty()) {
                properties.put(attribute.id(), String.join("; ", attribute.defaults()));
            }
        }
        visible(stored).forEach((key, value) -> properties.put(key, text(value)));
        List<Map<String, Object>> attributes = target.attributes().stream().map(attribute -> Json.object(
                "id", attribute.id(), "name", attribute.name(), "description", attribute.description(),
                "type", attribute.type(), "cardinality", attribute.cardinality(), "required", attribute.required(),
                "default", attribute.defaults().isEmpty() ? null : String.join("; ", attribute.defaults()),
                "options", attribute.options().stream().map(option -> Json.object("value", option.value(),
                        "label", option.label())).toList())).toList();
        return Json.object("classifier", target.classifier().id(), "pid", target.pid(),
                "name", target.description() == null ? target.classifier().name() : target.description().name(),
                "description", target.description() == null ? null : target.description().description(),
                "properties", properties, "attributes", attributes);
    }

    private static Map<String, Object> visible(Map<String, Object> properties) {
        Map<String, Object> visible = new LinkedHashMap<>();
        properties.forEach((key, value) -> {
            if (!framework(key)) {
                visible.put(key, value);
            }
        });
        return visible;
    }

    private static boolean framework(String key) {
        return FRAMEWORK_PREFIXES.stream().anyMatch(key::startsWith);
    }

    /** @return a stored value as the text a {@code .cfg} file holds; arrays and lists joined with {@code ; } */
    static String text(Object value) {
        if (value != null && value.getClass().isArray()) {
            List<String> entries = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                entries.add(String.valueOf(Array.get(value, i)));
            }
            return String.join("; ", entries);
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(String::valueOf).collect(Collectors.joining("; "));
        }
        return value == null ? null : String.valueOf(value);
    }
}
