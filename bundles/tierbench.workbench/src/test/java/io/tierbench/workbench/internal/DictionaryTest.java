package io.tierbench.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The English and Chinese dictionaries say the same things, and every key the modules ask for is in them. */
class DictionaryTest {

    /** t('key' …) */
    private static final Pattern LITERAL_KEY = Pattern.compile("\\bt\\(\\s*'([^']+)'");
    /** t(`prefix.${…}`…) */
    private static final Pattern TEMPLATE_KEY = Pattern.compile("\\bt\\(\\s*`([^`$]+)\\$\\{");
    /** any 'section.key' literal, such as the branches of t(a ? 'x.y' : 'x.z') */
    private static final Pattern KEY_LIKE = Pattern.compile("'([a-z]+(?:\\.[a-zA-Z]+)+)'");

    @Test
    void bothLanguagesHaveTheSameKeysAndNoEmptyText() throws IOException {
        Map<String, String> english = dictionary("en");
        Map<String, String> chinese = dictionary("zh");
        assertEquals(english.keySet(), chinese.keySet());
        for (Map<String, String> dictionary : List.of(english, chinese)) {
            dictionary.forEach((key, text) -> assertTrue(!text.isBlank(), key + " is empty"));
        }
        assertTrue(english.size() > 150, "keys: " + english.size());
    }

    @Test
    void placeholdersAreTheSameInBothLanguages() throws IOException {
        Map<String, String> english = dictionary("en");
        Map<String, String> chinese = dictionary("zh");
        List<String> differing = new ArrayList<>();
        for (String key : english.keySet()) {
            if (!placeholders(english.get(key)).equals(placeholders(chinese.get(key)))) {
                differing.add(key);
            }
        }
        assertEquals(List.of(), differing);
    }

    @Test
    void theChineseDictionaryIsChinese() throws IOException {
        Map<String, String> chinese = dictionary("zh");
        long withHan = chinese.values().stream()
                .filter(text -> text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                .count();
        // Only names that stay as they are (CSV, JSON, NPS, SKU) may lack Chinese characters.
        assertTrue(withHan >= chinese.size() - 6, withHan + " of " + chinese.size());
    }

    @Test
    void everyKeyTheModulesAskForExists() throws IOException {
        Set<String> keys = dictionary("en").keySet();
        Set<String> sections = new TreeSet<>();
        keys.forEach(key -> sections.add(key.substring(0, key.indexOf('.'))));
        Set<String> missing = new TreeSet<>();
        for (Path module : ShippedWeb.modules()) {
            String code = SourceText.withoutComments(ShippedWeb.read(module));
            Matcher literal = LITERAL_KEY.matcher(code);
            while (literal.find()) {
                if (!keys.contains(literal.group(1))) {
                    missing.add(ShippedWeb.name(module) + ": " + literal.group(1));
                }
            }
            Matcher keyLike = KEY_LIKE.matcher(code);
            while (keyLike.find()) {
                String key = keyLike.group(1);
                if (sections.contains(key.substring(0, key.indexOf('.'))) && !key.endsWith(".js")
                        && !keys.contains(key)) {
                    missing.add(ShippedWeb.name(module) + ": " + key);
                }
            }
            Matcher template = TEMPLATE_KEY.matcher(code);
            while (template.find()) {
                String prefix = template.group(1);
                if (keys.stream().noneMatch(key -> key.startsWith(prefix))) {
                    missing.add(ShippedWeb.name(module) + ": " + prefix + "*");
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void theKeysBuiltFromValuesAllExist() throws IOException {
        Set<String> keys = dictionary("en").keySet();
        // The keys that modules build from values: pages, roles, run states, report choices, import kinds.
        for (String key : List.of("nav.dashboard", "nav.customers", "nav.customer", "nav.classifiers", "nav.runs",
                "nav.imports", "nav.plugins", "nav.view", "role.admin", "role.analyst", "role.viewer",
                "runs.status.queued", "runs.status.running", "runs.status.finished", "runs.status.failed",
                "reports.generator.html", "reports.generator.xlsx", "reports.generator.csv", "reports.generator.json",
                "reports.content.table", "reports.content.contact", "reports.content.winback",
                "imports.kind.auto", "imports.kind.customers", "imports.kind.orders", "imports.kind.interactions",
                "imports.kind.tags", "imports.count.rows", "imports.count.customersCreated")) {
            assertTrue(keys.contains(key), key);
        }
    }

    static Map<String, String> dictionary(String language) throws IOException {
        JsonNode root = new ObjectMapper().readTree(ShippedWeb.ROOT.resolve("i18n/" + language + ".json").toFile());
        Map<String, String> texts = new LinkedHashMap<>();
        root.fields().forEachRemaining(entry -> {
            assertTrue(entry.getValue().isTextual(), entry.getKey() + " is not text");
            texts.put(entry.getKey(), entry.getValue().asText());
        });
        return texts;
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = Pattern.compile("\\{(\\w+)\\}").matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
