package org.w3id.iomidf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.iomidf.country.Gazetteer;
import org.w3id.iomidf.generate.GeneratedSite;
import org.w3id.iomidf.generate.SiteGenerator;
import org.w3id.iomidf.generate.SiteServer;
import org.w3id.iomidf.generate.SiteSettings;
import picocli.CommandLine;

/** The harvest command's exit codes: a harvest that fetched nothing usable never leads to a build. */
class HarvestCommandTest {
    @TempDir
    Path dir;

    private final StringWriter stdout = new StringWriter();
    private final StringWriter stderr = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(stdout));
        cl.setErr(new PrintWriter(stderr));
        return cl.execute(args);
    }

    private GeneratedSite site(SiteServer server) {
        return new SiteGenerator(Gazetteer.load())
                .generate(new SiteSettings(3, 2, dir.resolve("site"), server.base(), 0));
    }

    @Test
    void aPublicSiteNeedsAContact() {
        int code = run(
                "harvest",
                "https://www.iom.int/sitemap.xml",
                "--out",
                dir.resolve("a").toString());
        assertEquals(Main.USAGE, code, stderr::toString);
        assertTrue(stderr.toString().contains("--contact"), stderr::toString);
        assertFalse(Files.exists(dir.resolve("a")), "nothing written");
    }

    @Test
    void aLoopbackSiteWithoutAllowPrivateIsNeverAskedAndTheHarvestExits3() throws Exception {
        try (SiteServer server = SiteServer.start(dir.resolve("site"), 0, false)) {
            site(server);
            int code = run(
                    "harvest",
                    server.base() + "/projects",
                    "--out",
                    dir.resolve("a").toString());
            assertEquals(Main.FAILURE, code, stdout + "\n" + stderr);
            assertEquals(List.of(), server.requests());
            assertTrue(stderr.toString().contains("nothing usable"), stderr::toString);
        }
    }

    @Test
    void aSiteWhoseRobotsTxtForbidsEverythingExits3AfterAskingOnlyForRobotsTxt() throws Exception {
        try (SiteServer server = SiteServer.start(dir.resolve("site"), 0, false)) {
            site(server);
            Files.writeString(dir.resolve("site/robots.txt"), "User-agent: *\nDisallow: /\n");
            int code = run(
                    "harvest",
                    server.base() + "/projects",
                    "--out",
                    dir.resolve("a").toString(),
                    "--allow-private",
                    "--delay",
                    "0");
            assertEquals(Main.FAILURE, code, stdout + "\n" + stderr);
            assertEquals(
                    List.of("/robots.txt"),
                    server.requests().stream().map(SiteServer.Request::target).toList());
        }
    }

    @Test
    void aGoodHarvestExits0AndItsArchiveBuilds() throws Exception {
        try (SiteServer server = SiteServer.start(dir.resolve("site"), 0, false)) {
            GeneratedSite site = site(server);
            int code = run(
                    "harvest",
                    server.base() + "/sitemap.xml",
                    server.base() + "/projects",
                    "--out",
                    dir.resolve("a").toString(),
                    "--allow-private",
                    "--delay",
                    "0");
            assertEquals(Main.OK, code, stdout + "\n" + stderr);
            assertTrue(stdout.toString().contains("pages new " + site.pages() + ","), stdout::toString);
        }
        int built = run(
                "build",
                dir.resolve("a").toString(),
                "--out",
                dir.resolve("out").toString(),
                "--no-progress");
        assertEquals(Main.OK, built, stdout + "\n" + stderr);
        assertTrue(stdout.toString().contains("projects published 3,"), stdout::toString);
    }

    @Test
    void publishSwitchesToTheHarvestAndAHarvestOfNothingLeavesTheLiveRelease() throws Exception {
        Path site = dir.resolve("out");
        try (SiteServer server = SiteServer.start(dir.resolve("site"), 0, false)) {
            site(server);
            String[] publish = {
                "publish",
                server.base() + "/projects",
                "--archive",
                dir.resolve("a").toString(),
                "--out",
                site.toString(),
                "--allow-private",
                "--delay",
                "0"
            };
            assertEquals(Main.OK, run(publish), stdout + "\n" + stderr);
            Path live = site.resolve("current").toRealPath();
            Files.writeString(dir.resolve("site/robots.txt"), "User-agent: *\nDisallow: /\n");
            assertEquals(Main.FAILURE, run(publish), stdout + "\n" + stderr);
            assertTrue(stderr.toString().contains("nothing was built or switched"), stderr::toString);
            assertEquals(live, site.resolve("current").toRealPath());
        }
    }
}
