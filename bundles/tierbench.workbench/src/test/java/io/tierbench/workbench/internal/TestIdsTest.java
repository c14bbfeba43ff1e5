package io.tierbench.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The {@code data-testid}s that README promises to browser tests are in the page's code, and every literal test id
 * in the code is listed in README.
 */
class TestIdsTest {

    private static final Pattern LISTED = Pattern.compile("`([a-z<][a-z0-9-]*(?:<[a-z]+>)?[a-z0-9-]*)`");
    private static final Pattern LITERAL = Pattern.compile("'data-testid':\\s*'([^']+)'");

    @Test
    void everyListedIdIsInTheCode() throws Exception {
        String code = allCode();
        List<String> missing = new ArrayList<>();
        for (String id : listed()) {
            int placeholder = id.indexOf('<');
            boolean found = placeholder < 0 ? code.contains("'" + id + "'")
                    : Pattern.compile("`" + Pattern.quote(id.substring(0, placeholder)) + "\\$\\{[^}]+\\}"
                            + Pattern.quote(id.substring(id.indexOf('>') + 1)) + "`").matcher(code).find();
            if (!found) {
                missing.add(id);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyLiteralIdInTheCodeIsListed() throws Exception {
        Set<String> listed = listed();
        Set<String> unlisted = new TreeSet<>();
        Matcher matcher = LITERAL.matcher(allCode());
        while (matcher.find()) {
            if (!listed.contains(matcher.group(1))) {
                unlisted.add(matcher.group(1));
            }
        }
        assertEquals(Set.of(), unlisted);
        assertTrue(listed.size() > 100, "listed: " + listed.size());
    }

    private static Set<String> listed() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("<!-- test ids:"), readme.indexOf("<!-- end of test ids -->"));
        Set<String> ids = new TreeSet<>();
        for (String line : section.split("\n")) {
            if (!line.startsWith("- ")) {
                continue;
            }
            Matcher matcher = LISTED.matcher(line);
            while (matcher.find()) {
                ids.add(matcher.group(1));
            }
        }
        return ids;
    }

    private static String allCode() {
        return ShippedWeb.files().stream().filter(file -> !file.equals(ShippedWeb.ECHARTS))
                .filter(file -> file.toString().endsWith(".js") || file.toString().endsWith(".html"))
                .map(file -> {
                    String text = ShippedWeb.read(file);
                    return file.toString().endsWith(".js") ? SourceText.withoutComments(text)
                            : text.replace('"', '\'');
                })
                .collect(Collectors.joining("\n"));
    }
}
