package org.cloudcare.api;

import java.io.IOException;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Keeps the documented address {@code /graphiql} for the GraphiQL page SmallRye serves under {@code /graphql-ui}. */
@WebServlet("/graphiql")
public class GraphiQLAddress extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/graphql-ui/");
    }
}
