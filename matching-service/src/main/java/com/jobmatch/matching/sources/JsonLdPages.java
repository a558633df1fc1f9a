package com.jobmatch.matching.sources;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jobmatch.matching.imports.JsonLdPostingReader;
import com.jobmatch.matching.imports.ParsedRow;
import jakarta.enterprise.context.ApplicationScoped;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The schema.org JobPostings of a page: every {@code <script type="application/ld+json">} block of an HTML page (or a
 * JSON-LD document itself), searched through arrays and {@code @graph}, each read by {@link JsonLdPostingReader}. A
 * posting without a url gets the page's; a block that is not JSON is a rejected row; other types (Organization,
 * BreadcrumbList) are not postings and are skipped.
 */
@ApplicationScoped
public class JsonLdPages {

    private final JsonLdPostingReader reader;
    private final ObjectMapper mapper;

    public JsonLdPages(JsonLdPostingReader reader, ObjectMapper mapper) {
        this.reader = reader;
        this.mapper = mapper;
    }

    /**
     * @param identity rewrites each posting node before it is read (e.g. namespacing its identifier); identity for none
     */
    public List<ParsedRow> postings(String body, String mediaType, String pageUrl, UnaryOperator<ObjectNode> identity) {
        List<String> blocks = new ArrayList<>();
        if (mediaType.contains("html")) {
            for (Element script : Jsoup.parse(body, pageUrl).select("script[type=application/ld+json]")) {
                blocks.add(script.data());
            }
        } else if (mediaType.contains("json")) {
            blocks.add(body);
        }
        List<ParsedRow> rows = new ArrayList<>();
        for (String block : blocks) {
            JsonNode tree;
            try {
                tree = mapper.readTree(block.strip());
            } catch (JsonProcessingException e) {
                rows.add(ParsedRow.unreadable(rows.size() + 1, "JSON-LD block is not valid JSON: " + e.getOriginalMessage()));
                continue;
            }
            List<ObjectNode> found = new ArrayList<>();
            collect(tree, found);
            for (ObjectNode posting : found) {
                if (!posting.hasNonNull("url")) {
                    posting.put("url", pageUrl);
                }
                ParsedRow read = reader.read(identity.apply(posting).toString()).get(0);
                rows.add(new ParsedRow(rows.size() + 1, read.posting(), read.rejection()));
            }
        }
        return rows;
    }

    private static void collect(JsonNode node, List<ObjectNode> found) {
        if (node.isArray()) {
            node.forEach(n -> collect(n, found));
        } else if (node instanceof ObjectNode object) {
            if (isJobPosting(object)) {
                found.add(object);
            } else if (object.has("@graph")) {
                collect(object.get("@graph"), found);
            } else if (object.has("mainEntity")) {
                collect(object.get("mainEntity"), found);
            }
        }
    }

    private static boolean isJobPosting(JsonNode node) {
        JsonNode type = node.path("@type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (t.asText().toLowerCase(Locale.ROOT).endsWith("jobposting")) {
                    return true;
                }
            }
            return false;
        }
        return type.asText().toLowerCase(Locale.ROOT).endsWith("jobposting");
    }

    /** The raw identifier of a JobPosting node (a text, or a PropertyValue's value), or null. */
    public static String identifier(JsonNode posting) {
        JsonNode id = posting.path("identifier");
        return id.isObject() ? Fields.text(id, "value") : Fields.text(posting, "identifier");
    }
}
