package io.tierbench.rest.internal;

import java.io.IOException;

/** Answers one route's requests; throws {@link Problem} for any error the client should see. */
@FunctionalInterface
interface Handler {

    void handle(ApiExchange exchange) throws IOException;
}
