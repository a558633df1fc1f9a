package com.jobmatch.matching.enrichment;

import com.jobmatch.contract.model.EmploymentType;
import com.jobmatch.contract.model.SalaryRange;
import com.jobmatch.contract.model.WorkArrangement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a free-text posting states about the terms of the job: employment type, work arrangement and pay, each with
 * the words that state it ({@link StatedFact}), read at enrichment for postings whose source gave no structured field.
 * <p>
 * Each pattern names the job, not the company or the work: "full-time" but not "full-time experience" or "full-time
 * equivalent"; "contract position" but not "contract management"; "remote role" but not "remote sensing"; an amount
 * counts as pay only with a pay word or a pay period beside it ("$5 million in revenue" is no salary). Patterns, not a
 * model: these statements are formulaic, and a posting that words them otherwise keeps the field unknown, which the
 * scorer treats as unknown rather than as a mismatch. Linear-time patterns only (bounded quantifiers, no nesting).
 */
public final class PostingFacts {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE;

    private record TypePattern(EmploymentType type, Pattern pattern) {
    }

    private static final List<TypePattern> TYPES = List.of(
            new TypePattern(EmploymentType.FULL_TIME, Pattern.compile(
                    "\\bfull[- ]?time\\b(?![- ](?:work(?:ing)?[- ])?experience|[- ]equivalent|[- ]student)", FLAGS)),
            new TypePattern(EmploymentType.PART_TIME, Pattern.compile(
                    "\\bpart[- ]?time\\b(?![- ](?:student|studies|faculty member of))", FLAGS)),
            new TypePattern(EmploymentType.CONTRACT, Pattern.compile(
                    "\\bcontract[- ](?:to[- ]hire|position|role|job|assignment|opportunity|basis|engagement|contractor)\\b"
                            + "|\\b\\d{1,2}[- ]?(?:\\+[- ]?)?(?:month|mo|week)s?[- ](?:contract|assignment)\\b"
                            + "|\\b(?:job|employment|position) type\\W{1,3}contract|\\bc2h\\b|\\b1099\\b|\\bfreelance\\b", FLAGS)),
            new TypePattern(EmploymentType.TEMPORARY, Pattern.compile(
                    "\\btemporary[- ](?:position|role|job|assignment|employment|opportunity)\\b|\\btemp[- ]to[- ]perm\\b"
                            + "|\\bseasonal[- ](?:position|role|job|employment|associate|worker)\\b", FLAGS)),
            new TypePattern(EmploymentType.INTERNSHIP, Pattern.compile(
                    "\\b(?:summer |paid |unpaid )?internship\\b|\\bintern(?:s)?\\b(?=[\\s,]+(?:position|role|program|will))"
                            + "|\\bapprenticeship\\b", FLAGS)),
            new TypePattern(EmploymentType.VOLUNTEER, Pattern.compile(
                    "\\bvolunteer[- ](?:position|role|opportunity)\\b|\\bunpaid volunteer\\b", FLAGS)));

    private static final Pattern HYBRID = Pattern.compile(
            "\\bhybrid[- ](?:work|working|schedule|role|position|model|environment|arrangement|opportunity|setup)\\b"
                    + "|\\b(?:location|work(?:place)? type|arrangement)\\W{1,3}hybrid\\b"
                    + "|\\b(?:\\d|one|two|three|four)[- ]days?[- ](?:a|per|each)[- ]week[- ](?:in|at)[- ](?:the |our )?office\\b"
                    + "|\\bpartially remote\\b|\\bremote[- ]hybrid\\b", FLAGS);
    private static final Pattern REMOTE = Pattern.compile(
            "\\b(?:fully|100 ?%|completely|entirely) remote\\b"
                    + "|\\bremote[- ](?:position|role|job|work|working|opportunity|first|friendly|ok|eligible|based|option)\\b"
                    + "|\\b(?:work|working) (?:from|at) home\\b|\\bwork remotely\\b|\\btelecommut(?:e|ing)\\b"
                    + "|\\b(?:location|work(?:place)? type|arrangement)\\W{1,3}remote\\b|\\(remote\\)|\\bwfh\\b", FLAGS);
    private static final Pattern ONSITE = Pattern.compile(
            "\\bon[- ]?site[- ](?:position|role|job|only|work|presence|requirement)\\b"
                    + "|\\b(?:work|report|be) (?:on[- ]?site|in[- ]office|in the office)\\b(?! (?:occasionally|as needed))"
                    + "|\\b(?:location|work(?:place)? type|arrangement)\\W{1,3}on[- ]?site\\b|\\bnot (?:a )?remote\\b"
                    + "|\\bno remote\\b|\\bin[- ]person (?:role|position|work)\\b", FLAGS);

    /** Hybrid first: "remote 2 days a week, 3 in the office" is hybrid, not remote. */
    private static final List<Map.Entry<WorkArrangement, Pattern>> ARRANGEMENTS = List.of(
            Map.entry(WorkArrangement.HYBRID, HYBRID), Map.entry(WorkArrangement.REMOTE, REMOTE),
            Map.entry(WorkArrangement.ONSITE, ONSITE));

    /** "$60,000", "$60K", "60k", "USD 80,000", "£30,000", "€45.000", "$25.50". */
    private static final String AMOUNT = "(?:(?<cur>[$£€])|\\b(?<code>USD|EUR|GBP|CAD|AUD)\\s?)\\s?"
            + "(?<num>\\d{1,3}(?:[,.]\\d{3}){0,2}(?:\\.\\d{1,2})?|\\d{1,7}(?:\\.\\d{1,2})?)\\s?(?<k>[kK])?";
    private static final Pattern SALARY = Pattern.compile(AMOUNT
            + "(?:\\s?(?:-|–|to)\\s?(?:[$£€]|USD|EUR|GBP|CAD|AUD)?\\s?(?<num2>\\d{1,3}(?:[,.]\\d{3}){0,2}(?:\\.\\d{1,2})?"
            + "|\\d{1,7}(?:\\.\\d{1,2})?)\\s?(?<k2>[kK])?)?"
            + "(?<period>\\s?(?:/|per|an|a)\\s?(?:hour|hr|year|yr|annum|month|mo|week|wk)\\b|\\s?(?:hourly|annually|yearly|monthly))?",
            FLAGS);
    private static final Pattern PAY_WORDS = Pattern.compile(
            "\\b(?:salary|salaries|pay|pays|paid|compensation|wage|wages|rate|base|range|earn|earning|ote|stipend)\\b", FLAGS);
    private static final Pattern NOT_PAY = Pattern.compile(
            "^\\s?(?:million|billion|mm|bn|m\\b|b\\b|in (?:revenue|sales|funding|assets)|of (?:revenue|funding|assets))", FLAGS);
    private static final int PAY_CONTEXT = 50;

    private final List<StatedFact> facts;
    private final Set<EmploymentType> employmentTypes;
    private final WorkArrangement workArrangement;
    private final SalaryRange salary;

    private PostingFacts(List<StatedFact> facts, Set<EmploymentType> types, WorkArrangement arrangement, SalaryRange salary) {
        this.facts = List.copyOf(facts);
        this.employmentTypes = types;
        this.workArrangement = arrangement;
        this.salary = salary;
    }

    /** The facts a posting's title and description state; title first, as it names the job most directly. */
    public static PostingFacts read(String title, String description) {
        List<StatedFact> facts = new ArrayList<>();
        Set<EmploymentType> types = EnumSet.noneOf(EmploymentType.class);
        WorkArrangement arrangement = null;
        SalaryRange salary = null;
        for (String source : List.of("title", "description")) {
            String text = "title".equals(source) ? title : description;
            if (text == null || text.isBlank()) {
                continue;
            }
            for (TypePattern type : TYPES) {
                Matcher m = type.pattern().matcher(text);
                if (!types.contains(type.type()) && m.find()) {
                    types.add(type.type());
                    facts.add(fact("employmentType", type.type().name(), source, text, m.start(), m.end()));
                }
            }
            if (arrangement == null) {
                for (Map.Entry<WorkArrangement, Pattern> candidate : ARRANGEMENTS) {
                    Matcher m = candidate.getValue().matcher(text);
                    if (m.find()) {
                        arrangement = candidate.getKey();
                        facts.add(fact("workArrangement", arrangement.name(), source, text, m.start(), m.end()));
                        break;
                    }
                }
            }
            if (salary == null) {
                Matcher m = SALARY.matcher(text);
                while (m.find()) {
                    Optional<SalaryRange> pay = pay(text, m);
                    if (pay.isPresent()) {
                        salary = pay.get();
                        facts.add(fact("salary", describe(salary), source, text, m.start(), m.end()));
                        break;
                    }
                }
            }
        }
        return new PostingFacts(facts, types, arrangement, salary);
    }

    public List<StatedFact> facts() {
        return facts;
    }

    public List<String> employmentTypes() {
        return employmentTypes.stream().map(Enum::name).toList();
    }

    public Optional<WorkArrangement> workArrangement() {
        return Optional.ofNullable(workArrangement);
    }

    public Optional<SalaryRange> salary() {
        return Optional.ofNullable(salary);
    }

    private static Optional<SalaryRange> pay(String text, Matcher m) {
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 20));
        if (NOT_PAY.matcher(after).find()) {
            return Optional.empty();
        }
        String period = period(m.group("period"));
        String around = text.substring(Math.max(0, m.start() - PAY_CONTEXT), Math.min(text.length(), m.end() + 10));
        if (period == null && !PAY_WORDS.matcher(around).find()) {
            return Optional.empty();
        }
        BigDecimal low = amount(m.group("num"), m.group("k") != null);
        BigDecimal high = null;
        if (m.group("num2") != null) {
            // "$60K-75K" and "$60-75K": one K for both ends.
            boolean thousands = m.group("k2") != null
                    || m.group("k") != null && amount(m.group("num2"), false).compareTo(BigDecimal.valueOf(1000)) < 0;
            high = amount(m.group("num2"), thousands);
            if (m.group("k") == null && m.group("k2") != null && low.compareTo(BigDecimal.valueOf(1000)) < 0) {
                low = low.multiply(BigDecimal.valueOf(1000));
            }
        }
        if (low == null || low.signum() <= 0 || high != null && high.compareTo(low) < 0) {
            return Optional.empty();
        }
        if (period == null) {
            // No period named: an amount this size is only plausible as one of them.
            period = low.compareTo(BigDecimal.valueOf(10_000)) >= 0 ? "YEAR" : low.compareTo(BigDecimal.valueOf(200)) <= 0 ? "HOUR" : null;
        }
        if (period == null || "YEAR".equals(period) && low.compareTo(BigDecimal.valueOf(1_000)) < 0) {
            return Optional.empty();
        }
        return Optional.of(new SalaryRange(low, high == null ? low : high, currency(m), period));
    }

    private static BigDecimal amount(String number, boolean thousands) {
        if (number == null) {
            return null;
        }
        // "60,000" and "45.000" group thousands; "25.50" has cents.
        String plain = number.matches("\\d{1,3}(?:[,.]\\d{3})+") ? number.replaceAll("[,.]", "") : number.replace(",", "");
        BigDecimal value = new BigDecimal(plain);
        return thousands ? value.multiply(BigDecimal.valueOf(1000)) : value;
    }

    private static String currency(Matcher m) {
        if (m.group("code") != null) {
            return m.group("code").toUpperCase(Locale.ROOT);
        }
        return switch (m.group("cur")) {
            case "£" -> "GBP";
            case "€" -> "EUR";
            default -> "USD";
        };
    }

    private static String period(String words) {
        if (words == null) {
            return null;
        }
        String w = words.toLowerCase(Locale.ROOT);
        if (w.contains("hour") || w.contains("hr")) {
            return "HOUR";
        }
        if (w.contains("mo")) {
            return "MONTH";
        }
        if (w.contains("year") || w.contains("yr") || w.contains("annum") || w.contains("annually")) {
            return "YEAR";
        }
        return null; // per week: no such period in the contract
    }

    private static String describe(SalaryRange salary) {
        String range = salary.min().compareTo(salary.max()) == 0 ? salary.min().toPlainString()
                : salary.min().toPlainString() + "-" + salary.max().toPlainString();
        return range + " " + salary.currency() + " per " + salary.period().toLowerCase(Locale.ROOT);
    }

    private static StatedFact fact(String field, String value, String source, String text, int start, int end) {
        return new StatedFact(field, value, source, start, end, text.substring(start, end));
    }
}
