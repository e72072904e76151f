package org.w3id.iomidf.serve.sparql;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.algebra.OpAsQuery;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterCommonParent;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.engine.iterator.QueryIterSingleton;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetFactory;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Context;
import org.w3id.iomidf.serve.http.Reply;

/**
 * The only way a query's {@code SERVICE} reaches the network. It replaces Jena's HTTP executor and checks each
 * call after variables are bound: the endpoint must be on the operator's {@link Federation} list (else 400,
 * before any request), every address its host resolves to must be public (else 400), and the query's call
 * count and deadline must allow it. The call itself never follows a redirect, takes at most the query's
 * remaining time and reads at most {@link Federation#maxAnswerBytes()}. A call that fails is a 502, or no
 * rows under {@code SERVICE SILENT}; a refusal is never silenced.
 */
final class ServiceGuard implements ServiceExecutor {

    private static final String ACCEPT = "application/sparql-results+json";
    /** Longer queries are POSTed as a form, as Jena does. */
    private static final int MAX_GET_CHARS = 2000;

    private final Federation federation;
    private final Function<InetAddress, String> forbidden;
    private final HttpClient client;

    private ServiceGuard(Federation federation, Function<InetAddress, String> forbidden) {
        this.federation = federation;
        this.forbidden = forbidden;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(HttpClient.Builder.NO_PROXY)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** Puts a guard for {@code federation} into {@code context}, in place of every other SERVICE executor. */
    public static void install(Context context, Federation federation) {
        install(context, federation, Federation::forbidden);
    }

    /** As above, with another address rule (tests that call an endpoint of their own on loopback). */
    public static void install(Context context, Federation federation, Function<InetAddress, String> forbidden) {
        ServiceExecutorRegistry registry = new ServiceExecutorRegistry();
        registry.add(new ServiceGuard(federation, forbidden));
        ServiceExecutorRegistry.set(context, registry);
    }

    @Override
    public QueryIterator createExecution(
            OpService opExecute, OpService original, Binding binding, ExecutionContext execCxt) {
        QueryBudget budget = QueryBudget.of(execCxt.getContext());
        Node service = opExecute.getService();
        if (!service.isURI()) {
            throw budget.stop(400, "SERVICE needs an endpoint IRI; got " + Reply.printable(service.toString()));
        }
        String endpoint = service.getURI();
        if (!federation.allows(endpoint)) {
            throw budget.stop(400, federation.refusal(endpoint));
        }
        budget.serviceCall(federation);
        URI uri = URI.create(endpoint);
        checkAddresses(uri, budget);
        budget.checkTime();
        try {
            RowSet rows = call(uri, OpAsQuery.asQuery(opExecute.getSubOp()), budget.remaining());
            List<Binding> list = new ArrayList<>();
            rows.forEachRemaining(list::add);
            QueryIterator answer = QueryIterPlainWrapper.create(list.iterator(), execCxt);
            return new QueryIterCommonParent(answer, binding, execCxt);
        } catch (IOException | RuntimeException e) {
            if (e instanceof QueryBudget.Stop stop) {
                throw stop;
            }
            if (opExecute.getSilent()) {
                return QueryIterSingleton.create(binding, execCxt);
            }
            throw budget.stop(
                    502, "SERVICE <" + endpoint + "> failed: " + Reply.printable(String.valueOf(e.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw budget.stop(503, "SERVICE <" + endpoint + "> interrupted");
        }
    }

    /** Refuses the call unless every address the host has now is one a call may go to. */
    private void checkAddresses(URI uri, QueryBudget budget) {
        InetAddress[] all;
        try {
            all = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw budget.stop(502, "SERVICE <" + uri + ">: unknown host");
        }
        for (InetAddress a : all) {
            String why = forbidden.apply(a);
            if (why != null) {
                throw budget.stop(400, "SERVICE <" + uri + "> is not called: its host resolves to " + why);
            }
        }
    }

    private RowSet call(URI endpoint, Query query, Duration time) throws IOException, InterruptedException {
        String text = query.toString();
        String form = "query=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
        HttpRequest.Builder request = form.length() <= MAX_GET_CHARS
                ? HttpRequest.newBuilder(URI.create(endpoint + (endpoint.getRawQuery() == null ? "?" : "&") + form))
                        .GET()
                : HttpRequest.newBuilder(endpoint)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form));
        HttpResponse<InputStream> response = client.send(
                request.header("Accept", ACCEPT).timeout(time).build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("answered " + response.statusCode());
            }
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, federation.maxAnswerBytes() + 1));
            if (body.length > federation.maxAnswerBytes()) {
                throw new IOException("answer larger than " + federation.maxAnswerBytes() + " bytes");
            }
            return RowSetFactory.read(new java.io.ByteArrayInputStream(body), ResultSetLang.RS_JSON);
        }
    }
}
