package com.jobmatch.common.problem;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.io.IOException;
import java.util.List;

/**
 * A multipart body that ends early or has no usable boundary makes the REST layer's form parser throw a
 * plain IOException; that is the client's mistake (400), not ours. Any other IOException stays a 500.
 */
public class MalformedBodyMapper {

    private static final List<String> FORM_PARSERS = List.of(
            "org.jboss.resteasy.reactive.server.core.multipart.",
            "org.jboss.resteasy.reactive.server.handlers.FormBodyHandler");

    @ServerExceptionMapper
    public Response io(IOException e) {
        if (thrownByFormParser(e)) {
            return Problems.response(400, "Invalid request", "body: the multipart body is malformed or incomplete",
                    List.of(new FieldError("body", "the multipart body is malformed or incomplete")));
        }
        return UnexpectedErrorMapper.serverError(e);
    }

    private static boolean thrownByFormParser(IOException e) {
        StackTraceElement[] trace = e.getStackTrace();
        for (int i = 0; i < Math.min(3, trace.length); i++) {
            String where = trace[i].getClassName();
            if (FORM_PARSERS.stream().anyMatch(where::startsWith)) {
                return true;
            }
        }
        return false;
    }
}
