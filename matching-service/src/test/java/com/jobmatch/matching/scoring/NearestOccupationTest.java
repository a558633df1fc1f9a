package com.jobmatch.matching.scoring;

import com.jobmatch.contract.model.CandidateProfile;
import com.jobmatch.contract.model.EducationEntry;
import com.jobmatch.contract.model.EducationLevel;
import com.jobmatch.contract.model.ExperienceEntry;
import com.jobmatch.contract.model.JobProfile;
import com.jobmatch.contract.model.MatchResult;
import com.jobmatch.contract.model.Weights;
import com.jobmatch.matching.knowledge.MatchingKnowledge;
import com.jobmatch.matching.knowledge.Occupations;
import com.jobmatch.matching.knowledge.Occupations.Occupation;
import com.jobmatch.matching.testing.PostingEmbeddings;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16: a posting whose title and text name no occupation is taken for the ESCO occupation its embedding is
 * nearest to, when near enough, and judged at low confidence on what that work usually asks; one far from every
 * occupation stays unknown. Postings are embedded as enrichment embeds them ({@link PostingEmbeddings}).
 */
public class NearestOccupationTest {

    /** A bookkeeping posting as pasted, without a title, and naming no occupation: only the work. */
    public static final String BOOKKEEPING_TITLE = "Posting 21";
    public static final String BOOKKEEPING = "Our client, a family-owned building supplies business with three stores, needs "
            + "help keeping its books in order. You will record daily sales and purchases in QuickBooks, reconcile the "
            + "bank and credit card statements every month, post supplier invoices and customer payments, keep the "
            + "general ledger and accounts payable and receivable up to date, and prepare the monthly profit and loss "
            + "statement and balance sheet. Sales tax returns are filed quarterly.";
    /** Accountancy in ISCO-08: accountants (2411), accounting associate professionals (3313), bookkeeping clerks (4311). */
    static final Set<String> ACCOUNTANCY = Set.of("2411", "3313", "4311");

    /** A software posting whose title names a developer: a word alone, which ESCO uses for software and property alike. */
    public static final String JAVA_DEVELOPER_TITLE = "Java Developer";
    public static final String JAVA_DEVELOPER = "We are hiring a Java Developer to design, build and maintain the backend "
            + "services of our online banking platform. You will write clean, tested Java 17 code with Spring Boot, build "
            + "REST APIs and microservices, work with PostgreSQL and Kafka, review pull requests and deploy through our "
            + "CI/CD pipeline to Kubernetes. 3+ years of experience building web applications in Java.";
    /** A cost accounting posting without a title that opens with the verb "Monitor", also a word for a kind of worker. */
    public static final String MONITORING_TITLE = "Posting 31";
    public static final String MONITORING = "Monitor all transactions involving inventory and reconcile the general ledger "
            + "accounts related to manufacturing activities each month. Prepare journal entries for the cost of goods "
            + "sold, analyse variances between standard and actual costs, and support the year-end audit with schedules "
            + "and reconciliations. Bachelor's degree in accounting or finance; three years of cost accounting.";
    /** Software developers and analysts in ISCO-08 (251x). */
    static final String SOFTWARE = "251";

    private final MatchScorer scorer = new MatchScorer(MatchingKnowledge.EMPTY, ScoringPolicy.DEFAULT);
    private final Weights weights = new Weights(0.17, 0.17, 0.17, 0.16, 0.17, 0.16);

    @Test
    void occupationsAreAsAlikeAsTheirDescriptions() {
        NearestOccupation nearest = NearestOccupation.shipped();
        double managing = nearest.similarity("accountant", "accounting manager").orElseThrow();
        double programming = nearest.similarity("accountant", "software developer").orElseThrow();
        assertTrue(managing > 0.4 && programming < 0.1, managing + " vs " + programming);
        assertEquals(1.0, nearest.similarity("accountant", "accountant").orElseThrow(), 1e-3);
        assertTrue(nearest.similarity("accountant", "no such occupation").isEmpty());
    }

    @Test
    void aBookkeepingPostingThatNamesNoOccupationIsTakenForAnAccountancyOneAndGetsAnInferredEducationLevel() {
        JobProfile job = posting(BOOKKEEPING_TITLE, BOOKKEEPING);
        float[] embedding = embeddedAsAPosting(job);
        assertEquals(Optional.empty(), Occupations.shipped().ofJob(job), "the text names no occupation");
        assertEquals(Optional.empty(), Occupations.shipped().inferredOfJob(job), "nor uses an occupation's label");

        Occupation nearest = NearestOccupation.shipped().of(embedding).orElseThrow();
        assertTrue(ACCOUNTANCY.contains(nearest.isco()), nearest.toString());

        MatchResult known = scorer.grade(new ScoringInput(bookkeeper(), job, null, null, null, PostingOccupation.read(job, embedding)), weights);
        // A bachelor's against what accountancy usually asks: met, counted a quarter of the way from the neutral 50.
        assertEquals(62.5, known.subScores().qualification(), 0.05);
        assertEquals(62.5, known.subScores().experience(), 0.05, "five years against the usual two or more");
        assertTrue(known.reasons().stream().anyMatch(r -> r.startsWith("Education: a bachelor's degree; the job states no level")
                && r.contains("nearest in meaning to ESCO's description of work as " + nearest.label() + " (inferred")),
                known.reasons().toString());

        MatchResult withoutEmbedding = scorer.grade(new ScoringInput(bookkeeper(), job, null, null, null), weights);
        assertNull(withoutEmbedding.subScores().qualification(), "without the embedding nothing tells the work");
        assertTrue(known.confidence() > withoutEmbedding.confidence());
    }

    @Test
    void aPostingFarFromEveryOccupationGetsNoneAndStaysUnknown() {
        JobProfile job = posting("b", "c");
        float[] embedding = embeddedAsAPosting(job);

        NearestOccupation.Near nearest = NearestOccupation.shipped().nearest(embedding).orElseThrow();
        assertTrue(nearest.similarity() < NearestOccupation.MIN_SIMILARITY, nearest.toString());
        assertEquals(Optional.empty(), NearestOccupation.shipped().of(embedding));

        MatchResult unknown = scorer.grade(new ScoringInput(bookkeeper(), job, null, null, null, PostingOccupation.read(job, embedding)), weights);
        assertNull(unknown.subScores().qualification());
        assertNull(unknown.subScores().experience());
    }

    @Test
    void aTitleThatNamesOnlyAKindOfWorkerIsReadAsTheOccupationOfThatKindThePostingIsNearest() {
        JobProfile job = posting(JAVA_DEVELOPER_TITLE, JAVA_DEVELOPER);
        Occupation word = Occupations.shipped().ofJob(job).orElseThrow();
        assertTrue(Occupations.isWordAlone(word), "the title says only 'developer': " + word);

        PostingOccupation read = PostingOccupation.read(job, embeddedAsAPosting(job));
        assertEquals(PostingOccupation.Source.NAMED, read.source(), "the title still names it");
        assertTrue(read.occupation().isco().startsWith(SOFTWARE), read.toString());
        assertTrue(Occupations.shipped().escoOccupation(read.occupation()).isPresent(),
                "one of ESCO's occupations, whose description scoring compares: " + read);

        assertEquals(word, PostingOccupation.read(job, null).occupation(), "without the embedding, the word's group");
    }

    @Test
    void aWordThatNamesNoWorkThePostingIsAboutGivesWayToTheOccupationNearestToThePosting() {
        JobProfile job = posting(MONITORING_TITLE, MONITORING);
        Occupation word = Occupations.shipped().inferredOfJob(job).orElseThrow();
        assertEquals("monitor", word.label(), "the opening verb read as a kind of worker: " + word);

        PostingOccupation read = PostingOccupation.read(job, embeddedAsAPosting(job));
        assertEquals(PostingOccupation.Source.EMBEDDING, read.source(), read.toString());
        // Accounting work: accountancy, or the finance managers (1211) ESCO's accounting manager belongs to.
        assertTrue(ACCOUNTANCY.contains(read.occupation().isco()) || read.occupation().isco().equals("1211"), read.toString());
    }

    @Test
    void aRoleTitleThatNamesOnlyAKindOfWorkerIsReadAsTheKindTheResumeIsNearest() {
        // A resume whose role is titled "Developer" and whose text is about building Java services: the posting's text
        // stands in for the resume's (both are embedded as statements' centroids).
        CandidateProfile developer = new CandidateProfile(UUID.randomUUID(), UUID.randomUUID(), 1, "Lin", null, null,
                List.of(), List.of(new ExperienceEntry("Developer", "Bank", null, null, null, null, true, 60, null,
                        List.of())), 60, List.of(), List.of(), List.of(), List.of(), List.of(), null, null, "", true);
        float[] resume = PostingEmbeddings.of(JAVA_DEVELOPER_TITLE, JAVA_DEVELOPER);
        JobProfile software = posting("Software Developer", "Build our backend services.");
        PostingOccupation named = PostingOccupation.read(software, null);

        MatchResult read = scorer.grade(new ScoringInput(developer, software, null, null, null, named, resume), weights);
        MatchResult unread = scorer.grade(new ScoringInput(developer, software, null, null, null, named, null), weights);
        assertTrue(read.reasons().stream().anyMatch(r -> r.matches("Occupation: .* the resume shows work as [a-z ]+ "
                + "\\(ISCO " + SOFTWARE + "\\d.*")), read.reasons().toString());
        assertTrue(unread.reasons().stream().anyMatch(r -> r.contains("the resume shows work as developer (ISCO 2)")),
                "without the resume's embedding, the word's group: " + unread.reasons());
        assertTrue(read.subScores().category() > unread.subScores().category() + 10,
                read.subScores().category() + " vs " + unread.subScores().category());
    }

    private static float[] embeddedAsAPosting(JobProfile job) {
        return PostingEmbeddings.of(job.title(), job.description());
    }

    private static JobProfile posting(String title, String description) {
        return new JobProfile(UUID.randomUUID(), "x", title, "Co", description, List.of(), List.of(), null, null, null,
                List.of(), null, null, List.of(), null, List.of(), null, null, false);
    }

    private static CandidateProfile bookkeeper() {
        return new CandidateProfile(UUID.randomUUID(), UUID.randomUUID(), 1, "Ada", null, null, List.of(),
                List.of(new ExperienceEntry("Office Administrator", "Hardware Depot", null, null, null, null, true, 60,
                        null, List.of())), 60,
                List.of(new EducationEntry("State University", null, EducationLevel.BACHELOR, null, null, null)),
                List.of(), List.of(), List.of(), List.of(), null, null, "", true);
    }
}
