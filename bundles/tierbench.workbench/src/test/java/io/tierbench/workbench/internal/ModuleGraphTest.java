package io.tierbench.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The page loads only files the bundle ships: the HTML's scripts and styles, and every module's imports, resolve to
 * shipped files, and every shipped module is reached from the page.
 */
class ModuleGraphTest {

    /** import … from '…', export … from '…', import '…', import('…') with a literal. */
    private static final Pattern IMPORT = Pattern.compile(
            "\\b(?:import|export)\\s*(?:[\\w*{}\\s,]+?\\s*from\\s*)?['\"]([^'\"]+)['\"]"
                    + "|\\bimport\\(\\s*['\"]([^'\"]+)['\"]\\s*\\)");

    @Test
    void theImportPatternReadsEveryForm() {
        String js = "import {a, b} from './a.js';\nimport * as c from \"../c.js\";\nexport {d} from './d.js';\n"
                + "import './e.js';\nconst f = await import('./f.js');\nexport const g = 1;\nimport(moduleUrl(v));";
        assertEquals(List.of("./a.js", "../c.js", "./d.js", "./e.js", "./f.js"), specifiers(js));
    }

    @Test
    void theHtmlReferencesOnlyShippedFiles() {
        Document page = Jsoup.parse(ShippedWeb.read(ShippedWeb.ROOT.resolve("index.html")));
        List<String> references = new ArrayList<>();
        for (Element element : page.select("[src], [href]")) {
            references.add(element.hasAttr("src") ? element.attr("src") : element.attr("href"));
        }
        assertEquals(List.of("data:,", "app.css", "lib/echarts.min.js", "js/app.js"), references);
        for (String reference : references.subList(1, references.size())) {
            assertTrue(Files.isRegularFile(ShippedWeb.ROOT.resolve(reference)), reference + " is not shipped");
        }
        Element echarts = page.selectFirst("script[src=lib/echarts.min.js]");
        assertTrue(!echarts.hasAttr("type"), "ECharts is a classic script, so that window.echarts exists");
        assertEquals("module", page.selectFirst("script[src=js/app.js]").attr("type"));
    }

    @Test
    void everyImportResolvesToAShippedModuleAndEveryModuleIsUsed() {
        Set<Path> reached = new HashSet<>();
        List<Path> pending = new ArrayList<>(List.of(ShippedWeb.ROOT.resolve("js/app.js").normalize()));
        List<String> problems = new ArrayList<>();
        while (!pending.isEmpty()) {
            Path module = pending.remove(pending.size() - 1);
            if (!reached.add(module)) {
                continue;
            }
            for (String specifier : specifiers(SourceText.withoutComments(ShippedWeb.read(module)))) {
                if (!specifier.startsWith("./") && !specifier.startsWith("../")) {
                    problems.add(ShippedWeb.name(module) + " imports '" + specifier + "', which is not relative");
                    continue;
                }
                Path target = module.getParent().resolve(specifier).normalize();
                if (!target.startsWith(ShippedWeb.ROOT.normalize()) || !Files.isRegularFile(target)) {
                    problems.add(ShippedWeb.name(module) + " imports '" + specifier + "', which is not shipped");
                } else {
                    pending.add(target);
                }
            }
        }
        assertEquals(List.of(), problems);
        Set<Path> shipped = new HashSet<>(ShippedWeb.modules().stream().map(Path::normalize).toList());
        shipped.removeAll(reached);
        assertEquals(Set.of(), shipped, "modules that nothing imports");
        assertTrue(reached.size() >= 15, "the page's modules: " + reached.size());
    }

    static List<String> specifiers(String js) {
        List<String> found = new ArrayList<>();
        Matcher matcher = IMPORT.matcher(js);
        while (matcher.find()) {
            found.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
        }
        return found;
    }
}
