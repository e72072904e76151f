package org.w3id.iomidf.build;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/** A progress bar on stderr for long runs; does nothing when not wanted or when the run is short. */
final class Progress implements AutoCloseable {
    /** Below this many pages a run is short enough to need no bar. */
    static final int LONG_RUN = 1000;

    private final ProgressBar bar;

    Progress(boolean wanted, String task, long total) {
        bar = wanted && total > LONG_RUN
                ? new ProgressBarBuilder()
                        .setTaskName(task)
                        .setInitialMax(total)
                        .setConsumer(new ConsoleProgressBarConsumer(System.err))
                        .build()
                : null;
    }

    void step() {
        if (bar != null) {
            bar.step();
        }
    }

    void stepBy(long n) {
        if (bar != null) {
            bar.stepBy(n);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
