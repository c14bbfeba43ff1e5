package io.tierbench.rest.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes a {@link Problem} as RFC 9457 problem details, with the request's path as {@code instance}. */
final class ProblemWriter {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemWriter.class);

    private ProblemWriter() {
    }

    static void write(ObjectMapper mapper, HttpServletRequest request, HttpServletResponse response, Problem problem)
            throws IOException {
        if (response.isCommitted()) {
            LOG.warn("{} {}: {} after the answer had begun", request.getMethod(), request.getRequestURI(),
                    problem.getMessage());
            return;
        }
        response.reset();
        response.setStatus(problem.status());
        response.setContentType(ApiExchange.PROBLEM_JSON);
        response.setCharacterEncoding("UTF-8");
        if (problem.status() == 401) {
            response.setHeader("WWW-Authenticate", "Session realm=\"tierbench\"");
        }
        Object errors = problem.errors().isEmpty() ? null : problem.errors().stream()
                .map(error -> Json.object("field", error.field(), "message", error.message())).toList();
        var body = Json.object("type", problem.type(), "title", problem.title(), "status", problem.status(),
                "detail", problem.getMessage(), "instance", request.getRequestURI());
        if (errors != null) {
            body.put("errors", errors);
        }
        mapper.writeValue(response.getOutputStream(), body);
    }
}
