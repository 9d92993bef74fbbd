package app.gaitway.exercises;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/** The library for therapists: search and filters over every exercise the clinic can use, and one exercise. */
@Path("exercises")
@RequestScoped
public class ExerciseLibraryController {

    @Inject
    ExercisePages pages;

    @GET
    public String library(
            @QueryParam("q") String text,
            @QueryParam("category") String category,
            @QueryParam("target") String target,
            @QueryParam("equipment") String equipment,
            @QueryParam("position") String position,
            @QueryParam("own") boolean ownOnly,
            @QueryParam("page") @DefaultValue("1") int page) {
        return pages.library(LibraryQuery.of(text, category, target, equipment, position, ownOnly, page));
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    public String exercise(@PathParam("id") long id) {
        return pages.exercise(id);
    }
}
