package io.tierbench.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Service properties read into descriptors, as plugins set them; and the view files' path and media type rules. */
class ContributionPropertiesTest {

    @Test
    void aViewTakesItsPropertiesAndDefaultsForTheMissingOnes() {
        Contributions.ViewDescriptor view = ContributionProperties.view(Map.<String, Object>of(
                "tierbench.view.id", "rfm-grid", "tierbench.view.titleEn", "RFM grid", "tierbench.view.titleZh",
                "RFM 网格", "tierbench.view.placement", "dashboard-card", "tierbench.view.module", "card.js",
                "tierbench.view.order", 20, "tierbench.view.classifier", "rfm", "tierbench.view.icon", "")::get)
                .orElseThrow();
        assertEquals(new Contributions.ViewDescriptor("rfm-grid", "RFM grid", "RFM 网格", "dashboard-card", "card.js",
                null, 20, "rfm"), view);
        Contributions.ViewDescriptor bare = ContributionProperties.view(Map.<String, Object>of(
                "tierbench.view.id", "bare", "tierbench.view.order", "7")::get).orElseThrow();
        assertEquals(new Contributions.ViewDescriptor("bare", "bare", "bare", "page", "view.js", null, 7, null), bare);
    }

    @Test
    void aContributionWithoutAUsableIdIsLeftOut() {
        assertTrue(ContributionProperties.view(Map.<String, Object>of("tierbench.view.titleEn", "x")::get).isEmpty());
        assertTrue(ContributionProperties.view(Map.<String, Object>of("tierbench.view.id", "../x")::get).isEmpty());
        assertTrue(ContributionProperties.column(Map.<String, Object>of("tierbench.column.id", "a b")::get)
                .isEmpty());
    }

    @Test
    void aColumnIsPersonalOnlyWhenItSaysSo() {
        assertTrue(ContributionProperties.column(Map.<String, Object>of("tierbench.column.id", "phone",
                "tierbench.column.personal", Boolean.TRUE)::get).orElseThrow().personal());
        assertTrue(ContributionProperties.column(Map.<String, Object>of("tierbench.column.id", "phone",
                "tierbench.column.personal", "true")::get).orElseThrow().personal());
        assertFalse(ContributionProperties.column(Map.<String, Object>of("tierbench.column.id", "band")::get)
                .orElseThrow().personal());
    }

    @Test
    void aCommandsParametersAreReadFromNameEnglishChineseAndItsRoleFailsClosed() {
        Contributions.CommandDescriptor command = ContributionProperties.command(Map.<String, Object>of(
                "tierbench.command.id", "wecom-tag", "tierbench.command.role", "viewer",
                "tierbench.command.parameters", new String[] {"tag|Tag|标签", "note|Note", "plain", "|nameless"})::get)
                .orElseThrow();
        assertEquals(Role.VIEWER, command.role());
        assertEquals(List.of(new Contributions.CommandParameter("tag", "Tag", "标签"),
                new Contributions.CommandParameter("note", "Note", "Note"),
                new Contributions.CommandParameter("plain", "plain", "plain")), command.parameters());
        assertEquals(Role.ANALYST, ContributionProperties.role(null));
        assertEquals(Role.ADMIN, ContributionProperties.role("superuser"));
    }

    @Test
    void viewFilePathsStayInTheViewsFolder() {
        assertTrue(ViewFiles.safe("card.js"));
        assertTrue(ViewFiles.safe("img/icon.svg"));
        assertFalse(ViewFiles.safe("../secret.txt"));
        assertFalse(ViewFiles.safe("img/../../x.js"));
        assertFalse(ViewFiles.safe("img/"));
        assertFalse(ViewFiles.safe("./card.js"));
        assertFalse(ViewFiles.safe("img\\icon.svg"));
        assertFalse(ViewFiles.safe(""));
    }

    @Test
    void mediaTypesFollowTheExtension() {
        assertEquals("text/javascript; charset=utf-8", ViewFiles.mediaType("card.js"));
        assertEquals("text/css; charset=utf-8", ViewFiles.mediaType("a/b.CSS"));
        assertEquals("image/svg+xml", ViewFiles.mediaType("icon.svg"));
        assertEquals("image/png", ViewFiles.mediaType("icon.png"));
        assertEquals("application/json", ViewFiles.mediaType("labels.json"));
        assertEquals("application/octet-stream", ViewFiles.mediaType("README"));
    }
}
