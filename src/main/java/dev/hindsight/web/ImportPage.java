package dev.hindsight.web;

import dev.hindsight.auth.Role;
import dev.hindsight.auth.User;
import dev.hindsight.importer.DocumentImporter;
import dev.hindsight.importer.Imported;
import dev.hindsight.importer.Imports;
import dev.hindsight.incident.Incidents;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.StaleRevision;
import dev.hindsight.kernel.FieldProblem;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.store.StoreFull;
import dev.hindsight.store.StoreUnavailable;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The import page: upload post-mortems (Markdown, HTML, .docx), review what was read and where from, correct the
 * title, severity or any field, and save one or all. Nothing is stored until Save, and a save stores either every
 * document it names or, when one of them is refused, none.
 */
final class ImportPage {
    private static final Logger LOG = LoggerFactory.getLogger(ImportPage.class);
    /** File names are the sender's; long ones are cut for the page. */
    private static final int FILE_NAME_MAX = 200;

    private final DocumentImporter importer;
    private final Incidents incidents;

    ImportPage(DocumentImporter importer, Incidents incidents) {
        this.importer = importer;
        this.incidents = incidents;
    }

    void register(RoutesConfig routes) {
        routes.get("/import", this::form);
        routes.post("/import", this::review);
        routes.post("/import/save", this::save);
    }

    void form(Context ctx) {
        Caller.require(ctx, Role.EDITOR);
        upload(ctx, 200, List.of());
    }

    /** Reads every uploaded file and shows what was read; stores nothing. */
    void review(Context ctx) {
        Caller.require(ctx, Role.EDITOR);
        List<UploadedFile> files = ctx.uploadedFiles("files").stream().filter(f -> f.size() > 0
                || (f.filename() != null && !f.filename().isEmpty())).toList();
        if (files.isEmpty() || files.size() > ImportDraft.MAX_DOCUMENTS) {
            upload(ctx, 400, List.of(new FieldProblem("files", files.isEmpty() ? "choose at least one document"
                    : "at most " + ImportDraft.MAX_DOCUMENTS + " documents at a time (" + files.size() + " chosen)")));
            return;
        }
        List<ImportReview.Document> documents = new ArrayList<>();
        int readable = 0; // the form numbers only the documents it carries: those that could be read
        for (UploadedFile file : files) {
            String name = name(file.filename());
            int index = readable;
            try {
                Imported imported = importer.read(ImportApi.bytes(file), null);
                documents.add(ImportReview.of(index, ImportDraft.of(name, imported), List.of(),
                        incidents.conventions().severityScale()));
                readable++;
            } catch (InvalidInput e) {
                documents.add(ImportReview.failed(documents.size(), name, e.problems()));
            } catch (StoreUnavailable | StoreFull e) {
                throw e;
            } catch (RuntimeException e) {
                // A fault reading this one document: the others are still shown.
                String errorId = java.util.UUID.randomUUID().toString();
                LOG.error("reading uploaded document failed (error id {})", errorId, e);
                documents.add(ImportReview.failed(documents.size(), name, List.of(new FieldProblem("document",
                        "could not be read; quote error id " + errorId + " to your administrator"))));
            }
        }
        render(ctx, 200, documents, List.of());
    }

    /**
     * Saves the document whose button was pressed, or every unsaved one. Each is checked first, as corrected; if
     * any is refused, the page comes back with every problem named by its field and nothing saved.
     */
    void save(Context ctx) {
        User user = Caller.require(ctx, Role.EDITOR);
        List<ImportDraft> drafts = new ArrayList<>(ImportDraft.fromForm(ctx.formParamMap()));
        if (drafts.isEmpty()) {
            upload(ctx, 400, List.of(new FieldProblem("files", "the review form was empty; upload the documents "
                    + "again")));
            return;
        }
        String chosen = FormRows.one(ctx.formParamMap(), "save");
        List<Integer> targets = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            if (!drafts.get(i).saved() && (chosen.equals("all") || chosen.equals(String.valueOf(i)))) {
                targets.add(i);
            }
        }
        List<List<FieldProblem>> problems = new ArrayList<>();
        drafts.forEach(d -> problems.add(new ArrayList<>()));
        List<PostMortem> records = new ArrayList<>();
        for (int i : targets) {
            try {
                records.add(drafts.get(i).corrected(incidents.conventions()));
            } catch (InvalidInput e) {
                problems.get(i).addAll(e.problems());
            }
        }
        if (problems.stream().anyMatch(p -> !p.isEmpty())) {
            render(ctx, 400, views(drafts, problems), List.of(new FieldProblem("documents",
                    "nothing was saved: correct the fields named below, then save again")));
            return;
        }
        Imports imports = new Imports(importer, incidents.as(Caller.principal(ctx)));
        List<FieldProblem> refused = new ArrayList<>();
        for (int n = 0; n < targets.size(); n++) {
            int i = targets.get(n);
            ImportDraft draft = drafts.get(i);
            try {
                Imports.Outcome outcome = imports.store(new Imported(draft.seedLayout(), records.get(n),
                        draft.report() == null ? List.of() : draft.report().notes(), draft.report()), user.name());
                drafts.set(i, draft.saved(outcome.change().name().toLowerCase(java.util.Locale.ROOT), outcome.id()));
            } catch (InvalidInput e) {
                problems.get(i).addAll(e.problems());
                refused.add(new FieldProblem(draft.file(), "was not saved"));
            } catch (StaleRevision e) {
                problems.get(i).add(new FieldProblem("document", e.getMessage() + "; it was not saved, save again"));
                refused.add(new FieldProblem(draft.file(), "was not saved"));
            }
        }
        if (refused.isEmpty() && drafts.size() == 1) {
            ctx.redirect("/incidents/" + drafts.get(0).savedId() + "?saved", HttpStatus.SEE_OTHER);
            return;
        }
        render(ctx, refused.isEmpty() ? 200 : 409, views(drafts, problems), refused);
    }

    private List<ImportReview.Document> views(List<ImportDraft> drafts, List<List<FieldProblem>> problems) {
        List<ImportReview.Document> views = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            views.add(ImportReview.of(i, drafts.get(i), problems.get(i), incidents.conventions().severityScale()));
        }
        return views;
    }

    private static String name(String filename) {
        String name = filename == null || filename.isBlank() ? "document" : filename.strip();
        return name.length() > FILE_NAME_MAX ? name.substring(0, FILE_NAME_MAX) + "…" : name;
    }

    private static void upload(Context ctx, int status, List<FieldProblem> problems) {
        Pages.render(ctx, status, "import.jte", new ImportReview.UploadView(Pages.frame(ctx, "Import post-mortems"),
                problems, ImportDraft.MAX_DOCUMENTS, HttpServer.MAX_REQUEST_BYTES / 1024));
    }

    private static void render(Context ctx, int status, List<ImportReview.Document> documents,
                               List<FieldProblem> problems) {
        boolean anyUnsaved = documents.stream().anyMatch(d -> d.readable() && !d.saved());
        Pages.render(ctx, status, "import-review.jte", new ImportReview.View(Pages.frame(ctx,
                "Review the import"), documents, problems, anyUnsaved));
    }
}
