package com.jobmatch.resume.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Title, employer and place from a role's heading text. The place is taken out first; the rest is split at the
 * separators people use (" | ", " – ", ", ", " at ", wide gaps, and words glued by flattening); then a part whose
 * last word is an occupation is the title, a part with a legal-form word or right before the place is the
 * employer, and otherwise the usual order (title first) decides. Each choice names its rule.
 */
record RoleHeading(String title, String titleRule, String company, String companyRule, String place) {

    static final String TITLE_WORD = "title-word";
    static final String ORDER = "order";
    static final String ONLY_PART = "only-part";
    static final String LEGAL_FORM = "legal-form";
    static final String BEFORE_PLACE = "before-place";
    static final String AT = "title-at-company";
    static final String EMPLOYER_LINE = "employer-line";
    static final String TITLE_LINE = "employer-in-title-line";

    private static final String OCCUPATIONS = "engineer|developer|manager|analyst|assistant|director|specialist|consultant|intern|teacher"
                    + "|accountant|officer|lead|coordinator|administrator|designer|architect|scientist|representative"
                    + "|associate|supervisor|clerk|nurse|chef|cook|executive|advocate|attorney|technician|agent"
                    + "|president|vp|head|owner|founder|programmer|instructor|tutor|trainer|operator|advisor|auditor"
                    + "|buyer|planner|writer|editor|sales|cashier|driver|mechanic|pilot|therapist|secretary|receptionist"
                    + "|lecturer|professor|faculty|apprentice|electrician|foreman|worker|helper|laborer|labourer|staff"
                    + "|leader|physician|pharmacist|paralegal|controller|bookkeeper|teller|server|bartender|host|hostess"
                    + "|dishwasher|housekeeper|janitor|custodian|aide|caregiver|counselor|counsellor|librarian|fellow"
                    + "|researcher|investigator|inspector|estimator|welder|machinist|carpenter|plumber|installer"
                    + "|dispatcher|courier|loader|picker|packer|stocker|merchandiser|recruiter|generalist|partner"
                    + "|principal|chairman|ceo|cfo|cto|coo|member|volunteer|practitioner|paraprofessional|tester"
                    + "|strategist|marketer|expert|ambassador|captain|sergeant|lieutenant|soldier|specialist|crew"
                    + "|administrator|adjuster|underwriter|processor|examiner|auditor|economist|statistician|trainee"
                    + "|student|graduate|scholar|apprentice|handler|attendant|guard|dietitian|hygienist|medic|emt|lpn|rn"
                    + "|cna|dentist|surgeon|veterinarian|photographer|artist|musician|producer|reporter|journalist"
                    + "|translator|interpreter|coach|mentor|facilitator|organizer|liaison|correspondent|preparer|technologist"
                    + "|broker|banker|realtor|educator|chemist|biologist|psychologist|phlebotomist|sonographer|paramedic"
                    + "|firefighter|registrar|pastor|chaplain|lawyer|solicitor|notary|trooper|concierge|doorman|valet"
                    + "|lifeguard|waiter|waitress|barista|assembler|fabricator|landscaper|nanny|babysitter|maintainer"
                    + "|adviser|caretaker|midwife|optician|logistician|navigator|steward|stewardess";
    static final Pattern OCCUPATION = Pattern.compile("(?i)\\b(?:" + OCCUPATIONS + ")s?\\b");
    /** A title names its occupation last ("Senior Software Engineer", "Sales Associate"). */
    static final Pattern OCCUPATION_LAST = Pattern.compile("(?i)\\b(?:" + OCCUPATIONS + ")s?\\W*$");
    static final Pattern LEGAL_FORM_WORD = Pattern.compile(
            "(?i)\\b(inc|llc|llp|ltd|limited|corp|corporation|company|co|group|gmbh|plc|technologies|technology|solutions"
                    + "|bank|services|pvt|systems|industries|international|enterprises|consulting|partners|associates"
                    + "|hospital|clinic|university|college|school|district|county|city of|department|agency|institute"
                    + "|foundation|church|restaurant|hotel|store|stores|labs?|studios?|media|networks?|software|health"
                    + "|healthcare|pharmaceuticals?|motors|airlines|insurance|financial|capital|holdings|global)\\b\\.?");
    private static final Pattern SEPARATOR = Pattern.compile(
            "\\s*[|–—•\uFFFD]\\s*|\\s+-\\s*|\\s*-\\s+|(?<=[\\p{Lu}&])-(?=\\p{Lu}\\p{Ll})|\\s*,\\s*|\\s{3,}|\\t+|\\s+at\\s+(?=\\p{Lu})|\\s+@\\s+");
    /** Two words glued by flattening: "ApprenticeMilestone", "CenterAdobe". */
    private static final Pattern GLUED = Pattern.compile("(?<=\\p{Ll}{3})(?=\\p{Lu}\\p{Ll})");
    private static final Pattern AT_FORM = Pattern.compile("^(.+?)\\s+(?:at|@)\\s+(\\p{Lu}.+)$");
    /**
     * The line right above a role's dates that ends with a dangling dash: "Infosys Limited -  Hyderabad, Telangana -"
     * or "Accenture -". Job boards' exports (Indeed's among them) write the employer line so, the place between the
     * dashes and left out when unknown, below a line holding only the title.
     */
    private static final Pattern DANGLING_DASH = Pattern.compile("\\s+[-–—]\\s*$");
    private static final Pattern DASH = Pattern.compile("\\s+[-–—]\\s+");
    private static final Pattern WITHIN = Pattern.compile("^\\p{Lu}[\\p{L} ]{0,30}?\\s+(?:in|with|at|@)\\s+(\\p{Lu}.*)$");
    /** "Title at Employer", "Title, Employer", "Title - Employer" on one line. */
    private static final Pattern TITLE_THEN_EMPLOYER = Pattern.compile(
            "^(.+?)(?:\\s+(?:at|@|in|with)\\s+|\\s*,[\\s-]*|\\s+[-–—]\\s+)(\\p{Lu}[^,]*?)$");
    /**
     * Dates introduced by a word of a sentence ("... Infosys Limited from February 2012 to ...", "Hyderabad, since
     * December 2014", "Duration Sep 2012 - Till date"): the text before is prose or a label, not a heading.
     */
    private static final Pattern PROSE_BEFORE_DATE = Pattern.compile("(?i)\\s*\\b(?:from|since|during|between|duration|period)\\W*$");
    private static final Pattern WORKED_AS = Pattern.compile("(?i)^.*?\\b(?:worked|working|work|employed|serving|served)\\s+(?:as\\s+(?:an?\\s+)?)?");
    /** "Worked in [24]7 Inc as HR Executive": the employer first, the title after "as". */
    private static final Pattern EMPLOYER_AS_TITLE = Pattern.compile("^(?:in|with|at|for)\\s+(\\S.*?)\\s+as\\s+(?:an?\\s+)?(\\S.*)$");
    /** "Senior Systems Engineer for Infosys Limited": the title, then the employer after a preposition. */
    private static final Pattern TITLE_FOR_EMPLOYER = Pattern.compile("^(\\S.*?)\\s+(?:for|at|in|with|@)\\s+(\\p{Lu}.*)$");
    /** How {@code WorkHistory} joins the lines of a heading. */
    static final String LINE_JOIN = " | ";
    private static final Pattern NOISE = Pattern.compile("(?i)^(?:\\(?\\s*\\)?|from|to|and|present|current|remote|full[- ]time|part[- ]time|contract|\\W+)$");

    static RoleHeading parse(String heading) {
        if (heading == null || heading.isBlank()) {
            return new RoleHeading(null, null, null, null, null);
        }
        Matcher prose = PROSE_BEFORE_DATE.matcher(heading);
        if (prose.find()) {
            return sentence(heading.substring(0, prose.start()));
        }
        RoleHeading employerLine = employerLine(heading);
        if (employerLine != null) {
            return employerLine;
        }
        String text = GLUED.matcher(heading.replaceAll("[()\\[\\]]", " ")).replaceAll(" | ");
        Places.Place place = Places.find(text);
        String placeText = null;
        int placeAt = -1;
        if (place != null) {
            placeText = place.text().isEmpty() ? null : place.text();
            String before = text.substring(0, place.start());
            placeAt = before.length();
            text = before + " | " + text.substring(place.end());
        }
        Matcher at = AT_FORM.matcher(text.strip());
        if (at.matches() && !at.group(1).contains("|")) {
            return new RoleHeading(clean(at.group(1)), AT, clean(at.group(2).split("\\s*[|,]\\s*")[0]), AT, placeText);
        }
        List<String> parts = new ArrayList<>();
        int adjacentToPlace = -1;
        Matcher sep = SEPARATOR.matcher(text);
        int last = 0;
        while (true) {
            boolean found = sep.find();
            int end = found ? sep.start() : text.length();
            String part = clean(text.substring(last, end));
            if (!part.isEmpty() && !NOISE.matcher(part).matches() && part.length() <= 80) {
                // A title run into its employer is two parts; the employer, the second, is what stands next to a place.
                parts.addAll(List.of(titleGluedToEmployer(part)));
                if (placeAt >= 0 && end <= placeAt + 1 && end >= placeAt - 1) {
                    adjacentToPlace = parts.size() - 1;
                }
            }
            if (!found) {
                break;
            }
            last = sep.end();
        }
        return assign(parts, adjacentToPlace, placeText);
    }

    /**
     * The layout decides before any word does: a last line ending with a dangling dash is the employer line (the
     * employer, then the place between the dashes), and the lines above it are the title. Titles such as "Software"
     * or "Software Engineer 2" and employers such as "SAP ABAP" carry no word that tells which is which.
     */
    private static RoleHeading employerLine(String heading) {
        int lastLine = heading.lastIndexOf(LINE_JOIN);
        String last = lastLine(heading);
        Matcher m = DANGLING_DASH.matcher(last);
        if (!m.find() || m.start() == 0) {
            return null;
        }
        List<String> segments = new ArrayList<>(List.of(DASH.split(last.substring(0, m.start()).strip())));
        String place = null;
        if (segments.size() == 2 || segments.size() > 2 && Places.find(segments.getLast()) != null) {
            // "Employer - Place -"; with more dashes ("Client - Employer - City, ST -") the place is the last part.
            place = clean(segments.removeLast());
        }
        String company = clean(String.join(" - ", segments));
        Matcher within = WITHIN.matcher(company);
        if (within.matches()) {
            // "Job Profile in Accenture -", "Training in Infosys Limited -": the employer follows the preposition.
            company = clean(within.group(1));
        }
        Places.Place wholly = Places.find(company);
        if (wholly != null && wholly.start() == 0 && wholly.end() >= company.length() - 1) {
            // "Hyderabad, Telangana -": a place with the employer left out.
            place = company;
            company = "";
        }
        String title = lastLine < 0 ? "" : clean(heading.substring(0, lastLine).replace(LINE_JOIN, ", "));
        Matcher named = TITLE_THEN_EMPLOYER.matcher(title.replaceAll("\\s*\\([^)]*\\)", ""));
        boolean dashOnly = named.matches() && named.group().substring(named.end(1), named.start(2)).matches("\\s+[-–—]\\s+");
        if (named.matches() && OCCUPATION_LAST.matcher(named.group(1)).find() && !OCCUPATION.matcher(named.group(2)).find()
                && WorkHistory.words(named.group(2)) <= 6 && (!dashOnly || !company.matches(".*\\p{L}.*"))) {
            // "Title - X" names the employer only when the employer line names none ("Senior Web Developer -
            // Microsoft Technology" above an employer is the title's speciality).
            // "SDET Automation Engineer, Infosys" above "CRD (Capital Group of Companies) -": the title line names the
            // employer itself, and the employer line holds the client or project the person was placed on.
            return new RoleHeading(clean(named.group(1)), EMPLOYER_LINE, clean(named.group(2)), TITLE_LINE, place);
        }
        if (!company.matches(".*\\p{L}.*") || company.length() > 80) {
            return company.isEmpty() && !title.isEmpty() ? new RoleHeading(title, EMPLOYER_LINE, null, null, place) : null;
        }
        return new RoleHeading(title.isEmpty() ? null : title, title.isEmpty() ? null : EMPLOYER_LINE, company,
                EMPLOYER_LINE, place == null || place.isEmpty() ? null : place);
    }

    /** The last of a heading's lines (they are joined with {@link #LINE_JOIN}). */
    private static String lastLine(String heading) {
        int at = heading.lastIndexOf(LINE_JOIN);
        return heading.substring(at < 0 ? 0 : at + LINE_JOIN.length()).strip();
    }

    /** A sentence that names a role: only its "title at/for/in employer" forms are read, nothing else is guessed. */
    private static RoleHeading sentence(String text) {
        String line = lastLine(text);
        Matcher worked = WORKED_AS.matcher(line);
        String rest = worked.find() ? line.substring(worked.end()) : line;
        rest = rest.replaceAll("[\\[\\]()]", " ").replaceAll("\\s+", " ").strip();
        Matcher m = EMPLOYER_AS_TITLE.matcher(rest);
        if (m.matches()) {
            return new RoleHeading(clean(m.group(2)), AT, clean(m.group(1).split(",")[0]), AT, null);
        }
        m = TITLE_FOR_EMPLOYER.matcher(rest);
        if (worked.find(0) && m.matches()) {
            return new RoleHeading(clean(m.group(1)), AT, clean(m.group(2).split(",")[0]), AT, null);
        }
        return new RoleHeading(null, null, null, null, null);
    }

    private static RoleHeading assign(List<String> parts, int adjacentToPlace, String place) {
        if (parts.isEmpty()) {
            return new RoleHeading(null, null, null, null, place);
        }
        int title = -1;
        int company = -1;
        String companyRule = null;
        for (int i = 0; i < parts.size() && company < 0; i++) {
            if (LEGAL_FORM_WORD.matcher(parts.get(i)).find() && !OCCUPATION_LAST.matcher(parts.get(i)).find()) {
                company = i;
                companyRule = LEGAL_FORM;
            }
        }
        for (int i = 0; i < parts.size() && title < 0; i++) {
            if (i != company && OCCUPATION_LAST.matcher(parts.get(i)).find()) {
                title = i;
            }
        }
        for (int i = 0; i < parts.size() && title < 0; i++) {
            if (i != company && OCCUPATION.matcher(parts.get(i)).find()) {
                title = i;
            }
        }
        String titleRule = title >= 0 ? TITLE_WORD : null;
        if (company < 0 && adjacentToPlace >= 0 && adjacentToPlace != title) {
            company = adjacentToPlace;
            companyRule = BEFORE_PLACE;
        }
        if (parts.size() == 1) {
            if (title < 0 && company < 0) {
                // One part and nothing tells what it is: an employer is the more common lone heading.
                return new RoleHeading(null, null, parts.getFirst(), ONLY_PART, place);
            }
        }
        if (title < 0) {
            for (int i = 0; i < parts.size(); i++) {
                if (i != company) {
                    title = i;
                    titleRule = ORDER;
                    break;
                }
            }
        }
        if (company < 0) {
            for (int i = 0; i < parts.size(); i++) {
                if (i != title) {
                    company = i;
                    companyRule = ORDER;
                    break;
                }
            }
        }
        return new RoleHeading(title < 0 ? null : parts.get(title), title < 0 ? null : titleRule,
                company < 0 ? null : parts.get(company), company < 0 ? null : companyRule, place);
    }

    /**
     * A title and its employer run together with nothing between them, as resume builders' PDFs print "Registered
     * Nurse Mercy General Hospital | City, State": split after the last occupation word when what follows starts a
     * name and carries an employer's word (hospital, company, school...). Else the part as it is. The title may carry
     * such a word too ("Healthcare Specialist", "Lab Technician").
     */
    private static String[] titleGluedToEmployer(String part) {
        if (!LEGAL_FORM_WORD.matcher(part).find() || OCCUPATION_LAST.matcher(part).find()) {
            return new String[] {part};
        }
        Matcher occupation = OCCUPATION.matcher(part);
        int end = -1;
        while (occupation.find()) {
            String after = part.substring(occupation.end());
            if (after.matches("\\s+\\p{Lu}.*") && LEGAL_FORM_WORD.matcher(after).find()) {
                end = occupation.end();
            }
        }
        if (end < 0 || WorkHistory.words(part.substring(0, end)) > 6) {
            return new String[] {part};
        }
        return new String[] {clean(part.substring(0, end)), clean(part.substring(end))};
    }

    private static String clean(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").replaceAll("^[\\s,|:;–—.-]+|[\\s,|:;–—-]+$", "").strip();
    }
}
