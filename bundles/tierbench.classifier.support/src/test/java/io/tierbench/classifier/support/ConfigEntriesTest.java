package io.tierbench.classifier.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigEntriesTest {

    @Test
    void keysAreKebabCase() {
        assertEquals("champions", ConfigEntries.key("Champions"));
        assertEquals("cant-lose-them", ConfigEntries.key("Can't Lose Them"));
        assertEquals("cant-lose-them", ConfigEntries.key("Can\u2019t  lose them "));
        assertEquals("about-to-sleep", ConfigEntries.key("About To Sleep"));
        assertEquals("a-b", ConfigEntries.key("--A / B--"));
        assertEquals("高价值", ConfigEntries.key("高价值"));
    }

    @Test
    void arrayElementsAndSemicolonsBothSeparateEntries() {
        assertEquals(List.of("a: 11", "b: 12", "c: 21"), ConfigEntries.list(new String[] {"a: 11; b: 12;", " c: 21 "}));
        assertEquals(List.of(), ConfigEntries.list(null));
    }

    @Test
    void pairsAreKeyedByKebabCase() {
        List<String> problems = new ArrayList<>();
        Map<String, String> pairs = ConfigEntries.pairs("p", new String[] {"Can't Lose Them=不能失去; x", "=y"},
                problems);
        assertEquals(Map.of("cant-lose-them", "不能失去"), pairs);
        assertEquals(List.of("p entry 'x' is malformed: expected 'name=label'",
                "p entry '=y' is malformed: expected 'name=label'"), problems);
    }
}
