package com.jobmatch.common.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Captures, in process, every log record the service writes while it is open (its own code, Quarkus, Vert.x, the
 * workers' threads): a handler on the root logger of the log manager (JBoss LogManager under Quarkus, which backs
 * java.util.logging). Records below the configured levels never reach handlers, so this sees what the service's log
 * would hold. Use it in try-with-resources around the requests and the background work they start.
 */
public final class LogCapture implements AutoCloseable {

    private final List<LogRecord> records = Collections.synchronizedList(new ArrayList<>());
    private final List<String> ignored = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Logger root = LogManager.getLogManager().getLogger("");
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            String logger = Objects.toString(record.getLoggerName(), "");
            if (ignored.stream().noneMatch(logger::startsWith)) {
                records.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private LogCapture() {
        handler.setLevel(Level.ALL);
        root.addHandler(handler);
    }

    public static LogCapture start() {
        return new LogCapture();
    }

    /**
     * Leaves out the records of loggers starting with {@code loggerPrefix}: a fake that the test runs in the same
     * process (e.g. an SMTP server) is not the service, and its log is not the service's log.
     */
    public LogCapture ignoring(String loggerPrefix) {
        ignored.add(loggerPrefix);
        return this;
    }

    public List<LogRecord> records() {
        synchronized (records) {
            return List.copyOf(records);
        }
    }

    /**
     * The whole text of a record: logger, message, parameters, and for its throwable every exception of the cause
     * chain (suppressed ones too) with its stack trace.
     */
    public static String text(LogRecord record) {
        StringBuilder text = new StringBuilder()
                .append(record.getLevel()).append(' ').append(record.getLoggerName()).append(": ")
                .append(record.getMessage());
        if (record.getParameters() != null) {
            text.append(" ").append(Arrays.stream(record.getParameters()).map(String::valueOf)
                    .collect(Collectors.joining(", ", "[", "]")));
        }
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            text.append('\n').append(trace);
        }
        return text.toString();
    }

    /** Fails naming the records that contain any of {@code secrets} (document content, passwords, tokens). */
    public void assertNoneContains(String... secrets) {
        List<String> leaks = new ArrayList<>();
        for (LogRecord record : records()) {
            String text = text(record);
            for (String secret : secrets) {
                if (secret != null && !secret.isEmpty() && text.contains(secret)) {
                    leaks.add("[" + label(secret) + "] " + abbreviate(text));
                }
            }
        }
        if (!leaks.isEmpty()) {
            fail(leaks.size() + " log records contain what must never be logged:\n" + String.join("\n", leaks));
        }
    }

    /** Fails naming the records that carry a throwable (a stack trace in the log). */
    public void assertNoStackTraces() {
        List<String> traced = records().stream().filter(r -> r.getThrown() != null)
                .map(r -> abbreviate(text(r))).toList();
        if (!traced.isEmpty()) {
            fail(traced.size() + " log records carry a stack trace:\n" + String.join("\n", traced));
        }
    }

    /** The records logged by loggers whose name starts with {@code prefix}. */
    public List<LogRecord> from(String prefix) {
        return records().stream().filter(r -> Objects.toString(r.getLoggerName(), "").startsWith(prefix)).toList();
    }

    @Override
    public void close() {
        root.removeHandler(handler);
    }

    /** The assertion message names a secret by its start only, so a failing test does not print a whole token. */
    private static String label(String secret) {
        return secret.length() <= 12 ? secret : secret.substring(0, 12) + "...";
    }

    private static String abbreviate(String text) {
        return text.length() <= 1500 ? text : text.substring(0, 1500) + " ...";
    }
}
