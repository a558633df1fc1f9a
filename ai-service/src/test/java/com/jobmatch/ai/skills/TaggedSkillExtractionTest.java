package com.jobmatch.ai.skills;

import com.jobmatch.ai.embeddings.Embedder;
import com.jobmatch.contract.model.ExtractedSkill;
import com.jobmatch.contract.model.TaxonomySkill;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Competences found by the tagger come out linked to the taxonomy, and what cannot be linked does not come out. */
@QuarkusTest
class TaggedSkillExtractionTest {

    @Inject
    SkillExtractor extractor;

    @Inject
    Embedder embedder;

    @Test
    void taggedCompetencesAreLinkedToTaxonomySkills() {
        TaxonomyIndex taxonomy = taxonomy(
                new TaxonomySkill("esco-patient-care", "care for patients", "skill/competence", null, List.of()),
                new TaxonomySkill("esco-customers", "customer communication", "skill/competence", null, List.of()),
                new TaxonomySkill("esco-bake", "bake pastries", "skill/competence", null, List.of()),
                new TaxonomySkill("sk-python", "Python", "technology", null, List.of()));
        String text = "Provide patient care to residents. You will communicate with customers. Python is a plus.";

        List<ExtractedSkill> skills = extractor.extract(text, taxonomy, SkillExtractor.Phrases.TAGGER);

        ExtractedSkill care = only(skills, "esco-patient-care");
        assertEquals(SkillExtractor.TAGGER, care.method());
        assertTrue(care.matchedText().contains("patient care"), care.toString());
        ExtractedSkill customers = only(skills, "esco-customers");
        assertEquals(SkillExtractor.TAGGER, customers.method());
        assertEquals(customers.matchedText(), text.substring(customers.start(), customers.end()));
        assertEquals(SkillExtractor.DICTIONARY, only(skills, "sk-python").method(), "a dictionary hit is not re-read by the tagger");
        skills.forEach(skill -> assertNotNull(skill.skillId(), skill.toString()));
        assertTrue(skills.stream().noneMatch(skill -> skill.skillId().equals("esco-bake")), skills.toString());
    }

    @Test
    void aTaggedSpanNoLabelComesNearIsDropped() {
        TaxonomyIndex taxonomy = taxonomy(new TaxonomySkill("sk-python", "Python", "technology", null, List.of()));
        List<ExtractedSkill> skills = extractor.extract("Provide patient care to residents. You will communicate with customers.",
                taxonomy, SkillExtractor.Phrases.TAGGER);
        assertTrue(skills.isEmpty(), skills.toString());
    }

    @Test
    void aRoleTheWriterWorkedWithIsSomeoneElses() {
        TaxonomyIndex taxonomy = taxonomy(
                new TaxonomySkill("project-management", "project management", "knowledge", null, List.of()),
                new TaxonomySkill("manage-staff", "manage staff", "cross-sector", null, List.of()));
        for (String text : List.of("Reported defects and discussed details with lead and Project manager.",
                "Communicated with Application Developers, Project Manager and other Team Members on testing status.",
                "Partnering with the management staff and employees, I was instrumental in growth.")) {
            List<ExtractedSkill> skills = extractor.extract(text, taxonomy, SkillExtractor.Phrases.TAGGER);
            assertTrue(skills.isEmpty(), text + " -> " + skills);
        }
        List<ExtractedSkill> own = extractor.extract("Project Manager, Acme Builders. Planned and tracked schedules.",
                taxonomy, SkillExtractor.Phrases.TAGGER);
        assertEquals(1, own.stream().filter(skill -> skill.skillId().equals("project-management")).count(), own.toString());
    }

    private TaxonomyIndex taxonomy(TaxonomySkill... skills) {
        List<TaxonomySkill> all = List.of(skills);
        List<TaxonomyIndex.Label> labels = new ArrayList<>();
        List<float[]> vectors = embedder.embedAll(all.stream().map(TaxonomySkill::name).toList());
        for (int i = 0; i < all.size(); i++) {
            labels.add(new TaxonomyIndex.Label(all.get(i), all.get(i).name(), vectors.get(i)));
        }
        return new TaxonomyIndex("test", all, labels);
    }

    private static ExtractedSkill only(List<ExtractedSkill> skills, String skillId) {
        List<ExtractedSkill> matching = skills.stream().filter(skill -> skill.skillId().equals(skillId)).toList();
        assertEquals(1, matching.size(), skills.toString());
        return matching.getFirst();
    }
}
