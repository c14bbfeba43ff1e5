package io.tierbench.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The workbench works offline: no shipped file names an http or https address outside its comments. */
class OfflineTest {

    private static final Pattern URL = Pattern.compile("https?://[^\\s'\"`)<>]*");
    /** ECharts names XML namespaces for the SVG it draws (identifiers, never fetched) and its licences in comments. */
    private static final Set<String> ECHARTS_URLS = Set.of("http://www.w3.org/1999/xlink",
            "http://www.w3.org/2000/svg", "http://www.w3.org/2000/xmlns/", "http://www.w3.org/XML/1998/namespace",
            "http://www.apache.org/licenses/LICENSE-2.0", "https://github.com/ecomfe/zrender/blob/master/LICENSE.txt");

    @Test
    void noOwnFileNamesAnAddressOutsideComments() {
        List<String> found = new ArrayList<>();
        for (Path file : ShippedWeb.files()) {
            if (file.equals(ShippedWeb.ECHARTS)) {
                continue;
            }
            String name = ShippedWeb.name(file);
            String text = ShippedWeb.read(file);
            String code = name.endsWith(".js") || name.endsWith(".css") ? SourceText.withoutComments(text)
                    : name.endsWith(".html") ? text.replaceAll("(?s)<!--.*?-->", " ") : text;
            Matcher matcher = URL.matcher(code);
            while (matcher.find()) {
                found.add(name + ": " + matcher.group());
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void eChartsNamesOnlyNamespacesAndLicences() {
        Set<String> found = new TreeSet<>();
        Matcher matcher = URL.matcher(ShippedWeb.read(ShippedWeb.ECHARTS));
        while (matcher.find()) {
            found.add(matcher.group());
        }
        assertTrue(ECHARTS_URLS.containsAll(found), "unexpected addresses in ECharts: " + found);
    }

    @Test
    void theCheckSeesAnAddressInCode() {
        Matcher matcher = URL.matcher(SourceText.withoutComments("// https://fine.example\nfetch('https://cdn.example/x.js');"));
        assertTrue(matcher.find());
        assertEquals("https://cdn.example/x.js", matcher.group());
    }
}
