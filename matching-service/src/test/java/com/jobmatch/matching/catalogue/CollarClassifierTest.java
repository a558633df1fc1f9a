package com.jobmatch.matching.catalogue;

import com.jobmatch.contract.model.CollarType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CollarClassifierTest {

    @Test
    void titleThenIndustryThenSkillsDecide() {
        assertEquals(CollarType.GREEN, CollarClassifier.classify("Solar Installer", List.of(), List.of()).type());
        assertEquals(CollarType.GREY, CollarClassifier.classify("Lab Technician", List.of(), List.of()).type());
        assertEquals(CollarType.BLUE, CollarClassifier.classify("Maintenance Technician", List.of(), List.of()).type());
        assertEquals(CollarType.PINK, CollarClassifier.classify("Registered Nurse", List.of(), List.of()).type());
        // care work by its usual titles (a sample "Senior Care Worker" was office work and weighed as such)
        assertEquals(CollarType.PINK, CollarClassifier.classify("Senior Care Worker", List.of(), List.of()).type());
        assertEquals(CollarType.PINK, CollarClassifier.classify("Disability Support Worker", List.of(), List.of()).type());
        assertEquals(CollarType.GREEN, CollarClassifier.classify("Project Manager", List.of("Renewable Energy"), List.of()).type());
        assertEquals(CollarType.BLUE, CollarClassifier.classify("Operator", List.of("Software"), List.of("forklift")).type());
        CollarClassifier.Collar white = CollarClassifier.classify("Data Scientist", List.of("Internet"), List.of("Python"));
        assertEquals(CollarType.WHITE, white.type());
        assertEquals("industry mentions 'renewable'",
                CollarClassifier.classify("Project Manager", List.of("Renewable Energy"), List.of()).reason());
    }
}
