package com.jobmatch.ai.skills;

import com.jobmatch.contract.model.TaxonomySkill;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whether a dictionary hit names its skill or only comes near it, on the shipped taxonomy (matching-service's
 * file: which labels are lent from a broader concept is a property of the real labels, not of a hand-made list).
 * Each related case is a false EXACT citation of bench/evidence-audit-session10b.jsonl; each named case a genuine
 * one of the same audit that must stay a name.
 */
class SkillLinkTest {

    private static final Path TAXONOMY = Path.of("../matching-service/src/main/resources/taxonomy/skills-taxonomy.tsv.gz");
    private static final List<TaxonomySkill> SKILLS = shippedTaxonomy();
    private static final SkillDictionary DICTIONARY = new SkillDictionary(SKILLS);

    @Test
    void aPhraseReadAtTheLowerBarSaysOnlyWordsOfTheNameItsHeadNounAmongThem() {
        assertTrue(SkillExtractor.wordsOfTheName("Customer Service", named("maintain customer service")));
        assertTrue(SkillExtractor.wordsOfTheName("Team Leadership", named("lead a team")));
        assertTrue(SkillExtractor.wordsOfTheName("Medication Administration", named("administer prescribed medication")));
        assertTrue(SkillExtractor.wordsOfTheName("relationships with customers", named("maintain relationship with customers")));
        // The name's head noun says what kind of thing it is: the work is not the product, services are not a language.
        assertFalse(SkillExtractor.wordsOfTheName("accounts payable", named("Accounts payable software")));
        assertFalse(SkillExtractor.wordsOfTheName("Web services", named("Web service definition language WDSL")));
        assertFalse(SkillExtractor.wordsOfTheName("verbal communication", named("communicate verbal instructions")));
        // A word the name lacks, or one word alone, is not the name's words.
        assertFalse(SkillExtractor.wordsOfTheName("Customer Success", named("maintain customer service")));
        assertFalse(SkillExtractor.wordsOfTheName("Communication", named("communication principles")));
    }

    @Test
    void aLabelThatLeavesOutWhichSkillOnlyComesNearIt() {
        assertEquals(List.of("ICT system integration: related"),
                links("Involved in system integration and user acceptance testing"));
        assertEquals(List.of("develop instrumentation systems: related"), links("Experience includes systems development."));
        assertEquals(List.of("maintain customer service: related"), links("Professional Service to clients"));
        assertEquals(List.of("identify patients' medical records: related"), links("Maintained medical records"));
        assertEquals(List.of("computer technology: related"), links("Collaborated with Information Technology"));
    }

    @Test
    void aLabelSeveralSkillsClaimNamesTheOneWhoseNameHoldsIt() {
        // ESCO lists "software design" under computer engineering too; the name that holds it is create software design.
        assertEquals(List.of("create software design: named"), links("4 years in software design"));
        // "cash flow" is handle cash flow's and manage cash flow's alike: it names neither.
        assertTrue(links("projects to generate Free Cash Flow").stream().allMatch(link -> link.endsWith(": related")),
                links("projects to generate Free Cash Flow").toString());
    }

    @Test
    void theSkillsOwnWordsStayNames() {
        assertEquals(List.of("solve problems: named"), links("strong problem solving"));
        assertEquals(List.of("use microsoft office: named"), links("Microsoft Office"));
        assertEquals(List.of("follow up accounts receivables: named"), links("Accounts Receivable"));
        assertEquals(List.of("provide power distribution: named"), links("overhead power distribution"));
        assertEquals(List.of("PostgreSQL: named"), links("Postgres"));
        assertEquals(List.of("ICT project management methodologies: named"), links("Scrum"));
        assertEquals(List.of("Python (computer programming): named"), links("Python"));
        assertEquals(List.of("Teradata Database: named"), links("Teradata"));
        assertEquals(List.of("issue purchase orders: named"), links("Raised purchase orders"));
    }

    @Test
    void aGenericTermIsNoEvidenceOfTheProductNamedAfterIt() {
        assertEquals(List.of("Oracle Relational Database: related"),
                links("Understanding of networking and relational databases"));
        // A list pasted without separators: "Web Analytics" is the field, not Adobe's product.
        assertEquals(List.of(), links("Project managementWeb Analytics").stream().filter(l -> l.startsWith("Adobe")).toList());
        assertEquals(List.of("Microsoft Excel: named", "Microsoft Word: named", "Microsoft PowerPoint: named"),
                links("Proficient in Excel, Word and PowerPoint"));
    }

    @Test
    void aPhraseLinkedBySimilarityNamesTheSkillOnlyWhenItHoldsTheNamesWords() {
        assertTrue(DICTIONARY.holdsName("Performed data analysis", skill("perform data analysis")));
        assertTrue(DICTIONARY.holdsName("problem solver", skill("solve problems")));
        assertTrue(DICTIONARY.holdsName("expense tracking", skill("keep track of expenses")));
        // the audit's false EXACT citations linked by similarity
        assertFalse(DICTIONARY.holdsName("bank statements", skill("financial statements")));
        assertFalse(DICTIONARY.holdsName("project plans", skill("evaluate project plans")));
        // bench/five-resume-check.sh: a teacher's own "lesson plans" was cited as advise on lesson plans
        assertFalse(DICTIONARY.holdsName("lesson plans", skill("advise on lesson plans")));
        assertTrue(DICTIONARY.holdsName("Advised new teachers on lesson plans", skill("advise on lesson plans")));
    }

    private static TaxonomySkill skill(String name) {
        return SKILLS.stream().filter(skill -> skill.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void toolsWhoseOnlyLabelWasBorrowedByAnEscoSkillAreNamedByTheirOwnName() {
        // ESCO listed Git, Bash and TensorFlow under broader skills; once those borrowed labels were dropped the tools
        // were named nowhere, and a developer's "Git" was no skill at all.
        assertEquals(List.of("Git: named", "Bash: named", "TensorFlow: named", "Selenium: named"),
                links("Tools: Git, Bash, TensorFlow, Selenium"));
        // A vendor is no tool: "Google" opens hundreds of technologies' names and names none alone.
        assertEquals(List.of(), links("Software Engineer at Google"));
        assertEquals(List.of(), links("Ensured ADA compliance for all facilities"));
    }

    @Test
    void ordinaryWordsStandForAProductOnlyWhereTheTextNamesItsMaker() {
        // bench/evidence-audit-session12.jsonl: false EXACT citations, none of these texts names the vendor
        assertEquals(List.of(), products("EducationMaster of Science:Business Analytics and Statistics, Expected in May 2017"));
        assertEquals(List.of(), products("the team's first point of call when using Analytics platform for troubleshooting"));
        assertEquals(List.of(), products("Ms Ado, Payroll, Reconciliation, Relational Database, Search Engine"));
        assertEquals(List.of(), products("Managed multiple project schedules. Project lead: Managed test project teams in US and India"));
        // the maker named, by its name or by another of its products
        assertEquals(List.of("Adobe Photoshop: named", "Adobe Analytics: named"), products("Tools: Photoshop, Analytics"));
        assertEquals(List.of("Microsoft Visio: named", "Microsoft Project: named"), products("Software: Visio, Project"));
        assertEquals(List.of("Microsoft Excel: named", "Microsoft Word: named", "Microsoft PowerPoint: named"),
                links("Proficient in Excel, Word and PowerPoint"));
        // the maker named elsewhere in the text, not beside the word, does not make it the maker's product
        assertEquals(List.of("Microsoft Excel: named"), products("Tracked the schedule in Project for the plant expansion"
                + " with five contractors and the city. Tools: Microsoft Excel"));
        assertEquals(List.of("Adobe Photoshop: named"), products("Tools: Analytics\nSummary of work for the marketing and"
                + " sales teams over years. Adobe Photoshop"));
    }

    @Test
    void aWordThatEndsSeveralMakersProductNamesNamesTheirKindNotOneMakersProduct() {
        // bench/evidence-audit-session14d.jsonl: "ERP" cited as SAP R3 (a synonym: SAP ERP) where the text names no SAP
        assertEquals(List.of(), links("Budget preparation, Cash Flow, Crystal Reports, ERP, Financial Statements").stream()
                .filter(link -> link.startsWith("SAP R3")).toList());
        assertEquals(List.of(), links("uploaded the accruals into the ERP system").stream()
                .filter(link -> link.startsWith("SAP R3")).toList());
        // the maker named, and a word that ends no other maker's product stays its product
        assertTrue(links("SAP FI/CO consultant: ERP rollout").contains("SAP R3: named"), links("SAP FI/CO consultant: ERP rollout").toString());
        assertEquals(List.of("Adobe Photoshop: named"), links("Retouched photos in Photoshop"));
    }

    @Test
    void aProductsNameOfSeveralWordsThatNoGenericTermHoldsNamesItAlone() {
        // "Visual Studio" and "Crystal Reports" are in no lower-case label: they are the products, vendor or not
        assertEquals(List.of("Microsoft Visual Studio: named", "Git: named"), links("Tools: Visual Studio, Git"));
        assertEquals(List.of("SAP Crystal Reports: named"), links("Reports in Crystal Reports and Excel").stream()
                .filter(link -> link.startsWith("SAP")).toList());
        // "relational database" is words of generic labels (relational database management system): a kind of thing
        assertEquals(List.of(), products("Payroll, Reconciliation, Relational Database, Search Engine"));
    }

    @Test
    void recordsOfAPersonsPastAreNotTheSubjectHistory() {
        // bench/evidence-audit-session15.jsonl: "histories" (account histories searched) cited as history
        assertEquals(List.of(), links("Searched account histories to resolve billing disputes").stream()
                .filter(link -> link.startsWith("history")).toList());
        assertEquals(List.of("history: named"), links("Taught history to grade 9"));
    }

    @Test
    void aMakersNameAloneNamesNoProduct() {
        // bench/evidence-audit-session15h.jsonl: "Enterprise Applications: SharePoint, SAP" was linked to SAP Concur by
        // similarity (0.87); the embedding passes ask this before linking a phrase
        assertTrue(DICTIONARY.namesOnlyMakers("SAP"));
        assertTrue(DICTIONARY.namesOnlyMakers("Oracle"));
        assertFalse(DICTIONARY.namesOnlyMakers("SAP Concur"));
        assertFalse(DICTIONARY.namesOnlyMakers("Concur"));
        assertEquals(List.of(), links("Enterprise Applications: SharePoint, SAP.").stream().filter(link -> link.startsWith("SAP")).toList());
    }

    @Test
    void beingResponsibleForADutyAsksForTheDutyNotForResponsibility() {
        // the fit-pairs postings: "You will be responsible for ..." made assume responsibility a requirement no resume met
        assertEquals(List.of(), links("You will be responsible for the monthly close").stream()
                .filter(link -> link.startsWith("assume responsibility")).toList());
        assertEquals(List.of("assume responsibility: named"), links("You must be responsible and punctual").stream()
                .filter(link -> link.startsWith("assume responsibility")).toList());
    }

    @Test
    void anAcronymOnetWritesAfterItsWordsNamesTheTechnology() {
        // O*NET names "Amazon Web Services AWS software"; postings write "AWS" alone, which named nothing before
        assertEquals(List.of("Amazon Web Services AWS software: named", "Docker: named"), links("Deployed the services on AWS with Docker"));
        // alone, with no tool beside it, it is as often a company's name (the fit-pairs resumes)
        assertEquals(List.of(), links("Provided technical support for all AWS wireless product lines"));
        // "AWS" also opens "Amazon Web Services AWS CloudFormation": the name that ends with it is the one it names
        assertEquals(List.of("AWS"), SkillDictionary.initialismsOf("Amazon Web Services AWS CloudFormation"));
        // an acronym two technologies abbreviate to (practice and property management software) names neither
        assertEquals(List.of(), links("Entered the visits in PMS").stream().filter(link -> link.contains("management")).toList());
        // and as any acronym, only written in capitals
        assertEquals(List.of(), links("the aws of the sails"));
    }

    @Test
    void anAcronymWhoseLettersTheWordsBeforeItHoldNamesTheTechnology() {
        // O*NET writes "Hypertext markup language HTML": not the initials of its words, so "HTML" named nothing, and a
        // web developer's "HTML and CSS" gave CSS alone (the five-resume check's developer)
        assertEquals(Optional.of("HTML"), SkillDictionary.spelledOutAcronymOf("Hypertext markup language HTML"));
        assertEquals(Optional.of("XML"), SkillDictionary.spelledOutAcronymOf("Extensible markup language XML"));
        assertEquals(Optional.of("JSON"), SkillDictionary.spelledOutAcronymOf("JavaScript Object Notation JSON"));
        assertEquals(Optional.of("SVN"), SkillDictionary.spelledOutAcronymOf("Apache Subversion SVN"));
        assertEquals(Optional.of("J2EE"), SkillDictionary.spelledOutAcronymOf("Oracle Java 2 Platform Enterprise Edition J2EE"));
        assertEquals(Optional.of("VBA"), SkillDictionary.spelledOutAcronymOf("Microsoft Visual Basic for Applications VBA"));
        // the word right before must give a letter, and the acronym must end the name
        assertEquals(Optional.empty(), SkillDictionary.spelledOutAcronymOf("Exact Software Macola ES"));
        assertEquals(Optional.empty(), SkillDictionary.spelledOutAcronymOf("Screaming Frog SEO Spider"));
        assertEquals(Optional.empty(), SkillDictionary.spelledOutAcronymOf("Adobe XD"));
        assertEquals(List.of("CSS: named", "Hypertext markup language HTML: named"),
                links("Designed the story board using HTML and CSS").stream().sorted().toList());
        assertEquals("Extensible markup language XML", DICTIONARY.listed("XML").orElseThrow().skill().name());
        assertEquals("JavaScript Object Notation JSON", DICTIONARY.listed("JSON").orElseThrow().skill().name());
        // as any acronym, only in capitals
        assertEquals(List.of(), links("an html of words").stream().filter(link -> link.startsWith("Hypertext")).toList());
    }

    @Test
    void aNameOfSeveralWordsDoesNotRunAcrossTheItemsOfAList() {
        // the developer's "Others: HTML, JQuery, CSS": Stack Overflow's tag "jquery-css" took "JQuery, CSS" as jQuery,
        // and CSS was not read
        assertEquals(List.of("CSS: named", "JavaScript: named", "jQuery: named"),
                links("Others: JQuery, CSS, JavaScript").stream().sorted().toList());
        assertEquals(List.of(), links("Skills: Shell, scripts, Linux").stream().filter(link -> link.startsWith("Shell script")).toList());
        // an acronym in brackets after the words it abbreviates is the name, as names are defined
        assertTrue(links("Built the loads with SQL Server Integration Services (SSIS) packages").stream()
                .anyMatch(link -> link.startsWith("Microsoft SQL Server Integration Services SSIS")));
        // a label that writes the comma still reads it
        assertTrue(links("Used data extraction, transformation and loading tools daily").stream()
                .anyMatch(link -> link.startsWith("data extraction, transformation and loading tools")), "ETL label");
    }

    @Test
    void aSkillThatEndsASentenceGluedToTheNextIsRead() {
        // the fit-pairs resumes: no SQL in "... CSS, and SQL.Worked on", SQL alone for "SQL Server.Good"
        assertTrue(links("implementing UI designs in React, JavaScript, CSS, and SQL.Worked on adding new field")
                .contains("SQL: named"));
        assertTrue(links("Moving data to HDFS using SQOOP from Teradata, SQL Server.Good working experience")
                .contains("SQL Server: named"));
        // a sentence that opens with a name in camel case: "DevOps" and "Bash" were one word, neither read
        List<String> camel = links("Hands-on experience with scripting languages including Python, and Unix Bash.DevOps "
                + "experience using Jenkins, Linux, Maven, GitHub, and Docker.");
        assertTrue(camel.containsAll(List.of("DevOps: named", "Bash: named")), camel.toString());
        // a name in camel case beside a capitalised word is still a name: no Title Case heading writes "DevOps"
        assertTrue(links("Developing and supporting DevOps Repos and code pipelines for all ETL jobs").contains("DevOps: named"));
        assertTrue(links("As DevOps model include coding, testing and deploying the features").contains("DevOps: named"));
    }

    @Test
    void theItemsOfAListFlattenedIntoOneWordAreRead() {
        // the fit-pairs resumes: skills lists whose line breaks were lost, each item glued to the one before
        List<String> read = links("Advanced accounting backgroundMS Excel expertCash flow analysisVariance analysis");
        assertTrue(read.contains("Microsoft Excel: named"), read.toString());
        assertTrue(links("Proficient in Microsoft OfficeMicrosoft Excel expertRisk management").contains("Microsoft Excel: named"));
        assertTrue(links("Python, Spark, HadoopMicrosoft Excel proficient").contains("Hadoop: named"));
        List<String> acronyms = links("Skills: SQLPython, MSOffice");
        assertTrue(acronyms.containsAll(List.of("SQL: named", "Python (computer programming): named", "use microsoft office: named")),
                acronyms.toString());
        assertTrue(links("Databases: SQLServer 2008").contains("SQL Server: named"));

        // a name the glue runs on from is read whole, not cut where its own capital is: JavaScript, not Java
        List<String> script = links("Advanced knowledge of JavaScriptSelf-starterTeam player");
        assertTrue(script.contains("JavaScript: named") && !script.contains("Java (computer programming): named"), script.toString());
        // no name of several words runs across the glue: "Project managementWeb Analytics" names no Adobe product
        assertTrue(links("Project managementWeb Analytics").stream().noneMatch(link -> link.startsWith("Adobe")));
    }

    @Test
    void aProductsOrdinaryWordBesideAnotherProductOfItsKindIsTheProduct() {
        // "Windows" is a common noun of the labels: it needs its maker named near, or another product of its kind
        assertTrue(links("Platforms:\nWindows, Linux, Cloudera, BackTrack, Android").contains("Microsoft Windows: named"));
        assertTrue(links("Operating System: Android, Windows, UNIX, Solaris").contains("Microsoft Windows: named"));
        assertTrue(links("cleaned the Windows and Doors of the office").stream().noneMatch(link -> link.startsWith("Microsoft")));
        assertTrue(links("Installed Windows and doors; used Excel").stream().noneMatch(link -> link.equals("Microsoft Windows: named")),
                "a product of another kind near it says nothing about its kind");
    }

    @Test
    void aWordANameInCapitalsHoldsIsAnotherSkillsWrittenAsAWord() {
        // ESCO's SPARK (a language) holds "spark", and is read only written in capitals: "Spark" is Apache Spark's
        assertTrue(links("Big Data Ecosystems: HDFS, MapReduce, Spark, Kafka, Hive, Airflow").contains("Apache Spark: named"));
        assertTrue(links("verified in SPARK and Ada").contains("SPARK: named"));
        assertTrue(links("a spark of creativity").isEmpty(), links("a spark of creativity").toString());
        // a name in capitals that is no ordinary word keeps its reading however it is written
        assertEquals(List.of("ASP.NET: named"), links("Web Technologies: ASP.Net"));
    }

    @Test
    void anItemOfASkillsListIsReadByItsOwnLabel() {
        // a skills list says each item is a skill: a product's name without its maker is the product, a maker's name
        // alone its O*NET software; a generic word is no software, and a label lent from another concept names nothing
        assertEquals("Microsoft Excel", DICTIONARY.listed("Excel").orElseThrow().skill().name());
        assertEquals("SAP software", DICTIONARY.listed("SAP").orElseThrow().skill().name());
        assertEquals("Amazon Web Services AWS software", DICTIONARY.listed("AWS").orElseThrow().skill().name());
        assertEquals("Supervisory control and data acquisition SCADA software", DICTIONARY.listed("SCADA").orElseThrow().skill().name());
        assertTrue(DICTIONARY.listed("Budgeting").isEmpty());
        assertTrue(DICTIONARY.listed("Estimating").isEmpty(), "estimating is a label industrial software borrows");
        // one word links by similarity only to a name that writes it: the model reads an unknown word by its letters
        assertFalse(SkillExtractor.sharesItsWord("Quarkus", skill("QuarkXPress")));
        assertTrue(SkillExtractor.sharesItsWord("Packing", skill("pack goods")));
        assertTrue(SkillExtractor.sharesItsWord("Soldering", skill("soldering techniques")));
        assertTrue(SkillExtractor.sharesItsWord("Forklift Operation", skill("operate forklift")));
    }

    @Test
    void oneWordLinksBySimilarityOnlyToANameThatWritesIt() {
        // bench/evidence-audit-session19s.jsonl and the fit-pairs resumes: words the model reads by their sound
        assertFalse(SkillExtractor.sharesItsWord("Energetic", skill("energy")));
        assertFalse(SkillExtractor.sharesItsWord("Immunizations", skill("immunology")));
        assertFalse(SkillExtractor.sharesItsWord("conveyer", skill("conveyancing")));
        assertFalse(SkillExtractor.sharesItsWord("Lenovo", skill("Grovo")));
        // a word run into the next, as pasted text runs them, or a name written short, still writes it
        assertTrue(SkillExtractor.sharesItsWord("AngularJS", skill("Angular")));
        assertTrue(SkillExtractor.sharesItsWord("Excell", skill("Microsoft Excel")));
        assertTrue(SkillExtractor.sharesItsWord("teambuilding", skill("team building")));
        assertTrue(SkillExtractor.sharesItsWord("Korn", skill("KornShell")));
        // but not a letter or three: "running" does not write R
        assertFalse(SkillExtractor.sharesItsWord("Running", skill("R")));
    }

    @Test
    void aProductsGenericWordsNameItBySimilarityOnlyWithItsMaker() {
        // bench/evidence-audit-session19s.jsonl: a degree in business analytics is no evidence of Google Analytics
        TaxonomySkill analytics = named("Google Analytics");
        assertTrue(makerUnnamed("Holds a degree in Business Analytics and Statistics", "Business Analytics", analytics));
        assertTrue(makerUnnamed("Built internet sites for clients", "internet sites", named("Google Sites")));
        assertFalse(makerUnnamed("Google tools: Analytics dashboards, Ads", "Analytics dashboards", analytics),
                "the maker named beside the words");
        // a product's own name is no generic word: QuickBooks needs no Intuit
        assertFalse(makerUnnamed("Used QuickBooks for payroll", "Used QuickBooks", named("Intuit QuickBooks")));
        // written as its name, not after another name's word, a product's word names it: a capital that opens the
        // clause says nothing
        assertFalse(makerUnnamed("Used Excel to build macros", "Used Excel", named("Microsoft Excel")));
        assertFalse(makerUnnamed("Imported contacts into Outlook", "into Outlook", named("Microsoft Outlook")));
    }

    private static boolean makerUnnamed(String text, String phrase, TaxonomySkill product) {
        int start = text.indexOf(phrase);
        return DICTIONARY.leavesItsMakerUnnamed(SkillText.tokens(text), start, start + phrase.length(), product);
    }

    private static TaxonomySkill named(String name) {
        return SKILLS.stream().filter(skill -> skill.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name));
    }

    @Test
    void makersAreReadFromTheTaxonomysProductNames() {
        // "Atlassian" opens several product names and names none alone: "JIRA" is Atlassian JIRA
        assertEquals(List.of("Atlassian JIRA: named"), links("Tracked defects in JIRA"));
        assertEquals(List.of(), links("Business requirements for Data and Web teams").stream()
                .filter(link -> !link.contains("requirements")).toList());
    }

    @Test
    void lowerCaseWordsAfterACapitalMidClauseAreTheTailOfAnotherTerm() {
        // bench/evidence-audit-session12.jsonl: false EXACT citations
        assertEquals(List.of(), links("Familiar with Version control systems such as SVN").stream()
                .filter(link -> link.startsWith("control systems")).toList());
        assertEquals(List.of(), links("Experienced in designing Business logic and User Interfaces").stream()
                .filter(link -> link.startsWith("logic")).toList());
        // the term itself, a level before it, or a capital that opens the line
        assertEquals(List.of("control systems: named"), links("Designed control systems for pumps"));
        assertEquals(List.of("logic: named"), links("Advanced logic"));
        assertEquals(List.of("logic: named"), links("Logic and reasoning"));
    }

    @Test
    void theSubjectOfAnOrganisationsNameIsNotTheWritersSkill() {
        // bench/evidence-audit-session12.jsonl: false citations of a school's and a journal's name
        assertEquals(List.of(), links("BE: COMSATS INSTITUTE OF INFORMATION TECHNOLOGY, Islamabad"));
        assertEquals(List.of(), links("International Journal of Entrepreneurship (Published in 2014)"));
        // bench/evidence-audit-session14.jsonl: the school's name misspelt is still a school's name
        assertEquals(List.of(), links("BE: COMSATS INSTITUE OF INFORMATION TECHNOLOGY, ISLAMABAD"));
        // a degree's subject stays
        assertEquals(List.of("computer technology: related"), links("Bachelor of Science in Information Technology"));
        assertEquals(List.of("entrepreneurship: named"), links("Taught entrepreneurship to adults"));
    }

    @Test
    void aSkillTheTextSaysIsLackingIsNoEvidence() {
        // bench/evidence-audit-session15h.jsonl: NoSQL written apart is not SQL
        assertEquals(List.of("database: named", "MongoDB: named"), links("Databases: NO SQL (MongoDB)"));
        assertEquals(List.of(), links("no experience with SAP"));
        assertEquals(List.of(), links("Drove local routes without a CDL"));
        // the negation reaches only through words that say what is lacking
        assertEquals(List.of("Kubernetes: named"), links("Released with no downtime using Kubernetes"));
        assertEquals(List.of("SQL: named"), links("Wrote SQL, no exceptions"));
    }

    @Test
    void wordsThatOpenAnOrganisationsNameAreNotTheWritersSkill() {
        // bench/evidence-audit-session15h.jsonl: the agency reports were filed with, in running text and in capitals
        assertEquals(List.of(), links("Completed and filed the Federal Energy Regulatory Commission and Railroad Commission reports"));
        assertEquals(List.of(), links("TECHNICAL SUPPORT SPECIALIST, FEDERAL ENERGY REGULATORY COMMISSION (FERC), Helpdesk"));
        assertEquals(List.of(), links("Project Accountant, Jacobs Engineering Group Inc."));
        // bench/evidence-audit-session16m.jsonl: the employer's town is not the configuration tool Salt
        assertEquals(List.of(), links("BI Analyst, 06/2018-08/2019 Zippin - Salt Lake City, UT").stream()
                .filter(link -> link.startsWith("Salt")).toList());
        // the field itself stays: in lower case, before a noun that ends no name, or before a template's placeholder
        assertEquals(List.of("energy: named"), links("Reduced energy consumption by 40%"));
        assertEquals(List.of("accounting: named"), links("Accounting Clerk Company Name City, State"));
        assertEquals(List.of("Java (computer programming): named"), links("Senior Java Developer Acme Corp, Seattle").stream()
                .filter(link -> link.startsWith("Java")).toList());
    }

    @Test
    void wordsOfAnotherNameAreNotTheSkill() {
        // bench/evidence-audit-session16k/-16l.jsonl: point of sale among business skills is not proof of stake
        assertEquals(List.of(), links("Business skills: POS, cash handling, Microsoft Excel").stream()
                .filter(link -> link.startsWith("blockchain")).toList());
        assertEquals(List.of("blockchain consensus mechanisms: named", "blockchain consensus mechanisms: named"),
                links("Compared proof of stake with POS variants").stream().filter(link -> link.startsWith("blockchain")).toList());
        // -16l: Amazon's database written apart is not electric generators; -16m: the agency VMLY&R is not R
        assertEquals(List.of(), links("Sessions in Dynamo DB").stream().filter(link -> link.startsWith("electric")).toList());
        assertEquals(List.of(), links("Account Executive, VMLY&R, New York").stream().filter(link -> link.equals("R: named")).toList());
        assertEquals(List.of("R: named"), links("Statistics in R/Python").stream().filter(link -> link.equals("R: named")).toList());
    }

    @Test
    void aProductIsNamedWithoutTheKindWordOnetAdds() {
        // bench/README.md, run N: a posting's "Salesforce" was no skill, as O*NET names it "Salesforce software"
        assertEquals(List.of("Salesforce software: named", "Shopify software: named"),
                links("Administered Salesforce and Shopify for the online store").stream()
                        .filter(link -> link.contains("software")).toList());
        // written in lower case, the words are a sales team and a day's work
        assertEquals(List.of(), links("Grew the salesforce to 40 reps over an 8-hour workday").stream()
                .filter(link -> link.contains("software")).toList());
        // a kind word's subject the taxonomy writes in lower case is no product ("Email software")
        assertEquals(List.of(), links("Email: jane@example.com").stream().filter(link -> link.contains("software")).toList());
    }

    @Test
    void aProductNamedByAWordTheLabelsUseOnlyAsAVerbNeedsNoMakerBesideIt() {
        // 38 of the 184 fit-pairs resumes that write "Excel" were not read as Microsoft Excel: ESCO writes "excel" in
        // lower case only as a verb ("to excel in sports"), which was counted as a common noun like "project".
        assertEquals(List.of("Microsoft Word: named", "Microsoft Excel: named"),
                products("Detail-oriented and have strong computer skills in Word and Excel."));
        assertEquals(List.of("Microsoft Excel: named"), products("Developed and demonstrated advanced Excel skills"));
        assertEquals(List.of("Microsoft Excel: named", "Microsoft Word: named"),
                products("Skills: Excel, Word, Salesforce").stream().filter(link -> link.startsWith("Microsoft")).toList());
        // the verb stays a verb, and a word the labels use as a noun still needs its maker named
        assertEquals(List.of(), products("Excel at collaborating across departments; strive to excel in every task."));
        assertEquals(List.of(), products("Project lead for the ERP rollout"));
        assertEquals(List.of(), products("Strong Word of mouth referrals"));
    }

    /** The links to products of makers people leave out (the seven known and those read from the taxonomy). */
    private static List<String> products(String text) {
        return links(text).stream().filter(link -> link.matches("(Microsoft|Google|Adobe|Oracle|Apache|IBM|Amazon) .*")).toList();
    }

    @Test
    void theThingADirectingSkillActsOnIsEvidenceOnlyAfterTheAct() {
        // ESCO lists "engineering team" among the labels of coordinate engineering teams: postings that mention their own
        // engineering team asked every candidate to coordinate it.
        assertFalse(links("The ideal candidate will work closely with the engineering team, product management, service.")
                .contains("coordinate engineering teams: named"));
        assertFalse(links("Verified data to support quality control efforts.").contains("oversee quality control: named"));
        assertTrue(links("Lead the engineering team and evangelize technical excellence.")
                .contains("coordinate engineering teams: named"));
        assertTrue(links("Coordinated engineering teams across three sites.").contains("coordinate engineering teams: named"));
        // ESCO lists "curriculum development" among the labels of advise on curriculum development: writing one's own
        // curriculum is not advising others on theirs.
        assertFalse(links("Took part in curriculum development for grades 6-8.")
                .contains("advise on curriculum development: named"));
        assertTrue(links("Advised on curriculum development for the district.").contains("advise on curriculum development: named"));
        assertTrue(links("Oversaw quality control of the line.").contains("oversee quality control: named"));
    }

    private static List<String> links(String text) {
        return DICTIONARY.find(DICTIONARY.tokens(text)).stream()
                .map(hit -> hit.skill().name() + ": " + (hit.named() ? "named" : "related")).toList();
    }

    private static List<TaxonomySkill> shippedTaxonomy() {
        List<TaxonomySkill> skills = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(TAXONOMY)), StandardCharsets.UTF_8))) {
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                String[] fields = line.split("\t", -1);
                List<String> synonyms = fields[5].isEmpty() ? List.of() : Arrays.asList(fields[5].split("\\|"));
                skills.add(new TaxonomySkill(fields[0], fields[1], fields[2], fields[4].isEmpty() ? null : fields[4],
                        synonyms, fields.length > 6 && !fields[6].isEmpty() ? fields[6] : null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return skills;
    }
}
