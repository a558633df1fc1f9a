package com.jobmatch.common.testing;

import io.restassured.RestAssured;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Requests whose body is sent chunked ({@code Transfer-Encoding: chunked}, no Content-Length), as a streaming client
 * sends it: body limits must hold for them as for bodies that announce their length.
 */
public final class ChunkedRequests {

    /** What the service answered. */
    public record Answer(int status, String contentType, String body) {
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private ChunkedRequests() {
    }

    /**
     * POSTs {@code prefix}, then {@code fillerBytes} bytes of {@code filler}, then {@code suffix}, streamed in chunks to
     * the service under test (RestAssured's port).
     */
    public static Answer post(String path, Map<String, String> headers, String contentType,
                              String prefix, long fillerBytes, char filler, String suffix) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(java.util.Collections.enumeration(List.of(
                        new ByteArrayInputStream(prefix.getBytes()), new Filler(fillerBytes, (byte) filler),
                        new ByteArrayInputStream(suffix.getBytes()))))));
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("no answer to the chunked request", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code size} bytes of one value, produced as they are read. */
    private static final class Filler extends InputStream {

        private final byte value;
        private long left;

        Filler(long size, byte value) {
            this.left = size;
            this.value = value;
        }

        @Override
        public int read() {
            if (left <= 0) {
                return -1;
            }
            left--;
            return value;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            java.util.Arrays.fill(buffer, offset, offset + n, value);
            left -= n;
            return n;
        }
    }
}
