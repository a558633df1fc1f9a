package com.jobmatch.matching.knowledge;

import com.jobmatch.matching.knowledge.SkillRelations.Skill;
import com.jobmatch.matching.scoring.SkillMatcher;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SkillRelationsTest {

    private static final Skill TABLEAU = new Skill("tableau", "Tableau", "business intelligence and data analysis software");
    private static final Skill POWER_BI = new Skill("microsoft-power-bi", "Microsoft Power BI",
            "business intelligence and data analysis software");
    private static final Skill EXCEL = new Skill("microsoft-excel", "Microsoft Excel", "spreadsheet software");
    private static final Skill ACCOUNTING = new Skill("accounting", "accounting", "knowledge");
    private static final Skill ECONOMICS = new Skill("economics", "economics", "knowledge");
    private static final Skill ELECTRICITY = new Skill("electricity", "electricity", "knowledge");
    private static final Skill ELECTRICAL_ENGINEERING = new Skill("electrical-engineering", "electrical engineering",
            "knowledge");
    private static final Skill MANAGE_BUDGETS = new Skill("manage-budgets", "manage budgets", "cross-sector");
    private static final Skill MANAGE_STAFF = new Skill("manage-staff", "manage staff", "cross-sector");

    /** A taxonomy of 200 names where "manage" is in 10 (common, 5 %) and every other stem in one or two (1 %). */
    private static SkillRelations relations() {
        List<String> names = new ArrayList<>(List.of("Tableau", "Microsoft Power BI", "Microsoft Excel", "accounting",
                "economics", "electricity", "electrical engineering", "manage budgets", "manage staff"));
        for (int i = 0; names.size() < 200; i++) {
            names.add(i < 8 ? "manage thing" + (char) ('a' + i) : "skill" + (char) ('a' + i % 26) + (char) ('a' + i / 26));
        }
        return new SkillRelations(names);
    }

    @Test
    void coOccurrenceCountsOnlyAsFarAsItsSupportGoes() {
        SkillRelations relations = relations();
        relations.coOccurring(ELECTRICITY, ELECTRICAL_ENGINEERING, 3, 0.6);
        relations.coOccurring(TABLEAU, POWER_BI, 60, 0.6);
        Map<String, Map<String, Double>> near = relations.neighbours();
        double thin = near.get("electricity").get("electrical-engineering");
        double wide = near.get("tableau").get("microsoft-power-bi");
        assertEquals(0.23, thin, 0.01);
        assertTrue(thin < SkillMatcher.MIN_SIMILARITY, "3 of 5 postings is too little to relate two skills");
        assertEquals(0.50, wide, 0.01);
        assertEquals(wide, near.get("microsoft-power-bi").get("tableau"), 1e-12, "relations hold both ways");
    }

    @Test
    void complementsThatAreAskedForTogetherAreNotRelated() {
        SkillRelations relations = relations();
        // Both pairs are asked for together in most postings: complements, not substitutes (the audit's false SIMILARs).
        relations.coOccurring(ACCOUNTING, EXCEL, 300, 0.7);
        relations.coOccurring(ECONOMICS, ACCOUNTING, 300, 0.7);
        relations.coOccurring(MANAGE_BUDGETS, MANAGE_STAFF, 300, 0.7);
        assertNull(relations.neighbours().get("accounting"), "a tool is no evidence of a field, nor one field of another");
        assertNull(relations.neighbours().get("manage-budgets"), "a common stem such as 'manage' relates nothing");
    }

    @Test
    void substitutesAreToolsOfOneCategoryOrSkillsSharingADistinctiveStem() {
        SkillRelations relations = relations();
        assertTrue(relations.substitutes(TABLEAU, POWER_BI));
        assertTrue(relations.substitutes(ELECTRICITY, ELECTRICAL_ENGINEERING));
        assertFalse(relations.substitutes(EXCEL, TABLEAU), "tools of different O*NET categories");
        assertFalse(relations.substitutes(EXCEL, ACCOUNTING));
        assertFalse(relations.substitutes(ACCOUNTING, ECONOMICS));
        assertFalse(relations.substitutes(MANAGE_BUDGETS, MANAGE_STAFF));
    }

    @Test
    void aProductIsRelatedToTheSkillItIsNamedAfter() {
        Skill sql = new Skill("sql", "SQL", "knowledge");
        Skill sqlServer = new Skill("sql-server", "SQL Server", "database management system software");
        Skill msSqlServer = new Skill("microsoft-sql-server", "Microsoft SQL Server", "database management system software");
        Skill java = new Skill("java", "Java", "object or component oriented development software");
        Skill javaScript = new Skill("javascript", "JavaScript", "web platform development software");
        Skill database = new Skill("database", "database", "knowledge");
        Skill oracleDatabase = new Skill("oracle-database", "Oracle Database", "database management system software");
        SkillRelations relations = relations();
        Skill msWord = new Skill("microsoft-word", "Microsoft Word", "word processing software");
        Skill iOs = new Skill("ios", "iOS", "operating system software");
        Skill ciscoIos = new Skill("cisco-ios", "Cisco IOS", "network operating system software");
        Skill ciscoWebex = new Skill("cisco-webex", "Cisco Webex", "video conferencing software");
        Skill ciscoAsa = new Skill("cisco-asa", "Cisco ASA", "network security software");
        Skill oracleJava = new Skill("oracle-java", "Oracle Java", "object or component oriented development software");
        Skill peopleSoft = new Skill("oracle-peoplesoft", "Oracle PeopleSoft", "enterprise resource planning software");
        // Microsoft, Oracle and Cisco open three tools' names each: they are makers, and a skill may follow their names
        relations.namedAfter(List.of(sql, sqlServer, msSqlServer, java, javaScript, database, oracleDatabase, ACCOUNTING,
                EXCEL, msWord, iOs, ciscoIos, ciscoWebex, ciscoAsa, oracleJava, peopleSoft));
        Map<String, Map<String, Double>> near = relations.neighbours();
        assertEquals(SkillRelations.NAMED_AFTER, near.get("sql-server").get("sql"));
        assertEquals(SkillRelations.NAMED_AFTER, near.get("microsoft-sql-server").get("sql"), "after the maker's name");
        assertEquals(SkillRelations.NAMED_AFTER, near.get("oracle-database").get("database"));
        assertEquals(Map.of("java", SkillRelations.NAMED_AFTER), near.get("oracle-java"));
        assertNull(near.get("database"), "one way: knowing databases says nothing of Oracle Database");
        assertNull(near.get("javascript"), "a word inside a word is no name: JavaScript is not Java");
        assertNull(near.get("cisco-ios"), "a word in capitals is another name: Cisco IOS is not Apple's iOS");
        Skill products = new Skill("product-database-tool", "Product Database Tool", "database management system software");
        SkillRelations single = relations();
        single.namedAfter(List.of(database, products));
        assertNull(single.neighbours().get("product-database-tool"), "a first word that opens one tool's name is no maker");
    }
}
