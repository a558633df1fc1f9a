package com.jobmatch.matching.fetch;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The URL guard with the production address policy: loopback, private, link-local (metadata), mapped and
 * unspecified addresses refused; redirects to them refused; only http(s) without credentials; size, time and
 * content-type limits; headers meant for one origin never follow a redirect to another. The fakes listen on
 * 127.0.0.1, so tests that need a first hop to succeed use the production policy with exactly that address let
 * through, as the service's tests do.
 */
class SafeFetcherTest {

    static WireMockServer server;
    static WireMockServer otherOrigin;

    static final FetchConfig LIMITS = new FetchConfig() {
        public Duration connectTimeout() { return Duration.ofSeconds(2); }
        public Duration readTimeout() { return Duration.ofMillis(2000); }
        public Duration totalTimeout() { return Duration.ofMillis(4000); }
        public long maxBytes() { return 10_000; }
        public int maxRedirects() { return 3; }
        public String userAgent() { return "test"; }
    };

    final SafeFetcher production = new SafeFetcher(new PublicAddressPolicy(), LIMITS);
    final SafeFetcher firstHopAllowed = new SafeFetcher(address -> "127.0.0.1".equals(address.getHostAddress())
            ? Optional.empty() : new PublicAddressPolicy().refusal(address), LIMITS);

    @BeforeAll
    static void start() {
        server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        otherOrigin = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        otherOrigin.start();
        // the first answer of a fresh server is slow on a busy machine; the time limits below are for the tests
        for (WireMockServer s : new WireMockServer[] {server, otherOrigin}) {
            try {
                java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + s.port() + "/warm-up")).build(), java.net.http.HttpResponse.BodyHandlers.discarding());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @AfterAll
    static void stop() {
        server.stop();
        otherOrigin.stop();
    }

    @BeforeEach
    void reset() {
        server.resetAll();
        otherOrigin.resetAll();
        server.stubFor(get(urlPathEqualTo("/ok")).willReturn(okJson("{\"ok\":true}")));
    }

    static URI at(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static String refusal(SafeFetcher fetcher, URI uri, Set<String> types) {
        return assertThrows(FetchRefused.class, () -> fetcher.get(FetchRequest.of(uri, types))).getMessage();
    }

    @Test
    void loopbackPrivateLinkLocalAndMetadataAddressesAreRefusedBeforeAnythingIsSent() {
        assertTrue(refusal(production, at("/ok"), FetchRequest.JSON).contains("loopback"));
        for (String url : new String[] {"http://localhost:" + server.port() + "/ok", "http://127.0.0.2/", "http://[::1]/",
                "http://0.0.0.0/", "http://10.0.0.1/", "http://172.16.5.4/", "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data/",
                "http://[fd00:ec2::254]/", "http://[::ffff:127.0.0.1]/", "http://[::ffff:169.254.169.254]/", "http://100.64.0.1/",
                "http://[fe80::1]/", "http://2130706433/"}) {
            FetchRefused refused = assertThrows(FetchRefused.class, () -> production.get(FetchRequest.of(URI.create(url), FetchRequest.PAGE)),
                    url);
            assertTrue(refused.getMessage().contains("resolves to"), url + ": " + refused.getMessage());
        }
        assertTrue(refusal(production, URI.create("http://169.254.169.254/"), FetchRequest.PAGE).contains("link-local"));
        assertEquals(0, server.getAllServeEvents().size(), "nothing reached the server");
    }

    @Test
    void thePolicyJudgesAddressesNotNotations() throws Exception {
        PublicAddressPolicy policy = new PublicAddressPolicy();
        for (String refused : new String[] {"127.0.0.1", "10.255.0.1", "172.31.255.255", "192.168.0.1", "169.254.169.254",
                "0.0.0.0", "224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fc00::1", "::ffff:10.0.0.1", "64:ff9b::a9fe:a9fe",
                "2002:a9fe:a9fe::1", "198.18.0.1", "100.100.100.100"}) {
            assertTrue(policy.refusal(InetAddress.getByName(refused)).isPresent(), refused);
        }
        for (String allowed : new String[] {"8.8.8.8", "172.32.0.1", "93.184.216.34", "2606:4700:4700::1111", "11.0.0.1"}) {
            assertTrue(policy.refusal(InetAddress.getByName(allowed)).isEmpty(), allowed);
        }
    }

    @Test
    void onlyHttpUrlsWithoutCredentials() {
        assertTrue(refusal(production, URI.create("ftp://example.org/x"), FetchRequest.PAGE).contains("not an http(s) URL"));
        assertTrue(refusal(production, URI.create("file:///etc/passwd"), FetchRequest.PAGE).contains("not an http(s) URL"));
        assertTrue(refusal(production, URI.create("gopher://example.org/"), FetchRequest.PAGE).contains("not an http(s) URL"));
        assertTrue(refusal(production, URI.create("http://user:pw@example.org/"), FetchRequest.PAGE).contains("credentials"));
    }

    @Test
    void redirectsAreFollowedByHandAndEachHopIsChecked() {
        server.stubFor(get(urlPathEqualTo("/hop")).willReturn(aResponse().withStatus(302).withHeader("Location", "/ok")));
        Fetched fetched = firstHopAllowed.get(FetchRequest.of(at("/hop"), FetchRequest.JSON));
        assertEquals(200, fetched.status());
        assertEquals(at("/ok"), fetched.finalUri());

        for (String target : new String[] {"http://169.254.169.254/latest/meta-data/iam/", "http://10.0.0.7/admin",
                "http://127.0.0.2:" + server.port() + "/ok", "http://[::1]:" + server.port() + "/ok",
                "file:///etc/passwd", "http://admin:pw@127.0.0.1:" + server.port() + "/ok"}) {
            server.stubFor(get(urlPathEqualTo("/evil")).willReturn(aResponse().withStatus(301).withHeader("Location", target)));
            assertThrows(FetchRefused.class, () -> firstHopAllowed.get(FetchRequest.of(at("/evil"), FetchRequest.JSON)), target);
        }
        server.stubFor(get(urlPathEqualTo("/loop")).willReturn(aResponse().withStatus(302).withHeader("Location", "/loop")));
        assertTrue(refusal(firstHopAllowed, at("/loop"), FetchRequest.JSON).contains("more than 3 redirects"));
    }

    @Test
    void headersForOneOriginNeverFollowARedirectElsewhere() {
        otherOrigin.stubFor(get(urlPathEqualTo("/elsewhere")).willReturn(okJson("{}")));
        server.stubFor(get(urlPathEqualTo("/moved")).willReturn(aResponse().withStatus(307)
                .withHeader("Location", "http://127.0.0.1:" + otherOrigin.port() + "/elsewhere")));
        firstHopAllowed.get(new FetchRequest(at("/moved"), FetchRequest.JSON, Map.of("x-api-key", "secret")));
        server.verify(getRequestedFor(urlPathEqualTo("/moved")).withHeader("x-api-key", equalTo("secret")));
        otherOrigin.verify(getRequestedFor(urlPathEqualTo("/elsewhere")).withHeader("x-api-key", absent())
                .withHeader("Authorization", absent()).withHeader("Cookie", absent()));
    }

    @Test
    void oversizedSlowAndWrongTypeAnswersAreRefused() {
        server.stubFor(get(urlPathEqualTo("/big")).willReturn(okJson("[\"" + "x".repeat(20_000) + "\"]")));
        assertTrue(refusal(firstHopAllowed, at("/big"), FetchRequest.JSON).contains("larger than 10000 bytes"));
        // no Content-Length: counted while reading
        server.stubFor(get(urlPathEqualTo("/big-chunked")).willReturn(aResponse().withHeader("Content-Type", "text/plain")
                .withHeader("Transfer-Encoding", "chunked").withBody("y".repeat(50_000))));
        assertTrue(refusal(firstHopAllowed, at("/big-chunked"), FetchRequest.PAGE).contains("larger than"));

        server.stubFor(get(urlPathEqualTo("/silent")).willReturn(okJson("{}").withFixedDelay(5_000)));
        assertTrue(refusal(firstHopAllowed, at("/silent"), FetchRequest.JSON).contains("did not answer within"));
        // a byte now and then keeps each read under the read timeout: the total time limit cuts it off
        server.stubFor(get(urlPathEqualTo("/drip")).willReturn(aResponse().withHeader("Content-Type", "text/plain")
                .withBody("z".repeat(40)).withChunkedDribbleDelay(10, 12_000)));
        long started = System.nanoTime();
        assertTrue(refusal(firstHopAllowed, at("/drip"), FetchRequest.PAGE).contains("no complete answer within 4000 ms"));
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 7_000, "cut off at the total limit");

        server.stubFor(get(urlPathEqualTo("/binary")).willReturn(aResponse().withHeader("Content-Type", "application/octet-stream").withBody("MZ")));
        assertTrue(refusal(firstHopAllowed, at("/binary"), FetchRequest.PAGE).contains("application/octet-stream"));
        server.stubFor(get(urlPathEqualTo("/untyped")).willReturn(aResponse().withBody("{}")));
        assertTrue(refusal(firstHopAllowed, at("/untyped"), FetchRequest.JSON).contains("no stated type"));
    }

    @Test
    void errorAnswersAreAnswersWithTheirStatus() {
        server.stubFor(get(urlPathEqualTo("/gone")).willReturn(aResponse().withStatus(404).withHeader("Content-Type", "text/html").withBody("nope")));
        Fetched fetched = firstHopAllowed.get(FetchRequest.of(at("/gone"), FetchRequest.JSON));
        assertEquals(404, fetched.status());
        assertEquals("nope", fetched.body());
        assertThrows(FetchFailed.class, () -> firstHopAllowed.get(FetchRequest.of(URI.create("http://no-such-host.invalid/"), FetchRequest.JSON)));
    }
}
