package app.gaitway.exercises.transfer;

import app.gaitway.exercises.ExerciseEditor;
import app.gaitway.exercises.ExercisePicture;
import app.gaitway.exercises.UploadForms;
import app.gaitway.exercises.pictures.CleanPicture;
import app.gaitway.exercises.pictures.PictureUpload;
import app.gaitway.exercises.pictures.RejectedPicture;
import app.gaitway.security.CurrentUser;
import app.gaitway.shared.RecordNotFoundException;
import app.gaitway.shared.persistence.StaleEditException;
import app.gaitway.shared.persistence.StaleEdits;
import app.gaitway.shared.text.WholeNumbers;
import app.gaitway.shared.web.Flash;
import app.gaitway.shared.web.Messages;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two forms that send files: a custom exercise's own start and end pictures
 * ({@code /exercise-uploads/{id}/pictures}) and an exercise import file ({@code /exercise-uploads/import}).
 * Each checks the CSRF token itself (see {@link UploadForms}), then redirects back with the outcome.
 */
@WebServlet("/exercise-uploads/*")
@MultipartConfig(
        maxFileSize = ExerciseUploadServlet.MAX_IMPORT_BYTES,
        maxRequestSize = ExerciseUploadServlet.MAX_REQUEST_BYTES,
        fileSizeThreshold = 1 << 20)
public class ExerciseUploadServlet extends HttpServlet {

    static final long MAX_IMPORT_BYTES = 60L * 1024 * 1024;
    /** The file and the form's other fields (the token, the version). */
    static final long MAX_REQUEST_BYTES = MAX_IMPORT_BYTES + 65_536;

    private static final Logger LOG = Logger.getLogger(ExerciseUploadServlet.class.getName());
    private static final Pattern PICTURES = Pattern.compile("/([0-9]{1,18})/pictures");

    @Inject
    ExerciseEditor editor;

    @Inject
    ExerciseTransfer transfer;

    @Inject
    Messages messages;

    @Inject
    Flash flash;

    @Inject
    CurrentUser currentUser;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Matcher pictures = PICTURES.matcher(path);
        if (!pictures.matches() && !path.equals("/import")) {
            showError(HttpServletResponse.SC_NOT_FOUND, request, response);
            return;
        }
        // Each refusal before the parts are read names the problem of the upload, not a 500 or a "form expired"
        // (the container's own error page would be a POST whose multipart body the CSRF filter finds no token in).
        String contentType = request.getContentType();
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            refuseUpload(pictures, "upload.missing", "import.notMultipart", request, response);
            return;
        }
        if (request.getContentLengthLong() > MAX_REQUEST_BYTES) {
            refuseUpload(pictures, "upload.reason.TOO_LARGE", "import.tooLarge", request, response);
            return;
        }
        try {
            request.getParts();
        } catch (IllegalStateException tooLarge) {
            // over the configured size: the request is refused before anything is read into memory
            refuseUpload(pictures, "upload.reason.TOO_LARGE", "import.tooLarge", request, response);
            return;
        } catch (ServletException | IOException unreadable) {
            LOG.info(() -> "Upload refused, body not readable: " + unreadable);
            refuseUpload(pictures, "upload.unreadable", "import.unreadableUpload", request, response);
            return;
        }
        if (!UploadForms.hasValidCsrfToken(request)) {
            LOG.warning(() -> "Upload refused: CSRF token missing or wrong, user "
                    + currentUser.get().map(u -> u.id()).orElse(null));
            showError(HttpServletResponse.SC_FORBIDDEN, request, response);
            return;
        }
        if (pictures.matches()) {
            pictures(Long.parseLong(pictures.group(1)), request, response);
        } else {
            importFile(request, response);
        }
    }

    private void refuseUpload(
            Matcher pictures,
            String pictureKey,
            String importKey,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (pictures.matches()) {
            UploadForms.keepUploadErrors(request, Map.of("startPicture", messages.get(pictureKey)));
            redirect(response, "/exercises/custom/" + pictures.group(1) + "/edit#upload-heading");
        } else {
            UploadForms.keepImportProblems(request, List.of(messages.get(importKey)));
            redirect(response, "/exercises/transfer");
        }
    }

    private void pictures(long id, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        Map<String, String> errors = new LinkedHashMap<>();
        CleanPicture start = clean(request.getPart("startPicture"), "startPicture", errors);
        CleanPicture end = clean(request.getPart("endPicture"), "endPicture", errors);
        String editPage = "/exercises/custom/" + id + "/edit";
        if (!errors.isEmpty()) {
            UploadForms.keepUploadErrors(request, errors);
            redirect(response, editPage + "#upload-heading");
            return;
        }
        OptionalInt version = WholeNumbers.parseInt(request.getParameter("version"));
        if (version.isEmpty()) {
            showError(HttpServletResponse.SC_NOT_FOUND, request, response);
            return;
        }
        try {
            long clinic = currentUser.clinicId();
            Long user = currentUser.id();
            StaleEdits.translated(() -> editor.usePictures(
                    id,
                    version.getAsInt(),
                    ExercisePicture.of(clinic, start.mediaType(), start.width(), start.height(), start.bytes(), user),
                    ExercisePicture.of(clinic, end.mediaType(), end.width(), end.height(), end.bytes(), user)));
        } catch (RecordNotFoundException notOurs) {
            showError(HttpServletResponse.SC_NOT_FOUND, request, response);
            return;
        } catch (StaleEditException changed) {
            UploadForms.keepUploadErrors(request, Map.of("startPicture", messages.get("upload.changedMeanwhile")));
            redirect(response, editPage + "#upload-heading");
            return;
        }
        flash.success(messages.get("upload.saved"));
        redirect(response, "/exercises/" + id);
    }

    private CleanPicture clean(Part part, String field, Map<String, String> errors) throws IOException {
        if (part == null || part.getSize() == 0) {
            errors.put(field, messages.get("upload.missing"));
            return null;
        }
        if (part.getSize() > PictureUpload.MAX_BYTES) {
            errors.put(field, messages.get("upload.reason.TOO_LARGE"));
            return null;
        }
        try (InputStream in = part.getInputStream()) {
            return PictureUpload.clean(in.readNBytes((int) PictureUpload.MAX_BYTES + 1));
        } catch (RejectedPicture rejected) {
            LOG.info(() -> "Picture upload refused: " + rejected.reason());
            errors.put(field, messages.get("upload.reason." + rejected.reason().name()));
            return null;
        }
    }

    private void importFile(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        Part file = request.getPart("file");
        if (file == null || file.getSize() == 0) {
            UploadForms.keepImportProblems(request, List.of(messages.get("import.noFile")));
            redirect(response, "/exercises/transfer");
            return;
        }
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = in.readNBytes((int) MAX_IMPORT_BYTES);
        }
        ExerciseFile.Read read = transfer.importFile(bytes);
        if (!read.ok()) {
            List<String> problems = new ArrayList<>();
            for (ExerciseFile.FileProblem p : read.problems()) {
                String message = messages.get(p.key(), p.args());
                if (p.entry() == 0) {
                    problems.add(message);
                } else {
                    String entry = p.name() == null
                            ? messages.get("import.entry", p.entry())
                            : messages.get("import.entryNamed", p.entry(), p.name());
                    problems.add(messages.get("import.problem", entry, p.field(), message));
                }
            }
            UploadForms.keepImportProblems(request, problems);
            redirect(response, "/exercises/transfer");
            return;
        }
        flash.success(messages.get("import.done", read.entries().size()));
        redirect(response, "/exercises?own=true");
    }

    /**
     * The app's error page with its status. Not sendError: the container would forward this multipart POST to
     * the error page as a POST, where the CSRF filter cannot find the token in a multipart body and answers 403
     * whatever the error was. Forwarded as a GET, the error page renders as for any other request.
     */
    private static void showError(int status, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        response.setStatus(status);
        HttpServletRequest asGet = new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return "GET";
            }
        };
        request.getRequestDispatcher("/error/" + status).forward(asGet, response);
    }

    private static void redirect(HttpServletResponse response, String path) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", path);
    }
}
