package org.w3id.iomidf.serve.downloads;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /.well-known/void} (RFC 5785, VoID section 7): the dataset description, negotiated. */
final class VoidServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final transient ServedDescription description;

    VoidServlet(ServedDescription description) {
        this.description = description;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        description.answer(req, res);
    }
}
