package io.tierbench.api.workbench;

import java.net.URL;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A view contributed to the workbench, described by its service properties ({@link WorkbenchViewService}). The
 * workbench serves the view's static files at {@code /workbench/views/<id>/<path>} from {@link #resource(String)}, so
 * a contributing bundle needs no HTTP service of its own. The view's module (an ECMAScript module) exports
 * {@code render(element, context)}, where context gives the language ({@code en} or {@code zh}), the latest run id, the
 * customer id for a customer tab, a {@code fetch} bound to the REST API with the session's CSRF token, and
 * {@code echarts} when the page has it.
 *
 * @since 1.0
 */
@ConsumerType
public interface WorkbenchView {

    /**
     * @param path a path below the view's folder, e.g. {@code card.js}; never absolute, never containing {@code ..}
     * @return the file, or {@code null} when the view has none at that path
     */
    URL resource(String path);

    /**
     * Reads a view's files from a folder of the contributing bundle's class path.
     *
     * @param owner a class of the contributing bundle
     * @param folder the folder, e.g. {@code /workbench/rfm}
     * @param path the path asked for
     * @return the file, or {@code null} when there is none or the path tries to leave the folder
     */
    static URL bundled(Class<?> owner, String folder, String path) {
        if (path == null || path.isEmpty() || path.startsWith("/") || path.contains("..") || path.contains("\\")) {
            return null;
        }
        return owner.getResource(folder + "/" + path);
    }
}
