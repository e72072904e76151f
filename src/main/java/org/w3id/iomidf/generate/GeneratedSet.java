package org.w3id.iomidf.generate;

import java.nio.file.Path;

/** What {@link PageGenerator#generate} wrote: the folder, the truth file and the counts. */
public record GeneratedSet(Path out, Path truth, int pages, int projects, int broken) {}
