package com.jobmatch.matching.fetch;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.Timeout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Every GET of a URL this service did not write itself (job-source APIs, career pages, pages people bring) goes
 * through here. Only http(s) URLs without credentials in them; only public addresses, checked on what DNS answers when
 * connecting ({@link GuardedDnsResolver}) and for every redirect, which are followed here one by one rather than by
 * the client; no proxy from the environment, no cookies, no authentication cache; headers given for the URL's origin
 * (an API key) are never sent to another origin a redirect leads to. Each request has a connect, a read and a total
 * time limit (a server dripping a byte now and then is cut off at the total), a size limit, and the body is read
 * only when its media type is one the caller accepts.
 */
@ApplicationScoped
public class SafeFetcher {

    /** An error answer is read for its message only. */
    private static final int ERROR_BODY_BYTES = 64 * 1024;

    private final AddressPolicy policy;
    private final FetchConfig config;
    private final CloseableHttpClient client;
    private final ScheduledExecutorService deadlines;

    public SafeFetcher(AddressPolicy policy, FetchConfig config) {
        this.policy = policy;
        this.config = config;
        this.deadlines = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("fetch-deadlines").factory());
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new GuardedDnsResolver(policy))
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(config.connectTimeout()))
                                .setSocketTimeout(Timeout.of(config.readTimeout())).build())
                        .setMaxConnTotal(50).setMaxConnPerRoute(5)
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(config.readTimeout()))
                        .setConnectionRequestTimeout(Timeout.of(config.connectTimeout())).build())
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableAutomaticRetries()
                .disableContentCompression()
                .setUserAgent(config.userAgent())
                .build();
    }

    @PreDestroy
    void close() throws IOException {
        client.close();
        deadlines.shutdownNow();
    }

    /**
     * GETs the URL, following redirects. Throws {@link FetchRefused} for what this service will not fetch or read
     * and {@link FetchFailed} when the other end could not be reached; any HTTP status is otherwise an answer.
     */
    public Fetched get(FetchRequest request) {
        long deadline = System.nanoTime() + config.totalTimeout().toNanos();
        URI uri = checked(request.uri(), "the URL");
        String origin = origin(uri);
        for (int redirects = 0; ; redirects++) {
            checkAddresses(uri);
            Map<String, String> headers = origin(uri).equals(origin) ? request.originHeaders() : Map.of();
            Answer answer = execute(uri, headers, request, deadline);
            if (answer.redirect() == null) {
                return answer.fetched();
            }
            if (redirects >= config.maxRedirects()) {
                throw new FetchRefused("more than " + config.maxRedirects() + " redirects");
            }
            uri = checked(uri.resolve(answer.redirect()), "a redirect");
        }
    }

    private record Answer(Fetched fetched, URI redirect) {
    }

    private Answer execute(URI uri, Map<String, String> headers, FetchRequest request, long deadline) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw tooSlow();
        }
        HttpGet get = new HttpGet(uri);
        headers.forEach(get::setHeader);
        get.setHeader("Accept", String.join(", ", request.acceptedTypes().stream()
                .map(t -> t.startsWith("+") ? "*/*" : t).distinct().sorted().toList()));
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> cutOff = deadlines.schedule(() -> {
            timedOut.set(true);
            get.cancel();
        }, remaining, TimeUnit.NANOSECONDS);
        try {
            return client.execute(get, response -> read(get, uri, response, request));
        } catch (FetchRefused e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            if (timedOut.get()) {
                throw tooSlow();
            }
            Optional<GuardedDnsResolver.AddressRefused> refused = cause(e, GuardedDnsResolver.AddressRefused.class);
            if (refused.isPresent()) {
                throw new FetchRefused(refused.get().getMessage());
            }
            if (cause(e, java.net.SocketTimeoutException.class).isPresent()) {
                throw new FetchRefused(uri.getHost() + " did not answer within " + config.readTimeout().toMillis() + " ms");
            }
            if (cause(e, UnknownHostException.class).isPresent()) {
                throw new FetchFailed("unknown host " + uri.getHost(), e);
            }
            throw new FetchFailed(uri.getHost() + ": " + e, e);
        } finally {
            cutOff.cancel(false);
        }
    }

    private Answer read(HttpGet get, URI uri, ClassicHttpResponse response, FetchRequest request) throws IOException {
        int status = response.getCode();
        Map<String, String> headers = new HashMap<>();
        for (Header h : response.getHeaders()) {
            headers.putIfAbsent(h.getName().toLowerCase(Locale.ROOT), h.getValue());
        }
        if (status >= 300 && status < 400 && status != 304 && headers.containsKey("location")) {
            try {
                return new Answer(null, new URI(headers.get("location").strip()));
            } catch (URISyntaxException e) {
                throw new FetchRefused("a redirect to an invalid URL");
            }
        }
        HttpEntity entity = response.getEntity();
        ContentType type = entity == null || entity.getContentType() == null ? null : parse(entity.getContentType());
        String mediaType = type == null ? "" : type.getMimeType().toLowerCase(Locale.ROOT);
        boolean ok = status >= 200 && status < 300;
        if (ok && !request.accepts(mediaType)) {
            get.cancel();
            throw new FetchRefused("the answer is " + (mediaType.isEmpty() ? "of no stated type" : mediaType)
                    + ", not one of " + request.acceptedTypes().stream().sorted().toList());
        }
        long limit = ok ? config.maxBytes() : ERROR_BODY_BYTES;
        if (ok && entity.getContentLength() > limit) {
            get.cancel();
            throw tooLarge();
        }
        byte[] body = entity == null ? new byte[0] : readAtMost(get, entity.getContent(), limit, ok);
        Charset charset = type == null || type.getCharset() == null ? StandardCharsets.UTF_8 : type.getCharset();
        return new Answer(new Fetched(status, uri, mediaType, Fetched.decode(body, charset), headers), null);
    }

    private byte[] readAtMost(HttpGet get, InputStream in, long limit, boolean refuseLarger) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) != -1) {
            if (out.size() + n > limit) {
                get.cancel();
                if (refuseLarger) {
                    throw tooLarge();
                }
                out.write(buffer, 0, (int) (limit - out.size()));
                break;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static ContentType parse(String header) {
        try {
            return ContentType.parse(header);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** An absolute http(s) URL with a host and no user information, else refused. */
    private static URI checked(URI uri, String what) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchRefused(what + " is not an http(s) URL");
        }
        if (uri.getRawUserInfo() != null) {
            throw new FetchRefused(what + " carries credentials (user:password@), which are never sent");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new FetchRefused(what + " has no host");
        }
        return uri.normalize();
    }

    /**
     * Resolves the host and checks every address before anything is sent, for a clear refusal; the client's resolver
     * checks again when it connects, which is the check that counts.
     */
    private void checkAddresses(URI uri) {
        String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1) : uri.getHost();
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new FetchFailed("unknown host " + host, e);
        }
        for (InetAddress address : addresses) {
            policy.refusal(address).ifPresent(reason -> {
                throw new FetchRefused(host + " resolves to " + reason);
            });
        }
    }

    private static String origin(URI uri) {
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }

    private FetchRefused tooSlow() {
        return new FetchRefused("no complete answer within " + config.totalTimeout().toMillis() + " ms");
    }

    private FetchRefused tooLarge() {
        return new FetchRefused("the answer is larger than " + config.maxBytes() + " bytes");
    }

    private static <T extends Throwable> Optional<T> cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}
