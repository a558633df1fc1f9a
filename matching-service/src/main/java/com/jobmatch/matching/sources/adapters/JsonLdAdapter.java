package com.jobmatch.matching.sources.adapters;

import com.jobmatch.matching.imports.ParsedRow;
import com.jobmatch.matching.fetch.FetchRequest;
import com.jobmatch.matching.fetch.Fetched;
import com.jobmatch.matching.sources.JsonLdPages;
import com.jobmatch.matching.sources.SourceAdapter;
import com.jobmatch.matching.sources.SourceContext;
import com.jobmatch.matching.sources.SourceHttp;
import com.jobmatch.matching.sources.SourcePage;
import com.jobmatch.matching.sources.SourceProblem;
import jakarta.enterprise.context.ApplicationScoped;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * schema.org JobPosting JSON-LD from a career page, or from every page a sitemap lists ({@code <urlset><url><loc>},
 * sitemap indexes followed one level). One page of the run is one career page; the optional filter
 * {@code path-contains} keeps only sitemap URLs containing it (e.g. {@code /jobs/}). The external id is the posting's
 * identifier (or URL) under the site's host, so the same "123" of two sites are two jobs.
 */
@ApplicationScoped
public class JsonLdAdapter implements SourceAdapter {

    /** Pages a sitemap can list for one source; more are left out. A run reads at most max-pages of them. */
    static final int MAX_PAGES_LISTED = 5000;
    static final int MAX_NESTED_SITEMAPS = 20;

    private final JsonLdPages pages;

    public JsonLdAdapter(JsonLdPages pages) {
        this.pages = pages;
    }

    @Override
    public String kind() {
        return "json-ld";
    }

    @Override
    public boolean listsWholeSource() {
        return true;
    }

    @Override
    public SourcePage fetch(SourceContext source, String cursor) {
        String start = source.config().url().orElseThrow(() -> new SourceProblem.Refused("source " + source.name()
                + " has no 'url' (career page or sitemap)"));
        Discovery discovery = source.remember("discovery", () -> discover(source, URI.create(start.strip())));
        int index = cursor == null ? 0 : Integer.parseInt(cursor);
        List<ParsedRow> rows;
        String pageUrl = discovery.pages().isEmpty() ? null : discovery.pages().get(index);
        if (pageUrl == null) {
            rows = List.of();
        } else {
            Fetched page = discovery.first() != null && index == 0 && discovery.first().finalUri().toString().equals(pageUrl)
                    ? discovery.first() : get(source, URI.create(pageUrl), FetchRequest.PAGE);
            String host = URI.create(pageUrl).getHost().toLowerCase(Locale.ROOT);
            rows = pages.postings(page.body(), page.mediaType(), pageUrl, node -> {
                String id = JsonLdPages.identifier(node);
                node.put("identifier", kind() + ":" + host + ":" + (id != null ? id : node.path("url").asText(pageUrl)));
                if (!node.has("hiringOrganization") && source.config().company().isPresent()) {
                    node.put("hiringOrganization", source.config().company().get());
                }
                return node;
            });
        }
        boolean more = index + 1 < discovery.pages().size();
        return new SourcePage(rows, more ? String.valueOf(index + 1) : null, null);
    }

    private record Discovery(List<String> pages, Fetched first) {
    }

    /** A sitemap gives its pages; anything else is the one career page. */
    private Discovery discover(SourceContext source, URI start) {
        Fetched answer = get(source, start, union(FetchRequest.PAGE, FetchRequest.XML));
        if (!answer.mediaType().contains("xml") || answer.mediaType().contains("xhtml")) {
            return new Discovery(List.of(answer.finalUri().toString()), answer);
        }
        String filter = source.config().filters().getOrDefault("path-contains", "");
        Set<String> listed = new LinkedHashSet<>();
        Document sitemap = Jsoup.parse(answer.body(), "", Parser.xmlParser());
        List<String> nested = sitemap.select("sitemap > loc").eachText();
        listed.addAll(sitemap.select("url > loc").eachText());
        Set<String> visited = new HashSet<>();
        for (String child : nested.subList(0, Math.min(nested.size(), MAX_NESTED_SITEMAPS))) {
            if (visited.add(child)) {
                Fetched inner = get(source, URI.create(child.strip()), FetchRequest.XML);
                listed.addAll(Jsoup.parse(inner.body(), "", Parser.xmlParser()).select("url > loc").eachText());
            }
        }
        List<String> kept = new ArrayList<>();
        for (String url : listed) {
            if (url.contains(filter) && kept.size() < MAX_PAGES_LISTED) {
                kept.add(url.strip());
            }
        }
        return new Discovery(kept, null);
    }

    private static Fetched get(SourceContext source, URI uri, Set<String> types) {
        Fetched answer = source.fetch(uri, types);
        SourceHttp.requireOk(answer, FetchRequest.of(uri, types));
        return answer;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
