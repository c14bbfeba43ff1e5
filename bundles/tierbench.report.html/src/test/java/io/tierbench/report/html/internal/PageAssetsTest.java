package io.tierbench.report.html.internal;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PageAssetsTest {

    @Test
    void theBundleCarriesEchartsFromItsWebJar() {
        PageAssets assets = PageAssets.load();

        // echarts.min.js 5.3.1 as the WebJar ships it: about 1 MB, with its version string inside.
        assertTrue(assets.echarts().length() > 900_000, "echarts.min.js length " + assets.echarts().length());
        assertTrue(assets.echarts().contains("\"5.3.1\""), "ECharts 5.3.1");
        assertTrue(assets.script().contains("renderer: 'svg'"));
        assertTrue(assets.style().contains(".chart"));
    }

    @Test
    void codeThatWouldEndItsElementEarlyIsRefused() {
        assertThrows(IllegalStateException.class, () -> new PageAssets("var a = '</SCRIPT>';", "", ""));
        assertThrows(IllegalStateException.class, () -> new PageAssets("", "", "a::after { content: '</style>' }"));
    }
}
