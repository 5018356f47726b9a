package dev.fivenines.api.catalog;

import dev.fivenines.content.BundleValidator;
import dev.fivenines.domain.publishing.BundleCheck;
import java.util.Map;

/** The content module's validator behind the domain's port. */
public final class ContentBundleCheck implements BundleCheck {

    private final BundleValidator validator;

    public ContentBundleCheck(BundleValidator validator) {
        this.validator = validator;
    }

    @Override
    public Result check(String slug, Map<String, String> files) {
        BundleValidator.Result result = validator.validate(slug, files);
        return new Result(result.tutorial(), result.problems().stream()
                .map(p -> new Problem(p.file(), p.line(), p.message())).toList());
    }
}
