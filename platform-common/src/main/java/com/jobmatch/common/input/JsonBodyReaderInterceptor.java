package com.jobmatch.common.input;

import com.jobmatch.common.problem.ProblemException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.IOException;

/**
 * Two rules for every JSON request body, whatever type it binds to: it must be there (an empty body or a
 * JSON {@code null} used to reach resources as a null and fail as a 500), and it must not carry an escaped
 * NUL (a backslash then u0000) anywhere, including field names and trees ({@code JsonNode}) that do not go through
 * {@link StorableStringDeserializer}.
 */
@Provider
public class JsonBodyReaderInterceptor implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!isJson(context.getMediaType())) {
            return context.proceed();
        }
        NulEscapeDetectingInputStream scanned = new NulEscapeDetectingInputStream(context.getInputStream());
        context.setInputStream(scanned);
        Object body = context.proceed();
        if (scanned.sawNulEscape()) {
            throw ProblemException.invalidField("body", TextRules.INVALID_CHARACTER_MESSAGE);
        }
        if (body == null) {
            throw ProblemException.invalidField("body", "is required: send a JSON document, not an empty body or null");
        }
        return body;
    }

    private static boolean isJson(MediaType type) {
        return type != null && ("json".equalsIgnoreCase(type.getSubtype()) || type.getSubtype().toLowerCase().endsWith("+json"));
    }
}
