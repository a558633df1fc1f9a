package com.jobmatch.user.mail;

import com.jobmatch.user.config.MailConfig;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The production path: a message really goes over SMTP (to a minimal SMTP server in this test). */
class SmtpMailSenderTest {

    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void close() {
        vertx.close();
    }

    @Test
    void sendsTheMessageOverSmtp() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            CompletableFuture<String> received = CompletableFuture.supplyAsync(() -> converse(server));
            new SmtpMailSender(vertx, config(server.getLocalPort()))
                    .send(new MailMessage("someone@example.test", "Reset your password", "Token: abc"));
            String transcript = received.get(20, TimeUnit.SECONDS);
            assertTrue(transcript.contains("RCPT TO:<someone@example.test>"), transcript);
            assertTrue(transcript.contains("Subject: Reset your password"), transcript);
            assertTrue(transcript.contains("Token: abc"), transcript);
        }
    }

    /** Speaks just enough SMTP to accept one message; returns what the client sent up to its end. */
    private static String converse(ServerSocket server) {
        StringBuilder transcript = new StringBuilder();
        try (Socket socket = server.accept();
             BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8)) {
            out.print("220 test ESMTP\r\n");
            out.flush();
            boolean inData = false;
            String line;
            while ((line = in.readLine()) != null) {
                transcript.append(line).append('\n');
                if (inData) {
                    if (line.equals(".")) {
                        // the client keeps the connection for reuse: one accepted message is enough
                        reply(out, "250 queued");
                        break;
                    }
                } else if (line.startsWith("EHLO") || line.startsWith("HELO")) {
                    reply(out, "250 test");
                } else if (line.startsWith("DATA")) {
                    inData = true;
                    reply(out, "354 go ahead");
                } else if (line.startsWith("QUIT")) {
                    reply(out, "221 bye");
                    break;
                } else {
                    reply(out, "250 ok");
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return transcript.toString();
    }

    private static void reply(PrintWriter out, String line) {
        out.print(line + "\r\n");
        out.flush();
    }

    private static MailConfig config(int port) {
        return new MailConfig() {
            public boolean mock() { return false; }
            public Optional<String> host() { return Optional.of("127.0.0.1"); }
            public int port() { return port; }
            public Optional<String> username() { return Optional.empty(); }
            public Optional<String> password() { return Optional.empty(); }
            public boolean startTls() { return false; }
            public String from() { return "JobMatch <no-reply@jobmatch.local>"; }
            public String linkBaseUrl() { return "http://localhost:3000"; }
        };
    }
}
