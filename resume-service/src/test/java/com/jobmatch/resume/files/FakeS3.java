package com.jobmatch.resume.files;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Just enough of the S3 REST API (path-style PUT, GET, DELETE of objects) to test our S3 storage without
 * AWS: objects live in memory, requests without SigV4 credentials are refused, aws-chunked bodies are decoded.
 */
final class FakeS3 implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, byte[]> objects = new ConcurrentHashMap<>();
    private final String accessKey;

    FakeS3(String accessKey) throws IOException {
        this.accessKey = accessKey;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    Map<String, byte[]> objects() {
        return objects;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !auth.startsWith("AWS4-HMAC-SHA256 Credential=" + accessKey + "/")) {
            respond(exchange, 403, "<Error><Code>AccessDenied</Code></Error>".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String path = exchange.getRequestURI().getPath();
        switch (exchange.getRequestMethod()) {
            case "PUT" -> {
                objects.put(path, body(exchange));
                exchange.getResponseHeaders().add("ETag", "\"fake\"");
                respond(exchange, 200, new byte[0]);
            }
            case "GET" -> {
                byte[] object = objects.get(path);
                if (object == null) {
                    respond(exchange, 404, "<Error><Code>NoSuchKey</Code><Message>missing</Message></Error>".getBytes(StandardCharsets.UTF_8));
                } else {
                    respond(exchange, 200, object);
                }
            }
            case "DELETE" -> {
                objects.remove(path);
                respond(exchange, 204, null);
            }
            default -> respond(exchange, 405, new byte[0]);
        }
    }

    private static byte[] body(HttpExchange exchange) throws IOException {
        byte[] raw = exchange.getRequestBody().readAllBytes();
        String sha = exchange.getRequestHeaders().getFirst("x-amz-content-sha256");
        String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
        boolean chunked = (sha != null && sha.startsWith("STREAMING-")) || (encoding != null && encoding.contains("aws-chunked"));
        return chunked ? decodeAwsChunked(raw) : raw;
    }

    /** aws-chunked: "<hex size>[;chunk-signature=...]\r\n<data>\r\n" repeated, ending with a 0-size chunk and trailers. */
    private static byte[] decodeAwsChunked(byte[] raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InputStream in = new java.io.ByteArrayInputStream(raw);
        while (true) {
            String header = line(in);
            int size = Integer.parseInt(header.split(";")[0].trim(), 16);
            if (size == 0) {
                return out.toByteArray();
            }
            out.write(in.readNBytes(size));
            line(in);
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body == null ? -1 : body.length);
        if (body != null && body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
