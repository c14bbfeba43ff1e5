package io.tierbench.rest.internal;

import static io.tierbench.rest.internal.ProblemAssertions.assertBadField;
import static io.tierbench.rest.internal.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The plugins page's API over the {@link FakeBundleCatalog}. */
class PluginApiTest {

    private ApiServer server;
    private ApiServer.Client admin;
    private Path pluginsFolder;

    @BeforeEach
    void start() throws Exception {
        server = new ApiServer();
        admin = server.login("admin");
        pluginsFolder = server.shop.folder.resolve("data").resolve("plugins");
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void theBundlesAreListedWithWhetherTheyArePluginsAndMayBeRemovedAndTheFeatures() throws Exception {
        JsonNode answer = ok(admin.get("/plugins"));
        Map<Long, JsonNode> bundles = byId(answer.get("bundles"));
        assertEquals(5, bundles.size());
        assertEquals("tierbench.classifier.rfm", bundles.get(13L).get("symbolicName").asText());
        assertTrue(bundles.get(13L).get("plugin").asBoolean());
        assertFalse(bundles.get(12L).get("plugin").asBoolean());
        assertEquals("active", bundles.get(12L).get("state").asText());
        assertFalse(bundles.get(0L).get("removable").asBoolean());
        assertFalse(bundles.get(13L).get("removable").asBoolean(), "installed by Tierbench's features");
        assertFalse(bundles.get(14L).get("removable").asBoolean(), "a jar outside plugins/ and deploy/");
        assertTrue(bundles.get(40L).get("removable").asBoolean(), "dropped into deploy/");
        assertEquals("tierbench-core", answer.get("features").get(0).get("name").asText());
        server.bundles.karaf = false;
        assertTrue(ok(admin.get("/plugins")).get("features").isNull());
    }

    @Test
    void aJarSentAsTheBodyIsKeptUnderTheDataFolderInstalledStartedAndRemovable() throws Exception {
        ApiServer.Answer answer = admin.postBytes("/plugins?filename=view-plugin.jar", "application/java-archive",
                bundle("example.view.plugin", "1.2.0"));
        assertEquals(201, answer.status(), answer.body());
        JsonNode bundle = answer.json();
        assertEquals("example.view.plugin", bundle.get("symbolicName").asText());
        assertEquals("1.2.0", bundle.get("version").asText());
        assertEquals("active", bundle.get("state").asText());
        assertTrue(bundle.get("removable").asBoolean());
        Path copy = pluginsFolder.resolve("example.view.plugin-1.2.0.jar");
        assertTrue(Files.isRegularFile(copy));
        assertEquals(copy.toUri().toString(), bundle.get("location").asText());
        assertTrue(answer.response().headers().firstValue("Location").orElseThrow()
                .endsWith("/api/v1/plugins/" + bundle.get("id").asLong()));
        assertTrue(byId(ok(admin.get("/plugins")).get("bundles")).containsKey(bundle.get("id").asLong()));
        try (var incoming = Files.list(pluginsFolder.resolve(".incoming"))) {
            assertEquals(0, incoming.count(), "nothing is left of the upload");
        }

        ApiServer.Answer removed = admin.delete("/plugins/" + bundle.get("id").asLong());
        assertEquals(200, removed.status(), removed.body());
        assertEquals("uninstalled", removed.json().get("state").asText());
        assertFalse(Files.exists(copy));
        assertFalse(byId(ok(admin.get("/plugins")).get("bundles")).containsKey(bundle.get("id").asLong()));
    }

    @Test
    void aJarSentAsMultipartIsInstalledToo() throws Exception {
        String boundary = "tierbench-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"card.jar\"\r\n"
                + "Content-Type: application/java-archive\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(bundle("example.card;singleton:=true", "2.0.0"));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        ApiServer.Answer answer = admin.postBytes("/plugins", "multipart/form-data; boundary=" + boundary,
                body.toByteArray());
        assertEquals(201, answer.status(), answer.body());
        assertEquals("example.card", answer.json().get("symbolicName").asText());
    }

    @Test
    void whatIsNotABundleOrCannotStartIsRefusedAndNotKept() throws Exception {
        assertBadField(admin.postBytes("/plugins?filename=plain.jar", "application/java-archive", jar(new Manifest())),
                "file");
        assertBadField(admin.postBytes("/plugins?filename=text.jar", "application/java-archive",
                "not a zip".getBytes(StandardCharsets.UTF_8)), "file");
        assertBadField(admin.postBytes("/plugins", "application/java-archive", bundle("a.b", "1.0.0")), "filename");
        assertBadField(admin.postBytes("/plugins?filename=a.zip", "application/java-archive", bundle("a.b", "1.0.0")),
                "filename");
        assertProblem(admin.postBytes("/plugins?filename=a.jar", "text/plain", bundle("a.b", "1.0.0")), 415,
                "unsupported-media-type");
        assertProblem(admin.postBytes("/plugins?filename=acme.jar", "application/java-archive",
                bundle("acme.classifier", "1.0.1")), 409, "conflict");
        JsonNode broken = assertProblem(admin.postBytes("/plugins?filename=broken.jar", "application/java-archive",
                bundle("broken.plugin", "1.0.0")), 422, "plugin-failed");
        assertTrue(broken.get("detail").asText().contains("missing requirement"), broken.toString());
        assertProblem(admin.postBytes("/plugins?filename=big.jar", "application/java-archive", new byte[2048]), 413,
                "too-large");
        try (var files = Files.list(pluginsFolder)) {
            assertEquals(List.of(".incoming"), files.map(file -> file.getFileName().toString()).toList());
        }
        try (var incoming = Files.list(pluginsFolder.resolve(".incoming"))) {
            assertEquals(0, incoming.count());
        }
        assertEquals(5, server.bundles.bundles().size());
    }

    @Test
    void aBundleFromDeployIsRemovedWithItsFileButTierbenchAndTheFrameworkStay() throws Exception {
        assertTrue(Files.exists(server.bundles.deployedJar));
        assertEquals(200, admin.delete("/plugins/40").status());
        assertFalse(Files.exists(server.bundles.deployedJar), "else FileInstall would install it again");
        assertProblem(admin.delete("/plugins/13"), 409, "conflict");
        assertProblem(admin.delete("/plugins/12"), 409, "conflict");
        assertProblem(admin.delete("/plugins/14"), 409, "conflict");
        assertTrue(Files.exists(server.bundles.systemJar));
        assertProblem(admin.delete("/plugins/0"), 409, "conflict");
        assertProblem(admin.delete("/plugins/77"), 404, "not-found");
        assertBadField(admin.delete("/plugins/rfm"), "bundleId");
        assertEquals(4, server.bundles.bundles().size());
    }

    @Test
    void pluginsAreForAdminsWithTheCsrfToken() throws Exception {
        byte[] jar = bundle("example.denied", "1.0.0");
        assertProblem(server.login("viewer").get("/plugins"), 403, "role");
        assertProblem(server.login("analyst").get("/plugins"), 403, "role");
        assertProblem(server.login("analyst").postBytes("/plugins?filename=a.jar", "application/java-archive", jar),
                403, "role");
        assertProblem(server.login("analyst").delete("/plugins/40"), 403, "role");
        assertProblem(admin.withoutCsrf().postBytes("/plugins?filename=a.jar", "application/java-archive", jar), 403,
                "csrf");
        assertProblem(admin.withoutCsrf().delete("/plugins/40"), 403, "csrf");
        assertProblem(server.anonymous().get("/plugins"), 401, "unauthorized");
        assertEquals(5, server.bundles.bundles().size());
    }

    static byte[] bundle(String symbolicName, String version) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().putValue("Bundle-ManifestVersion", "2");
        manifest.getMainAttributes().putValue("Bundle-SymbolicName", symbolicName);
        manifest.getMainAttributes().putValue("Bundle-Version", version);
        return jar(manifest);
    }

    private static byte[] jar(Manifest manifest) throws IOException {
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            jar.putNextEntry(new ZipEntry("readme.txt"));
            jar.write("a test plugin".getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static Map<Long, JsonNode> byId(JsonNode bundles) {
        Map<Long, JsonNode> byId = new HashMap<>();
        bundles.forEach(bundle -> byId.put(bundle.get("id").asLong(), bundle));
        return byId;
    }

    private static JsonNode ok(ApiServer.Answer answer) {
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }
}
