package io.tierbench.rest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The API's routes, matched in the order added: a literal segment added before a template segment wins
 * ({@code /runs/requests/{id}} before {@code /runs/{id}}).
 */
final class Router {

    /** A route and the path parameters it matched. */
    record Match(Route route, Map<String, String> parameters) {
    }

    private final List<Route> routes = new ArrayList<>();

    Router add(String method, String template, Route.Access access, Handler handler) {
        routes.add(new Route(method, template, access, handler));
        return this;
    }

    /**
     * @param method the request's method
     * @param path the path below {@code /api/v1}
     * @return the matching route
     * @throws Problem 404 when no route has the path, 405 when routes have it but not with the method
     */
    Match match(String method, String path) {
        List<String> segments = Route.segments(path);
        boolean pathKnown = false;
        for (Route route : routes) {
            Map<String, String> parameters = route.match(segments);
            if (parameters != null) {
                if (route.method().equals(method)) {
                    return new Match(route, parameters);
                }
                pathKnown = true;
            }
        }
        throw pathKnown ? Problem.methodNotAllowed(method, path) : Problem.noRoute(method, path);
    }

    /** @return every route, in the order added */
    List<Route> routes() {
        return List.copyOf(routes);
    }
}
