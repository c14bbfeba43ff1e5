package io.tierbench.rest.internal;

import java.io.IOException;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Serves the contributed views' files at {@code /workbench/views/*} through the OSGi HTTP Whiteboard; outside
 * {@code /api/v1} because browsers load them as modules by URL. Checks the API's sessions.
 */
@Component(service = Servlet.class, property = {
    "osgi.http.whiteboard.servlet.pattern=/workbench/views/*",
    "osgi.http.whiteboard.servlet.name=tierbench-workbench-views"})
public final class ViewServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient ViewFiles files;

    @Activate
    public ViewServlet(BundleContext context, @Reference SessionStore sessions) {
        this(new ViewFiles(new OsgiContributions(context), sessions));
    }

    /** For tests: a servlet around files set up by hand. */
    ViewServlet(ViewFiles files) {
        this.files = files;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        files.serve(request, response, request.getPathInfo());
    }
}
