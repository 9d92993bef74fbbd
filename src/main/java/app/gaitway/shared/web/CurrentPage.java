package app.gaitway.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** Lets the layout mark the navigation entry of the page being shown ({@code aria-current}). */
@Named("currentPage")
@RequestScoped
public class CurrentPage {

    @Inject
    HttpServletRequest request;

    public String getPath() {
        String uri = request.getRequestURI();
        return uri.substring(request.getContextPath().length());
    }

    /** "page" when the current path is the section's path or below it, else null (no attribute). */
    public String currentIf(String section) {
        String path = getPath();
        boolean inSection = section.equals("/")
                ? path.equals("/") || path.isEmpty()
                : path.equals(section) || path.startsWith(section + "/");
        return inSection ? "page" : null;
    }
}
