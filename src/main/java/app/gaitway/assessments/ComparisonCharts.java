package app.gaitway.assessments;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The trend charts of the comparison page. */
@ApplicationScoped
public class ComparisonCharts {

    public List<Comparison.Chart> charts(List<Assessment> assessments) {
        return List.of();
    }
}
