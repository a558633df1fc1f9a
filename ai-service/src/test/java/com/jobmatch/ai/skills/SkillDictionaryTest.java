package com.jobmatch.ai.skills;

import com.jobmatch.contract.model.TaxonomySkill;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The false matches found in real resume/job pairs (issue 15), each an ordinary word read as a product or skill,
 * beside the genuine mentions of the same skills that must still be found. The taxonomy entries are the shipped
 * taxonomy's (names, categories and the ESCO alternative labels that caused the false matches).
 */
class SkillDictionaryTest {

    private static final List<TaxonomySkill> SKILLS = List.of(
            skill("microsoft-project", "Microsoft Project", "project management software"),
            skill("oracle-reports", "Oracle Reports", "data base reporting software"),
            skill("google-sites", "Google Sites", "web page creation and editing software"),
            skill("google-classroom", "Google Classroom", "computer based training software"),
            skill("google-drive", "Google Drive", "document management software"),
            skill("microsoft-teams", "Microsoft Teams", "instant messaging software"),
            skill("microsoft-excel", "Microsoft Excel", "spreadsheet software"),
            skill("microsoft-word", "Microsoft Word", "word processing software"),
            skill("microsoft-powerpoint", "Microsoft PowerPoint", "presentation software"),
            skill("go", "Go", "object or component oriented development software"),
            skill("python", "Python", "object or component oriented development software"),
            skill("acoustics", "acoustics", "knowledge", "understand acoustics", "hearing", "sounds", "noises"),
            skill("logistics", "logistics", "knowledge", "logistic", "transport"),
            skill("classroom-management", "perform classroom management", "skill", "classroom management"),
            skill("special-needs", "assist children with special needs in education settings", "skill",
                    "assist special needs children in the classroom"),
            // The taxonomy lists project commissioning before project management, with it as an alternative label.
            skill("project-commissioning", "project commissioning", "knowledge", "project management", "commissioning projects"),
            skill("project-management", "project management", "knowledge", "managing projects"),
            skill("design-user-interface", "design user interface", "occupational", "user interface", "ui", "gui", "UI design"),
            skill("design-information-system", "design information system", "occupational", "design ICT system",
                    "information system", "ict system"),
            skill("augmented-reality", "augmented reality", "knowledge", "ar"),
            skill("securities", "securities", "knowledge", "stocks and bonds"),
            skill("unity", "Unity", "development environment software"),
            skill("r", "R", "analytical or scientific software"),
            skill("led", "LED", "lighting technology"),
            skill("etl", "data extraction, transformation and loading tools", "knowledge", "ETL"),
            skill("accounting", "accounting", "knowledge"),
            skill("java", "Java (computer programming)", "knowledge", "Java"),
            skill("history", "history", "knowledge", "the study of history"),
            skill("database", "database", "knowledge"),
            skill("instrument-flight-rules", "instrument flight rules", "knowledge", "IFR"),
            // ESCO's labels of a blockchain skill include "POS" (proof of stake); O*NET spells POS out as point of sale.
            skill("blockchain-consensus", "blockchain consensus mechanisms", "knowledge", "proof of stake", "POS", "POW"),
            skill("point-of-sale-software", "Point of sale POS software", "point of sale pos software"),
            skill("quickbooks", "Intuit QuickBooks", "accounting software", "QuickBooks"),
            // ESCO's label "GPC" of gel permeation chromatography; an accountant's GPC is the government purchase card.
            skill("gel-permeation-chromatography", "gel permeation chromatography", "knowledge", "GPC"),
            skill("css", "CSS", "web platform development software", "Cascading Style Sheets"),
            skill("electric-generators", "electric generators", "knowledge", "dynamo", "generators"),
            skill("cpr", "cardiopulmonary resuscitation", "skill", "CPR"),
            skill("ocr-software", "optical character recognition software", "optical character recognition software", "OCR"),
            skill("ocr-reader", "Multi-line optical character reader OCR software", "optical character reader software"),
            // ESCO's labels of repossession and of art collections, with the act or the thing cut from its object.
            skill("repossession", "repossession", "knowledge", "reclamation of goods", "reclamation", "retrieval",
                    "recovery of goods", "confiscation", "retrieval of goods"),
            skill("art-collections", "art collections", "knowledge", "collections", "collections of art items"),
            skill("demolish-structures", "demolish structures", "occupational", "demolition", "demolition of structures"),
            skill("linkedin", "LinkedIn", "web page creation and editing software"),
            skill("workday", "Workday software", "human resources software", "Workday"),
            // SQL and the Stack Overflow tags that write it in lower case beside other words.
            skill("sql", "SQL", "knowledge", "sql-query", "sql-statement"),
            skill("mysql", "MySQL", "data base management system software", "my-sql"),
            skill("postgresql", "PostgreSQL", "data base management system software", "sql-postgres"),
            skill("sql-server", "Microsoft SQL Server", "data base management system software", "SQL Server",
                    "ms-sql-server", "azure-sql"));

    private final SkillDictionary dictionary = new SkillDictionary(SKILLS);

    @Test
    void ordinaryWordsAreNotTheProductsNamedAfterThem() {
        assertEquals(List.of(), found("Managed projects for 12 clients and wrote weekly reports."));
        assertEquals(List.of(), found("Key Projects\nSite Manager, Northwind Builders"));
        assertEquals(List.of(), found("Supervised site safety on a busy construction site."));
        assertEquals(List.of(), found("CLASSROOM EXPERIENCE\nTaught grade 4 reading."));
        assertEquals(List.of(), found("Led a team of 8. Team Leader, warehouse."));
        assertEquals(List.of(), found("Drive safely and keep the truck clean. Test Drive coordinator."));
        assertEquals(List.of(), found("We go beyond targets and excel at customer service."));
    }

    @Test
    void anAcronymTheTextSpellsOutAsSomethingElseIsThatThingThroughout() {
        assertEquals(List.of(), found("Reconciled Government Purchase Card (GPC) accounts and trained GPC cardholders."));
        assertEquals(List.of("gel-permeation-chromatography"), found("Ran GPC and HPLC analyses of polymer samples."));
        // Spelt out as the skill, the letters are the skill; a skill named by its letters has no spelling to disagree with.
        assertEquals(List.of("css", "css", "css"), found("Styled pages with Cascading Style Sheets (CSS); CSS grid layouts."));
        assertEquals(List.of("sql"), found("Wrote Structured Query Language (SQL) reports."));
    }

    @Test
    void anAcronymThatIsAlsoAWordCountsOnlyInCapitals() {
        assertEquals(List.of(), found("Led a team of 8 engineers and led the rollout."));
        assertEquals(List.of(), found("Hired and trained staff. Led teams of 12 across two sites."));
        assertEquals(List.of("led"), found("Installed LED lighting in 40 stores."));
    }

    @Test
    void ordinaryWordsThatAreOnlyAnotherLabelOfASkillNeedTheSkillsOwnWords() {
        assertEquals(List.of(), found("Sound judgement under pressure; hearing aids fitted; sounds of the city."));
        assertEquals(List.of(), found("Arranged transport for patients."));
        assertEquals(List.of("acoustics"), found("Studied room acoustics"));
        assertEquals(List.of("logistics"), found("Logistics coordinator"));
    }

    @Test
    void productsWrittenAsNamesAreFound() {
        assertEquals(List.of("microsoft-project"), found("Scheduled the build in Microsoft Project."));
        assertEquals(List.of("microsoft-project"), found("Tools: MS Project"));
        assertEquals(List.of("microsoft-word", "microsoft-excel", "microsoft-powerpoint"),
                found("Word, Excel and PowerPoint"));
        assertEquals(List.of("microsoft-excel"), found("Built the budget model in Excel for the finance team."));
        assertEquals(List.of("google-drive", "google-classroom"), found("Shared lessons in Google Drive and Google Classroom."));
        assertEquals(List.of("microsoft-teams"), found("Ran stand-ups on Microsoft Teams"));
        assertEquals(List.of("go", "python"), found("Backend services in Go and Python."));
    }

    @Test
    void aTitleCaseNameCountsBesideAnotherToolsName() {
        assertEquals(List.of("python", "microsoft-excel"), found("Skills Python Excel Reporting"));
        assertEquals(List.of(), found("Excel Reporting Specialist"));
    }

    @Test
    void aSkillsNameIsNeverAnotherSkillsSynonym() {
        assertEquals(List.of("project-management"), found("Led project management for three sites."));
        assertEquals(List.of("project-commissioning"), found("Project commissioning of two substations."));
    }

    @Test
    void theThingAnActionSkillActsOnIsNoEvidenceOfTheAct() {
        assertEquals(List.of(), found("GUI testing of the billing app; reported UI defects."));
        assertEquals(List.of(), found("B.S. in Management Information Systems"));
        assertEquals(List.of("design-user-interface"), found("UI design and prototyping in Figma"));
        assertEquals(List.of("design-information-system"), found("Design ICT systems for hospitals"));
    }

    @Test
    void theThingIsEvidenceOfTheActRightAfterAVerbOfItsKind() {
        assertEquals(List.of("design-information-system"), found("Designed the information system for the clinic."));
        assertEquals(List.of(), found("Managed the information system for the clinic."));
        assertEquals(List.of(), found("Designed screens. Information system upgrades were rolled out."));
    }

    @Test
    void aTwoLetterSynonymNeedsTheFullNameOrAToolBesideIt() {
        assertEquals(List.of(), found("Managed AR and collections; AR aging reports weekly."));
        assertEquals(List.of(), found("Relocated from Little Rock, AR in 2019."));
        assertEquals(List.of("augmented-reality", "augmented-reality"),
                found("Built augmented reality tours; AR apps for museums."));
        assertEquals(List.of("augmented-reality", "unity"), found("AR apps in Unity"));
    }

    @Test
    void aLetterWrittenAgainstAnotherIsAnAbbreviationNotALanguage() {
        assertEquals(List.of(), found("Posted A/R and A/P entries; R&D tax credits."));
        assertEquals(List.of("r", "sql"), found("Statistics in R and SQL"));
    }

    @Test
    void aPluralWithASenseOfItsOwnIsNotItsSingular() {
        assertEquals(List.of("database"), found("Web security, database security patches and inmate security."));
        assertEquals(List.of("securities"), found("Traded securities for institutional clients."));
    }

    @Test
    void aSkillFollowedByPeopleOrAUnitIsTheirsNotTheWriters() {
        assertEquals(List.of(), found("Worked closely with ETL developers and stakeholders."));
        assertEquals(List.of(), found("Primary liaison for the Accounting department and Sales."));
        assertEquals(List.of("etl", "java"), found("Built ETL pipelines. Senior Java Developer, 2019 to 2023."));
    }

    @Test
    void aWordOfAnotherProductsNameIsNotTheProduct() {
        assertEquals(List.of("microsoft-excel"),
                found("Reporting in SSMS, SSRS, Crystal Reports and Excel; taught Corel Word perfect 8.0."));
        assertEquals(List.of("python"), found("Languages: C++, Qt, Python, Shell. QA Project Lead for PowerFLOW."));
        assertEquals(List.of("python", "microsoft-excel"), found("Skills: Python, Advanced Excel"));
    }

    @Test
    void theJobSoughtIsAWishNotASkill() {
        assertEquals(List.of(), found("Detail-oriented individual seeking a full-time, accounting position to apply my skills."));
        assertEquals(List.of(), found("Looking for a Python role in a small team."));
        assertEquals(List.of("accounting"), found("Held accounting positions at two firms."));
        assertEquals(List.of("accounting"), found("Seeking to grow in accounting and audit."));
    }

    @Test
    void aFieldsNameAfterAnArticleIsAThing() {
        assertEquals(List.of(), found("Committed job seeker with a history of meeting targets."));
        assertEquals(List.of(), found("Data Entry Clerk. Proven history of successful error detection."));
        assertEquals(List.of(), found("Entered audit reports into the database."));
        assertEquals(List.of("history", "database", "accounting"),
                found("B.A. in History; database design; accounting and payroll."));
    }

    @Test
    void aProductsNameDoesNotInflect() {
        assertEquals(List.of(), found("Active member of the ETL Team for the new EDW. Visited the Site weekly."));
        assertEquals(List.of("microsoft-teams", "google-sites"), found("Stand-ups on Teams; intranet in Google Sites."));
    }

    @Test
    void anAcronymIsNoPlural() {
        assertEquals(List.of(), found("Solid knowledge of GAAP, GASB and IFRS."));
        assertEquals(List.of("instrument-flight-rules"), found("Flew IFR approaches in IMC."));
    }

    @Test
    void anAcronymTheTaxonomySpellsOutAsSomethingElseNeedsTheSkillNamedInFull() {
        // "POS" is point of sale as often as proof of stake: a tool beside it does not say which.
        assertEquals(List.of("quickbooks"), found("Business skills: POS, QuickBooks, inventory"));
        assertEquals(List.of("blockchain-consensus", "blockchain-consensus", "blockchain-consensus"),
                found("Researched proof of stake; compared POS and POW designs."));
        // An acronym no other label spells out otherwise keeps counting alone, and so does one spelt out alike by
        // another label ("optical character reader" beside the skill's own optical character recognition).
        assertEquals(List.of("cpr"), found("Certified in CPR."));
        assertEquals(List.of("ocr-software"), found("Scanned invoices with OCR."));
    }

    @Test
    void aCommonNounBeforeDbIsAWordOfADatabasesName() {
        assertEquals(List.of(), found("Stored sessions in Dynamo DB and S3."));
        assertEquals(List.of("electric-generators"), found("Rebuilt the dynamo of a steam plant."));
    }

    @Test
    void aLetterTiedToAWordByAnAmpersandIsPartOfAName() {
        assertEquals(List.of(), found("Account executive at VMLY&R and AT&T."));
        assertEquals(List.of("r", "python"), found("Modelling in C/C++, R/Python"));
    }

    @Test
    void anActCutFromWhatItAppliesToIsAWiderActThanTheSkill() {
        assertEquals(List.of(), found("Experience with information retrieval, data recovery and reclamation of land."));
        assertEquals(List.of(), found("Managed collections of past-due accounts."));
        assertEquals(List.of(), found("Supervised the demolition crew."));
        assertEquals(List.of("repossession"), found("Arranged the retrieval of goods from defaulting lessees."));
        assertEquals(List.of("art-collections"), found("Catalogued collections of art items for the museum."));
        assertEquals(List.of("demolish-structures"), found("Planned the demolition of structures on site."));
    }

    @Test
    void aRoleOrUnitTheWriterWorkedWithIsNoSkillOfTheirs() {
        assertEquals(List.of(), found("Partners successfully with project management and development team members."));
        assertEquals(List.of(), found("Worked closely with the project management office on releases."));
        assertEquals(List.of("project-management"), found("Experience with project management and budgeting."));
        assertEquals(List.of("project-management"), found("Coordinated project management for 12 clients."));
        assertEquals(List.of("project-management"), found("Work with team members to perform project management tasks."));
    }

    @Test
    void aSiteNamedAsTheWayToReachSomeoneIsNoSkill() {
        assertEquals(List.of(), found("To stay connected with our network, please follow us on LinkedIn."));
        assertEquals(List.of(), found("Send resume directly through LinkedIn, or email it to us."));
        assertEquals(List.of(), found("If you are an employee, please apply through Workday by searching Find Jobs."));
        assertEquals(List.of(), found("Recruiter: Jane Doe. LinkedIn: https://www.linkedin.com/in/jane-doe"));
        assertEquals(List.of(), found("Click our logo and follow our LinkedIn page! Job details."));
        assertEquals(List.of("linkedin"), found("Managed the company's LinkedIn and Twitter pages."));
        assertEquals(List.of("linkedin"), found("Managed our LinkedIn page and grew it to 10,000 followers."));
        assertEquals(List.of("python"), found("You will apply your Python skills to automate reports."));
        assertEquals(List.of("project-management"), found("Follow our project management guidelines on every release."));
        assertEquals(List.of("linkedin"), found("Posted weekly updates on LinkedIn for the brand."));
    }

    @Test
    void aTagWrittenInLowerCaseDoesNotMakeANameAnOrdinaryWord() {
        // A resume builder's skills list writes every item in title case: "Sql" is SQL, not a common word that the
        // tags "sql-query" and "ms-sql-server" made it.
        assertEquals(List.of("sql", "sql-server", "mysql"), found("Skills\nSql, Sql Server, Mysql"));
    }

    private List<String> found(String text) {
        return dictionary.find(SkillText.tokens(text)).stream().map(hit -> hit.skill().skillId()).toList();
    }

    private static TaxonomySkill skill(String id, String name, String category, String... synonyms) {
        return new TaxonomySkill(id, name, category, null, List.of(synonyms));
    }
}
