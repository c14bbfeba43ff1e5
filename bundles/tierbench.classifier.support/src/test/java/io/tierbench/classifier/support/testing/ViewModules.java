package io.tierbench.classifier.support.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tierbench.api.workbench.WorkbenchView;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/** What every dashboard card of a classifier bundle must hold to: its files, and a module the workbench can load. */
public final class ViewModules {

    private ViewModules() {
    }

    /**
     * Asserts the view serves its module byte for byte and nothing outside its folder.
     *
     * @param view the view
     * @param module the module's source file, e.g. {@code src/main/resources/workbench/rfm/card.js}
     */
    public static void assertServesItsModuleAndNothingOutsideItsFolder(WorkbenchView view, Path module)
            throws IOException {
        String folder = module.getParent().getFileName().toString();
        URL served = view.resource(module.getFileName().toString());
        assertNotNull(served, "the view serves " + module.getFileName());
        try (InputStream in = served.openStream()) {
            assertArrayEquals(Files.readAllBytes(module), in.readAllBytes());
        }
        assertNull(view.resource("../" + folder + "/" + module.getFileName()));
        assertNull(view.resource("/workbench/" + folder + "/" + module.getFileName()));
        assertNull(view.resource("..\\" + module.getFileName()));
        assertNull(view.resource("missing.js"));
        assertNull(view.resource(""));
    }

    /** Asserts the module exports {@code render}, imports nothing and names no address to load from. */
    public static void assertExportsRenderAndLoadsNothing(Path module) throws IOException {
        String source = Files.readString(module);
        assertTrue(source.contains("export async function render(element, context)"), "render is exported");
        assertFalse(source.matches("(?s).*(^|\\n)\\s*import[\\s{(].*"), "no import statement");
        assertFalse(source.contains("http://") || source.contains("https://"), "no address");
    }
}
