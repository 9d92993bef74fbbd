package app.gaitway.clinics;

import app.gaitway.shared.backup.BackupFile;
import app.gaitway.shared.backup.Backups;
import app.gaitway.shared.web.Flash;
import app.gaitway.shared.web.Messages;
import app.gaitway.shared.web.Models;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * The installation's backups, for its owner only (a backup holds every clinic's records): the list, where they go,
 * when the next nightly one runs, the last failure, and "Back up now".
 */
@Path("admin/backups")
@RequestScoped
public class BackupsController {

    private static final String VIEW = "clinics/backups.html";

    @Inject
    Models models;

    @Inject
    ClinicAdministrationService clinics;

    @Inject
    Backups backups;

    @Inject
    Messages messages;

    @Inject
    Flash flash;

    /** A backup as the page lists it. */
    public record Row(String name, String takenAt, String takenAtIso, String size) {}

    /** The last failure as the page shows it. */
    public record FailureView(String at, String reason) {}

    @GET
    public String show() {
        clinics.requireOwner();
        Backups.Status status = backups.status();
        models.put("status", status);
        models.put("rows", rows(status.backups()));
        models.put(
                "failure",
                status.lastFailure()
                        .map(f -> new FailureView(DisplayTimes.format(f.at()), f.reason()))
                        .orElse(null));
        models.put(
                "runningSince", status.runningSince().map(DisplayTimes::format).orElse(null));
        return VIEW;
    }

    @POST
    @Path("now")
    public Response backUpNow() {
        clinics.requireOwner();
        Backups.Outcome outcome = backups.start();
        if (outcome instanceof Backups.Outcome.Started) {
            flash.success(messages.get("backups.started"));
        } else if (outcome instanceof Backups.Outcome.Taken taken) {
            flash.success(messages.get(
                    "backups.taken", taken.file().name(), size(taken.file().bytes())));
        } else if (outcome instanceof Backups.Outcome.AlreadyRunning) {
            flash.notice(messages.get("backups.alreadyRunning"));
        } else if (outcome instanceof Backups.Outcome.Failed) {
            flash.notice(messages.get("backups.failed"));
        } else {
            flash.notice(messages.get("backups.notOnThisDatabase"));
        }
        return Response.seeOther(URI.create("/admin/backups")).build();
    }

    private static List<Row> rows(List<BackupFile> files) {
        return files.stream()
                .map(f -> new Row(
                        f.name(), DisplayTimes.format(f.takenAt()), f.takenAt().toString(), size(f.bytes())))
                .toList();
    }

    /** Sizes as people read them: 1.2 MB, 830 kB (decimal units, as file managers show them). */
    static String size(long bytes) {
        if (bytes < 1_000) {
            return bytes + " B";
        }
        if (bytes < 1_000_000) {
            return String.format(Locale.ENGLISH, "%.0f kB", bytes / 1e3);
        }
        if (bytes < 1_000_000_000) {
            return String.format(Locale.ENGLISH, "%.1f MB", bytes / 1e6);
        }
        return String.format(Locale.ENGLISH, "%.2f GB", bytes / 1e9);
    }
}
