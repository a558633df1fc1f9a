package com.jobmatch.resume.versions;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.jobmatch.common.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ResumeDiffTest {

    private final ObjectMapper json = new ObjectMapper();

    /** Leaves are compared one by one; a whole new list entry is one "added" change. */
    @Test
    void reportsEachChangedLeafWithItsPath() throws Exception {
        var before = json.readTree("""
                {"contact_info":{"email":"a@x.org"},"skills":["Java"],"work_experience":[{"company":"A"}],"confidence":{"x":0.1}}""");
        var after = json.readTree("""
                {"contact_info":{"email":"b@x.org","phone":"123"},"skills":["Java","SQL"],"work_experience":[{"company":"A"},{"company":"B"}],"confidence":{"x":0.9}}""");
        List<FieldChange> changes = ResumeDiff.between(before, after);
        assertEquals(List.of("contact_info.email:modified", "contact_info.phone:added", "skills:modified",
                        "work_experience[1]:added"),
                changes.stream().map(c -> c.field() + ":" + c.changeType()).toList());
    }

    @Test
    void fieldPathsSetNestedValuesAndRefuseWhatDoesNotExist() throws Exception {
        ObjectNode data = (ObjectNode) json.readTree("{\"work_experience\":[{\"company\":\"A\"}],\"skills\":[\"Java\"]}");
        FieldPath.parse("work_experience[0].position", "f").set(data, TextNode.valueOf("Dev"), "f");
        FieldPath.parse("skills", "f").set(data, TextNode.valueOf("SQL"), "f");
        FieldPath.parse("contact_info.email", "f").set(data, TextNode.valueOf("a@x.org"), "f");
        assertEquals("Dev", data.at("/work_experience/0/position").asText());
        assertEquals(2, data.get("skills").size());
        assertEquals("a@x.org", data.at("/contact_info/email").asText());

        ProblemException missing = assertThrows(ProblemException.class,
                () -> FieldPath.parse("work_experience[5].company", "f").set(data, TextNode.valueOf("X"), "f"));
        assertEquals("f", missing.errors().getFirst().field());
        assertThrows(ProblemException.class, () -> FieldPath.parse("../etc", "f"));
        assertThrows(ProblemException.class, () -> FieldPath.parse("total_experience_months", "f"));
    }
}
