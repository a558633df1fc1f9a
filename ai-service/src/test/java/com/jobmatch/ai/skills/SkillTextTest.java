package com.jobmatch.ai.skills;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SkillTextTest {

    @Test
    void aliasesAndInflectionsReduceToTheSameKey() {
        assertEquals(SkillText.key("C#"), SkillText.key("c-sharp"));
        assertEquals(SkillText.key("C#"), SkillText.key("C sharp"));
        assertEquals(SkillText.key("JavaScript"), SkillText.key("JS"));
        assertEquals(SkillText.key("Microsoft Excel"), SkillText.key("MS Excel"));
        assertEquals(SkillText.key("relational database"), SkillText.key("Relational Databases"));
        assertEquals(".net", SkillText.key(".NET"));
        assertEquals("node.js c++", SkillText.key("Node.js, C++."));
    }

    @Test
    void namesOfFieldsEndingInIcsAreNoPluralsOfTheirAdjective() {
        assertNotEquals(SkillText.key("electronics"), SkillText.key("electronic"), "electronic billing is no electronics");
        assertNotEquals(SkillText.key("economics"), SkillText.key("economic"));
        assertNotEquals(SkillText.key("analytics"), SkillText.key("analytic"));
        assertEquals(SkillText.key("Electronics"), SkillText.key("electronics"));
        assertEquals(SkillText.key("statistic models"), SkillText.key("statistic model"));
    }

    @Test
    void aFullStopGluedToTheNextSentenceEndsTheWordBeforeIt() {
        // flattened resumes: "... CSS, and SQL.Worked on adding", "from Teradata, SQL Server.Good working experience"
        assertEquals("css and sql worked on", SkillText.key("CSS, and SQL.Worked on"));
        assertEquals("sql server good", SkillText.key("SQL Server.Good"));
        assertEquals(SkillText.key("Unix Bash. DevOps experience"), SkillText.key("Unix Bash.DevOps experience"));
        assertEquals(SkillText.key("Databases. PostgreSQL"), SkillText.key("Databases.PostgreSQL"));
        // names that hold a full stop stay whole
        assertEquals("asp.net asp.net node.js .net vb.net", SkillText.key("ASP.NET, ASP.Net, Node.js, .NET, VB.Net"));
    }

    @Test
    void aListFlattenedIntoOneWordIsPartedWhereTheNextItemStarts() {
        Predicate<String> labelWord = Set.of("variance", "analysis", "microsoft", "excel", "javascript", "hadoop")::contains;
        // the fit-pairs resumes' skills lists, their line breaks lost
        List<SkillText.Token> words = SkillText.unglued(SkillText.tokens("Cash flow analysisVariance analysis"), labelWord);
        assertEquals("cash flow analysis variance analysis", keys(words));
        assertTrue(SkillText.gluedToTheOneBefore(words.get(3)), "Variance opens the next item");
        assertTrue(words.get(3).opensClause(), "its capital says nothing about a name");
        assertEquals("Variance", "Cash flow analysisVariance analysis".substring(words.get(3).start(), words.get(3).end()));
        assertFalse(SkillText.gluedToTheOneBefore(words.get(4)));
        assertEquals("hadoop microsoft excel", keys(SkillText.unglued(SkillText.tokens("HadoopMicrosoft Excel"), labelWord)));
        assertEquals("background microsoft excel expert",
                keys(SkillText.unglued(SkillText.tokens("backgroundMS Excel expert"), labelWord)));
        assertEquals("2020 microsoft excel", keys(SkillText.unglued(SkillText.tokens("2020Microsoft Excel"), labelWord)));
        // after an acronym the labels use, a capitalised word is parted but may go on with its name
        Predicate<String> withSql = labelWord.or(Set.of("sql", "python", "server", "office")::contains);
        List<SkillText.Token> sql = SkillText.unglued(SkillText.tokens("SQLPython MSOffice SQLServer JDEdwards CSPro"),
                withSql.or(Set.of("cs", "pro")::contains));
        assertEquals("sql python microsoft office sql server jdedward cspro", keys(sql));
        assertFalse(SkillText.gluedToTheOneBefore(sql.get(1)), "Python may go on with SQL's name: the dictionary decides");
        // a name that is one word of the labels stays whole, and so does a word whose capital opens no label's word
        assertEquals("javascript", keys(SkillText.unglued(SkillText.tokens("JavaScript"), labelWord)));
        assertEquals("javascript self starter", keys(SkillText.unglued(SkillText.tokens("JavaScriptSelf-starter"),
                labelWord.or("self"::equals))));
        assertEquals("sessioncam angularj", keys(SkillText.unglued(SkillText.tokens("SessionCam AngularJS"), labelWord)));
    }

    private static String keys(List<SkillText.Token> words) {
        return String.join(" ", words.stream().map(SkillText.Token::key).toList());
    }
}
