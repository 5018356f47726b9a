package dev.fivenines.api.web;

/** An exception that already knows the problem it stands for (unknown tutorial, rate limit, ...). */
public class ApiException extends RuntimeException {

    private final transient Problem problem;

    public ApiException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ApiException notFound(String detail) {
        return new ApiException(Problem.of(ProblemType.NOT_FOUND, detail));
    }

    public static ApiException tooManyRequests(long retryAfterSeconds) {
        return new ApiException(Problem.of(ProblemType.RATE_LIMITED, "Too many requests; retry after "
                + retryAfterSeconds + " s.").with("retryAfterSeconds", retryAfterSeconds));
    }
}
