package app.gaitway.exercises.transfer;

import app.gaitway.exercises.UploadForms;
import app.gaitway.shared.json.Jsonp;
import app.gaitway.shared.web.Models;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Sharing the clinic's own exercises: the page with the export and the import form, and the export file itself
 * (a plain download, not a page: only the page method is an MVC controller).
 */
@Path("exercises/transfer")
@RequestScoped
public class ExerciseTransferController {

    @Inject
    Clock clock;

    @Inject
    Models models;

    @Inject
    ExerciseTransfer transfer;

    @Inject
    HttpServletRequest request;

    @GET
    public String page() {
        models.put("importProblems", UploadForms.takeImportProblems(request));
        return "exercises/transfer.html";
    }

    @GET
    @Path("export.json")
    public Response export() {
        var file = transfer.export();
        StreamingOutput body = out -> {
            try (JsonWriter writer = Jsonp.createWriterFactory(
                            java.util.Map.of(jakarta.json.stream.JsonGenerator.PRETTY_PRINTING, true))
                    .createWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
                writer.write(file);
            }
        };
        return Response.ok(body, "application/json; charset=utf-8")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"gaitway-exercises-" + LocalDate.now(clock) + ".json\"")
                .build();
    }
}
