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
                    + "|translator|interpreter|coach|mentor|facilitator|organizer|liaison|correspondent|preparer";
    static final Pattern OCCUPATION = Pattern.compile("(?i)\\b(?:" + OCCUPATIONS + ")s?\\b");
    /** A title names its occupation last ("Senior Software Engineer", "Sales Associate"). */
    private static final Pattern OCCUPATION_LAST = Pattern.compile("(?i)\\b(?:" + OCCUPATIONS + ")s?\\W*$");
    static final Pattern LEGAL_FORM_WORD = Pattern.compile(
            "(?i)\\b(inc|llc|llp|ltd|limited|corp|corporation|company|co|group|gmbh|plc|technologies|technology|solutions"
                    + "|bank|services|pvt|systems|industries|international|enterprises|consulting|partners|associates"
                    + "|hospital|clinic|university|college|school|district|county|city of|department|agency|institute"
                    + "|foundation|church|restaurant|hotel|store|stores|labs?|studios?|media|networks?|software|health"
                    + "|healthcare|pharmaceuticals?|motors|airlines|insurance|financial|capital|holdings|global)\\b\\.?");
    private static final Pattern SEPARATOR = Pattern.compile(
            "\\s*[|–—•]\\s*|\\s+-\\s*|\\s*-\\s+|(?<=[\\p{Lu}&])-(?=\\p{Lu}\\p{Ll})|\\s*,\\s*|\\s{3,}|\\t+|\\s+at\\s+(?=\\p{Lu})|\\s+@\\s+");
    /** Two words glued by flattening: "ApprenticeMilestone", "CenterAdobe". */
    private static final Pattern GLUED = Pattern.compile("(?<=\\p{Ll}{3})(?=\\p{Lu}\\p{Ll})");
    private static final Pattern AT_FORM = Pattern.compile("^(.+?)\\s+(?:at|@)\\s+(\\p{Lu}.+)$");
    private static final Pattern NOISE = Pattern.compile("(?i)^(?:\\(?\\s*\\)?|from|to|and|present|current|remote|full[- ]time|part[- ]time|contract|\\W+)$");

    static RoleHeading parse(String heading) {
        if (heading == null || heading.isBlank()) {
            return new RoleHeading(null, null, null, null, null);
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
                parts.add(part);
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

    private static String clean(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").replaceAll("^[\\s,|:;–—.-]+|[\\s,|:;–—-]+$", "").strip();
    }
}
