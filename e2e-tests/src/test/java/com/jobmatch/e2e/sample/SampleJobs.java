package com.jobmatch.e2e.sample;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The project's own sample job catalogue (scripts/sample-data/jobs.json): postings written from each
 * {@link Occupation}'s vocabulary by a seeded random generator, so every run produces the same file. Nothing
 * here comes from /work/shared/data, whose postings may not ship. The shape is matching-service's JSON import.
 */
final class SampleJobs {

    static final int PER_OCCUPATION = 18;
    static final String SOURCE = "jobmatch-sample";

    private static final long SEED = 20261121L;
    private static final Instant NEWEST = Instant.parse("2026-11-15T09:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_EMPTY)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private static final List<String> COMPANY_STEMS = List.of("Northwind", "Bluepeak", "Cedarline", "Harborview", "Lumen",
            "Ironleaf", "Brightwater", "Summit Ridge", "Kestrel", "Meadowbrook", "Silverline", "Redwood", "Orbitra", "Granite Bay",
            "Tidewell", "Sunridge", "Foxglove", "Maplecroft");
    private static final List<String> SALARIED_BENEFITS = List.of("Health insurance", "Dental and vision",
            "401(k) or pension match", "Paid time off", "Paid parental leave", "Training budget", "Flexible hours", "Tuition support");
    private static final List<String> HOURLY_BENEFITS = List.of("Health insurance", "Paid time off", "Overtime pay",
            "Tool allowance", "Employee discount", "Company vehicle", "Paid training", "Weekly pay");

    record Place(String city, String region, String country, double latitude, double longitude, String currency, double payFactor) {
    }

    static final List<Place> PLACES = List.of(
            new Place("Austin", "Texas", "US", 30.2672, -97.7431, "USD", 1.0),
            new Place("Seattle", "Washington", "US", 47.6062, -122.3321, "USD", 1.15),
            new Place("Chicago", "Illinois", "US", 41.8781, -87.6298, "USD", 1.05),
            new Place("Denver", "Colorado", "US", 39.7392, -104.9903, "USD", 1.0),
            new Place("Atlanta", "Georgia", "US", 33.7490, -84.3880, "USD", 0.95),
            new Place("Boston", "Massachusetts", "US", 42.3601, -71.0589, "USD", 1.12),
            new Place("Toronto", "Ontario", "CA", 43.6532, -79.3832, "CAD", 1.2),
            new Place("Vancouver", "British Columbia", "CA", 49.2827, -123.1207, "CAD", 1.22),
            new Place("London", "England", "GB", 51.5074, -0.1278, "GBP", 0.72),
            new Place("Manchester", "England", "GB", 53.4808, -2.2426, "GBP", 0.62),
            new Place("Berlin", "Berlin", "DE", 52.5200, 13.4050, "EUR", 0.72),
            new Place("Amsterdam", "North Holland", "NL", 52.3676, 4.9041, "EUR", 0.78),
            new Place("Dublin", "Leinster", "IE", 53.3498, -6.2603, "EUR", 0.8));

    record Salary(BigDecimal min, BigDecimal max, String currency, String period) {
    }

    record Experience(Integer minMonths, Integer maxMonths) {
    }

    /** One posting in matching-service's JSON import shape (JobPosting); empty fields are left out. */
    record Posting(String externalId, String title, String company, String location, String description, String url,
                   String source, String postedAt, List<String> employmentTypes, String workArrangement,
                   String experienceLevel, List<String> keySkills, String coreResponsibilities,
                   String requirementsSummary, String educationRequirements, List<String> benefits, Salary salary,
                   List<String> industries, Boolean visaSponsorship, String jobLanguage, String country,
                   String region, Double latitude, Double longitude, Experience experience, String minimumEducation,
                   List<String> requiredCertifications) {
    }

    private SampleJobs() {
    }

    static List<Posting> generate() {
        Random random = new Random(SEED);
        List<Posting> postings = new ArrayList<>();
        for (Occupation occupation : Occupation.ALL) {
            for (int i = 1; i <= PER_OCCUPATION; i++) {
                postings.add(posting(occupation, i, random));
            }
        }
        return postings;
    }

    static String toJson(List<Posting> postings) {
        try {
            return JSON.writeValueAsString(postings) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Posting posting(Occupation occupation, int number, Random random) {
        String externalId = "sample-" + occupation.key() + "-" + String.format("%03d", number);
        String title = pick(occupation.titles(), random);
        String company = pick(COMPANY_STEMS, random) + " " + pick(occupation.companySuffixes(), random);
        Place place = pick(PLACES, random);
        String arrangement = arrangement(occupation, random);
        boolean senior = title.startsWith("Senior") || title.contains("Lead") || title.contains("Manager") || title.contains("Supervisor");
        boolean junior = title.startsWith("Apprentice") || title.startsWith("Assistant");
        int minYears = Math.max(0, occupation.minYears() + (senior ? 3 : 0) - (junior ? occupation.minYears() : 0) + random.nextInt(2));
        String level = minYears == 0 ? "ENTRY" : minYears <= 2 ? "JUNIOR" : minYears <= 5 ? "MID" : "SENIOR";

        List<String> required = sample(occupation.requiredSkills(), 3 + random.nextInt(3), random);
        List<String> preferred = sample(occupation.preferredSkills(), 1 + random.nextInt(2), random);
        List<String> duties = sample(occupation.duties(), 3, random);
        List<String> certifications = occupation.certifications().isEmpty() || random.nextInt(4) == 0
                ? List.of() : sample(occupation.certifications(), 1, random);
        List<String> benefits = sample(occupation.hourly() ? HOURLY_BENEFITS : SALARIED_BENEFITS, 2 + random.nextInt(3), random);
        String employmentType = pick(occupation.employmentTypes(), random);
        Salary salary = salary(occupation, place, senior, random);

        Set<String> skills = new LinkedHashSet<>(required);
        skills.addAll(preferred);
        String location = arrangement.equals("REMOTE") ? "Remote (" + place.country() + ")" : place.city() + ", " + place.region() + ", " + place.country();
        String description = description(occupation, title, company, place, arrangement, duties, required, preferred,
                certifications, minYears, benefits, random);
        return new Posting(externalId, title, company, location, description, "https://jobs.example.com/sample/" + externalId,
                SOURCE, NEWEST.minus(random.nextInt(45), ChronoUnit.DAYS).toString(), List.of(employmentType), arrangement, level,
                List.copyOf(skills), String.join("; ", duties), "Requires " + String.join(", ", required) + ".",
                educationText(occupation.education()), benefits, salary, List.of(occupation.industry()),
                occupation.collar().equals("white") ? random.nextInt(3) == 0 : Boolean.FALSE, "en", place.country(),
                place.region(), place.latitude(), place.longitude(),
                new Experience(minYears * 12, minYears == 0 ? 24 : (minYears + 5) * 12), occupation.education(), certifications);
    }

    private static String description(Occupation occupation, String title, String company, Place place, String arrangement,
                                      List<String> duties, List<String> required, List<String> preferred,
                                      List<String> certifications, int minYears, List<String> benefits, Random random) {
        StringBuilder text = new StringBuilder();
        text.append(company).append(" is looking for a ").append(title)
                .append(switch (arrangement) {
                    case "REMOTE" -> " to work remotely";
                    case "HYBRID" -> " in " + place.city() + " (hybrid, two days a week on site)";
                    default -> " in " + place.city();
                })
                .append(". ")
                .append(pick(List.of("We are a growing team in " + occupation.industry().toLowerCase() + ".",
                        "Join a team that cares about doing the work well.",
                        "We have served customers in " + place.region() + " for over " + (5 + random.nextInt(40)) + " years.",
                        "This is a permanent role with room to grow."), random))
                .append("\n\nWhat you will do: ").append(String.join(", ", duties)).append(".")
                .append("\n\nWhat you bring: ")
                .append(minYears == 0 ? "no previous experience needed, we train you" : minYears + "+ years of experience in a similar role")
                .append("; ").append(String.join(", ", required)).append(".");
        if (!preferred.isEmpty()) {
            text.append(" Nice to have: ").append(String.join(", ", preferred)).append(".");
        }
        if (!certifications.isEmpty()) {
            text.append(" Required certification: ").append(String.join(", ", certifications)).append(".");
        }
        text.append(" Education: ").append(educationText(occupation.education())).append(".")
                .append("\n\nWhat we offer: ").append(String.join(", ", benefits)).append(".");
        return text.toString();
    }

    private static String arrangement(Occupation occupation, Random random) {
        if (!occupation.remoteFriendly()) {
            return "ONSITE";
        }
        return pick(List.of("REMOTE", "HYBRID", "HYBRID", "ONSITE"), random);
    }

    private static Salary salary(Occupation occupation, Place place, boolean senior, Random random) {
        double low = occupation.salaryMin() + random.nextDouble() * (occupation.salaryMax() - occupation.salaryMin()) * 0.5;
        double high = low * (1.15 + random.nextDouble() * 0.2);
        double factor = place.payFactor() * (senior ? 1.15 : 1.0);
        int scale = occupation.hourly() ? 2 : 0;
        BigDecimal min = BigDecimal.valueOf(low * factor).setScale(scale, RoundingMode.HALF_UP);
        BigDecimal max = BigDecimal.valueOf(high * factor).setScale(scale, RoundingMode.HALF_UP);
        if (!occupation.hourly()) {
            min = min.divide(BigDecimal.valueOf(1000), 0, RoundingMode.HALF_UP).multiply(BigDecimal.valueOf(1000));
            max = max.divide(BigDecimal.valueOf(1000), 0, RoundingMode.HALF_UP).multiply(BigDecimal.valueOf(1000));
        }
        return new Salary(min, max, place.currency(), occupation.hourly() ? "HOUR" : "YEAR");
    }

    private static String educationText(String level) {
        return switch (level) {
            case "NONE" -> "no formal education required";
            case "HIGH_SCHOOL" -> "high school diploma or equivalent";
            case "VOCATIONAL" -> "completed apprenticeship or trade school";
            case "ASSOCIATE" -> "associate degree or higher";
            case "BACHELOR" -> "bachelor's degree or equivalent experience";
            default -> level.toLowerCase();
        };
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private static List<String> sample(List<String> values, int count, Random random) {
        List<String> pool = new ArrayList<>(values);
        List<String> chosen = new ArrayList<>();
        while (chosen.size() < count && !pool.isEmpty()) {
            chosen.add(pool.remove(random.nextInt(pool.size())));
        }
        return chosen;
    }
}
