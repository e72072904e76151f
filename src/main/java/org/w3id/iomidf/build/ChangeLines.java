package org.w3id.iomidf.build;

import java.io.PrintWriter;
import java.util.List;
import org.w3id.iomidf.release.ReleaseChanges;

/** The changes of a release as lines of the build's {@code summary.txt}: each project and page by name. */
final class ChangeLines {

    private ChangeLines() {}

    static void write(ReleaseChanges c, PrintWriter out) {
        out.println("What changed: " + c.summary());
        if (c.previous() == null) {
            return;
        }
        names(out, "Projects added", c.projectsAdded());
        names(out, "Projects removed", c.projectsRemoved());
        out.println("Projects changed: " + c.projectsChanged().size());
        for (ReleaseChanges.ProjectChange p : c.projectsChanged()) {
            out.println("- " + p.project());
            for (ReleaseChanges.ValueChange v : p.values()) {
                out.println("    " + v.property() + ": " + String.join(", ", v.before()) + " -> "
                        + String.join(", ", v.after()));
            }
        }
        names(out, "Pages added", c.pagesAdded());
        names(out, "Pages changed", c.pagesChanged());
        names(out, "Pages removed", c.pagesRemoved());
    }

    private static void names(PrintWriter out, String heading, List<String> names) {
        out.println(heading + ": " + names.size());
        names.forEach(n -> out.println("- " + n));
    }
}
