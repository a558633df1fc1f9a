package com.jobmatch.resume.parsing;

import com.jobmatch.contract.model.EducationLevel;
import com.jobmatch.resume.profiles.CandidateProfiles;
import com.jobmatch.resume.resumes.ResumeData;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Forms of education and work history that flattened builder exports in the fit-pairs resumes write and that the
 * parser once missed; each case is cut down from such a resume.
 */
class FlattenedEducationAndHistoryTest {

    private static final String EXPERIENCE = "ExperienceData Analyst,01/2016-Current Acme Corp–Boston,MA,Built reports.\n";

    private static List<EducationLevel> levels(String text) {
        return ResumeTextParser.parse(text).education().stream().map(e -> CandidateProfiles.level(e.degree())).toList();
    }

    @Test
    void educationAndCourseworkHeadingGluedToTheDegree() {
        assertEquals(List.of(EducationLevel.BACHELOR), levels(EXPERIENCE
                + "Education and CourseworkExpected in2012totoBachelor of Arts|Criminal JusticeInter-American University"
                + " Of Puerto Rico,PR,GPA:Relevant Coursework: Psychology\nSkillsExcel"));
    }

    @Test
    void educationAndProfessionalTrainingHeadingGluedToAnAbbreviation() {
        assertEquals(List.of(EducationLevel.MASTER, EducationLevel.BACHELOR), levels(EXPERIENCE
                + "Education and Professional TrainingM.S:Computer Science,Expected in-Illinois Institute of Technology-"
                + "Chicago,ILGPA:Status-Computer ScienceB.E:Electronics and Communication Engineering,Expected in-"
                + "National Institute of Technology-Trichy,GPA:Status-Electronics\nSkillsC++"));
    }

    @Test
    void associateFollowedByTheBuildersBar() {
        assertEquals(List.of(EducationLevel.ASSOCIATE), levels(EXPERIENCE
                + "Education and TrainingExpected intotoAssociate|Science Business Administration: ManagementHousatonic"
                + " Community College,Bridgeport,CTGPA:Science Business Administration: Management\nSkillsExcel"));
    }

    @Test
    void abbreviationWithTheWordDegreeGluedToTheDateBefore() {
        ResumeData data = ResumeTextParser.parse(EXPERIENCE
                + "EducationExpected intotoBSc Degree|Information ScienceAdmas University,,GPA:Information Science\nSkillsSQL");
        assertEquals(List.of(EducationLevel.BACHELOR),
                data.education().stream().map(e -> CandidateProfiles.level(e.degree())).toList());
        assertEquals("Admas University", data.education().getFirst().institution());
    }

    @Test
    void associateInSpecializedStudiesAbbreviated() {
        assertEquals(EducationLevel.ASSOCIATE, levels(EXPERIENCE
                + "Education and TrainingASS:Business Accounting,Expected inMay 2012toFulton-Montgomery Community College-"
                + "Johnstown,New YorkGPA:Business Accounting\nSkillsExcel").getFirst());
        // "ASS" only as a degree followed by its field: in prose it stays a word.
        assertEquals(List.of(), levels(EXPERIENCE + "EducationASSEMBLY line training at the plant\nSkillsExcel"));
    }

    @Test
    void certificatesAndLicencesAreTheLevelOnlyWhereNoDegreeIsNamed() {
        assertEquals(List.of(EducationLevel.VOCATIONAL, EducationLevel.VOCATIONAL), levels(EXPERIENCE
                + "Educational BackgroundObtained Cosmetology License:Cosmetology,Expected in2012toEmpire Beauty School-"
                + "Arvada,COGPA:Obtained CNA License:Nursing,Expected in2009toFront Range Community College-Denver,COGPA:"
                + "\nSkillsCustomer service"));
        assertEquals(List.of(EducationLevel.VOCATIONAL), levels(EXPERIENCE
                + "EducationExpected in1997toto:A /CNA certificationTraining Technologies-Rancho Cucamonga,CAGPA:\nSkillsSQL"));
        assertEquals(List.of(EducationLevel.VOCATIONAL), levels(EXPERIENCE
                + "Education and TrainingExpected intotoCertificate of Completion:CADPorter & Chester Institute-Stratford,"
                + "CTGPA:Emphasis on drafting\nSkillsAutoCAD"));
        // Beside a degree a certificate is further training: the degree alone is reported.
        assertEquals(List.of(EducationLevel.BACHELOR), levels(EXPERIENCE
                + "EducationBachelor of Science in Biology, 2010\nProject Management Certificate, 2015\nSkillsExcel"));
    }

    @Test
    void educationThatNamesNoCredentialStaysUnknown() {
        assertEquals(List.of(), levels(EXPERIENCE
                + "Education and Training:Computer Sciences/Mathematics,Expected inMay-2017-University of Lincoln Nebraska-"
                + "Lincoln,NEGPA:Status-Computer Sciences/Mathematics 3.36\nSkillsJava"));
    }

    @Test
    void yearRangeAfterACommaGluedToTheTitle() {
        ResumeData data = ResumeTextParser.parse("SummaryAnalyst.\nExperienceSenior Software Engineer,2004to2011The Hartford"
                + "–Peace Dale,RI,Analyzed data.\nEducationBachelor of Engineering, 2003");
        assertEquals(1, data.workExperience().size());
        assertEquals("2004-01", data.workExperience().getFirst().startDate());
        assertEquals("2011-12", data.workExperience().getFirst().endDate());
    }

    @Test
    void yearRangeGluedToTheFullStopOfTheRoleBefore() {
        // a fit-pairs resume: only its first role was found, so its career was one month
        ResumeData data = ResumeTextParser.parse("SummaryAccountant.\nExperience03/2015to03/2015Financial Analyst"
                + "Postlethwaite & Netterville–City,STATE,Reviewed claims with attorneys and financial advisors."
                + "2012to03/2015Director of OperationsInternational Staffing Association–City,STATE,Sourced candidates."
                + "2010to2012Safety ManagerConstruction Management Enterprises–City,STATE,Inspected sites.\nEducationMBA");
        assertEquals(List.of("2015-03", "2012-01", "2010-01"),
                data.workExperience().stream().map(ResumeData.WorkExperience::startDate).toList());
        assertEquals("2012-12", data.workExperience().get(2).endDate());
    }

    @Test
    void hoursGluedToTheEndOfARange() {
        // a fit-pairs electrician: the builder writes the hours right after the end date
        ResumeData data = ResumeTextParser.parse("SummaryElectrician.\nExperienceHca-Journeyman ElectricianTampa,FL,"
                + "10/2013-01/201440-60 Hrs a WeekInstallation of conduit.Continental-Journeyman ElectricianTaylor,MI,"
                + "10/2011-01/201240-50 Hrs per WeekInstall, repair wiring.\nSkillsConduit");
        assertEquals(List.of("2013-10", "2011-10"),
                data.workExperience().stream().map(ResumeData.WorkExperience::startDate).toList());
        assertEquals(List.of("2014-01", "2012-01"),
                data.workExperience().stream().map(ResumeData.WorkExperience::endDate).toList());
    }

    @Test
    void aNumberWithADecimalPointIsNoYear() {
        ResumeData data = ResumeTextParser.parse("ExperienceClerk,City Office|Newport,KY,Raised output by 3.2015 percent"
                + " to 4.1 units a day.\nEducationHigh School Diploma");
        assertEquals(List.of(), data.workExperience());
    }

    @Test
    void placeCommaYearRangeInAHeadingLine() {
        ResumeData data = ResumeTextParser.parse("SummaryEngineer.\nExperiencePremier System Integrators-Senior Embedded"
                + " Software DeveloperDecatur,AL,2013-CurrentCurrently I am doing work for three divisions.Acme Electronics-"
                + "Lead Electronics EngineerSilver Spring,MD,2001-2012A global manufacturer.\nSkillsC");
        assertEquals(List.of("2013-01", "2001-01"), data.workExperience().stream().map(ResumeData.WorkExperience::startDate).toList());
        assertTrue(data.workExperience().getFirst().isCurrent());
    }

    @Test
    void anAmountWithAThousandsCommaIsNoYear() {
        ResumeData data = ResumeTextParser.parse("ExperienceClerk,City Office|Newport,KY,$39,2010/Year40 Hours/Week\n"
                + "Filed records.\nEducationHigh School Diploma");
        assertEquals(List.of(), data.workExperience());
    }
}
