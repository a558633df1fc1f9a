package com.jobmatch.matching.userjobs;

import com.jobmatch.matching.catalogue.JobPosting;
import com.jobmatch.matching.imports.ParsedRow;
import com.jobmatch.matching.fetch.Fetched;
import com.jobmatch.matching.sources.Fields;
import com.jobmatch.matching.sources.JsonLdPages;
import com.jobmatch.matching.sources.PostingBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a person brought into a posting in our shape: a page's schema.org JobPosting (JSON-LD) when it has one,
 * else the page's readable text; pasted text is the description, its first line the title unless given, a
 * "Company: ..." line the company. Skills, experience and education are then read from the text by enrichment, as for
 * every catalogue posting.
 */
@ApplicationScoped
public class PostingReader {

    static final String UNSTATED_COMPANY = "Not stated";
    private static final Pattern COMPANY_LINE = Pattern.compile("(?im)^\\s*(?:company|employer|organisation|organization)\\s*[:\\-]\\s*(.{1,200})$");

    private final JsonLdPages jsonLd;

    public PostingReader(JsonLdPages jsonLd) {
        this.jsonLd = jsonLd;
    }

    /** Pasted text; JSON-LD pasted as text is read as JSON-LD. */
    public JobPosting fromText(String text, String title, String company) {
        String trimmed = text.strip();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            Optional<JobPosting> structured = first(jsonLd.postings(trimmed, "application/ld+json", null, UnaryOperator.identity()));
            if (structured.isPresent()) {
                return override(structured.get(), title, company, null);
            }
        }
        return new PostingBuilder()
                .title(title != null && !title.isBlank() ? title.strip() : firstLine(trimmed))
                .company(company != null && !company.isBlank() ? company.strip() : companyLine(trimmed))
                .description(trimmed)
                .build();
    }

    /** A fetched page: its JobPosting JSON-LD if any, else its title and readable text. */
    public JobPosting fromPage(Fetched page, String title, String company) {
        String url = page.finalUri().toString();
        if (page.mediaType().contains("json") || page.mediaType().contains("html")) {
            Optional<JobPosting> structured = first(jsonLd.postings(page.body(), page.mediaType(), url, UnaryOperator.identity()));
            if (structured.isPresent()) {
                return override(structured.get(), title, company, url);
            }
        }
        if (!page.mediaType().contains("html")) {
            return override(fromText(page.body(), title, company), null, null, url);
        }
        Document document = Jsoup.parse(page.body(), url);
        document.select("script, style, nav, header, footer, noscript, form").remove();
        String text = Fields.html(document.body() == null ? "" : document.body().html());
        String heading = document.selectFirst("h1") != null ? document.selectFirst("h1").text() : document.title();
        String pageCompany = document.selectFirst("meta[property=og:site_name]") != null
                ? document.selectFirst("meta[property=og:site_name]").attr("content") : null;
        return new PostingBuilder()
                .title(title != null && !title.isBlank() ? title.strip() : heading == null || heading.isBlank() ? firstLine(text) : heading.strip())
                .company(company != null && !company.isBlank() ? company.strip()
                        : pageCompany != null && !pageCompany.isBlank() ? pageCompany.strip() : companyLine(text == null ? "" : text))
                .description(text)
                .url(url)
                .build();
    }

    /** The posting under the id and source this service gives it. */
    static JobPosting withIdentity(JobPosting p, String externalId, String source) {
        return new JobPosting(externalId, p.title(), p.company() == null ? UNSTATED_COMPANY : p.company(), p.location(),
                p.description(), p.url(), source, p.postedAt(), p.employmentTypes(), p.workArrangement(), p.experienceLevel(),
                p.keySkills(), p.keywords(), p.coreResponsibilities(), p.requirementsSummary(), p.educationRequirements(),
                p.benefits(), p.salary(), p.industries(), p.locationsDerived(), p.citiesDerived(), p.visaSponsorship(),
                p.jobLanguage(), p.workingHours(), p.country(), p.region(), p.latitude(), p.longitude(), p.experience(),
                p.minimumEducation(), p.requiredCertifications(), p.validThrough());
    }

    private static Optional<JobPosting> first(java.util.List<ParsedRow> rows) {
        return rows.stream().filter(r -> r.posting() != null).map(ParsedRow::posting).findFirst();
    }

    /** The posting with the person's title and company (when given), its URL, and no id of its own (ours is set later). */
    private static JobPosting override(JobPosting p, String title, String company, String url) {
        return new JobPosting(p.externalId(), title != null && !title.isBlank() ? title.strip() : p.title(),
                company != null && !company.isBlank() ? company.strip() : p.company() == null ? UNSTATED_COMPANY : p.company(),
                p.location(), p.description(), url != null ? url : p.url(), p.source(), p.postedAt(), p.employmentTypes(),
                p.workArrangement(), p.experienceLevel(), p.keySkills(), p.keywords(), p.coreResponsibilities(),
                p.requirementsSummary(), p.educationRequirements(), p.benefits(), p.salary(), p.industries(),
                p.locationsDerived(), p.citiesDerived(), p.visaSponsorship(), p.jobLanguage(), p.workingHours(), p.country(),
                p.region(), p.latitude(), p.longitude(), p.experience(), p.minimumEducation(), p.requiredCertifications(),
                p.validThrough());
    }

    private static String firstLine(String text) {
        if (text == null) {
            return null;
        }
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                String l = line.strip();
                return l.length() > 200 ? l.substring(0, 200) : l;
            }
        }
        return null;
    }

    private static String companyLine(String text) {
        Matcher m = COMPANY_LINE.matcher(text);
        return m.find() ? m.group(1).strip() : UNSTATED_COMPANY;
    }
}
