package org.w3id.iomidf.serve.sparql;

import java.util.List;
import java.util.NoSuchElementException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;

/**
 * The first {@code max} rows of a result. When the result holds more, {@code cut} runs once (it marks the
 * answer as cut) and the rest are never read.
 */
final class CappedRows implements RowSet {

    private final RowSet rows;
    private final long max;
    private final Runnable cut;
    private long given;
    private boolean ended;

    CappedRows(RowSet rows, long max, Runnable cut) {
        this.rows = rows;
        this.max = max;
        this.cut = cut;
    }

    @Override
    public boolean hasNext() {
        if (ended) {
            return false;
        }
        if (given >= max) {
            ended = true;
            if (rows.hasNext()) {
                cut.run();
            }
            return false;
        }
        return rows.hasNext();
    }

    @Override
    public Binding next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more rows");
        }
        given++;
        return rows.next();
    }

    @Override
    public List<Var> getResultVars() {
        return rows.getResultVars();
    }

    @Override
    public long getRowNumber() {
        return given;
    }

    @Override
    public void close() {
        rows.close();
    }
}
