package app.gaitway.exercises;

import app.gaitway.exercises.Vocabulary.Category;
import app.gaitway.exercises.Vocabulary.EquipmentType;
import app.gaitway.exercises.Vocabulary.StartPosition;
import app.gaitway.exercises.Vocabulary.Target;
import app.gaitway.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/** The library for therapists: search and filters over every exercise the clinic can use, and one exercise. */
@Controller
@Path("exercises")
@RequestScoped
public class ExerciseLibraryController {

    @Inject
    Models models;

    @Inject
    ExerciseCatalog catalog;

    @Inject
    Messages messages;

    @GET
    public String library(@QueryParam("q") String text, @QueryParam("category") String category,
                          @QueryParam("target") String target, @QueryParam("equipment") String equipment,
                          @QueryParam("position") String position, @QueryParam("own") boolean ownOnly,
                          @QueryParam("page") @DefaultValue("1") int page) {
        LibraryQuery query = LibraryQuery.of(text, category, target, equipment, position, ownOnly, page);
        models.put("library", catalog.find(query));
        models.put("query", query);
        String any = messages.get("library.filter.any");
        models.put("categories", Choices.of(Category.class, "category", messages, any));
        models.put("targets", Choices.of(Target.class, "target", messages, any));
        models.put("equipmentTypes", Choices.of(EquipmentType.class, "equipment", messages, any));
        models.put("positions", Choices.of(StartPosition.class, "position", messages, any));
        return "exercises/library.html";
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    public String exercise(@PathParam("id") long id) {
        ExerciseDetails details = catalog.details(id);
        models.put("exercise", details);
        models.put("dosageAmount", DosageWords.amount(details.content().dosage(), messages));
        models.put("dosageOften", DosageWords.often(details.content().dosage(), messages));
        models.put("dosageExtras", DosageWords.extras(details.content().dosage(), messages));
        return "exercises/exercise.html";
    }
}
