package dev.fivenines.api.persistence;

import dev.fivenines.domain.common.ConflictException;
import dev.fivenines.domain.publishing.TutorialVersions;
import dev.fivenines.domain.publishing.VersionInfo;
import io.r2dbc.postgresql.codec.Json;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Published tutorial versions; publishing a version and activating it happen in one transaction. */
@Repository
class R2dbcTutorialVersions implements TutorialVersions {

    private static final TypeReference<Map<String, String>> FILES = new TypeReference<>() { };

    private final DatabaseClient db;
    private final TransactionalOperator transaction;
    private final JsonMapper json = JsonMapper.builder().build();

    R2dbcTutorialVersions(DatabaseClient db, ReactiveTransactionManager transactions) {
        this.db = db;
        this.transaction = TransactionalOperator.create(transactions);
    }

    @Override
    public Mono<VersionInfo> publish(String slug, Map<String, String> files, int rubricVersion, String publishedBy) {
        Mono<VersionInfo> work = db.sql("""
                        insert into tutorial_version (slug, version, files, rubric_version, published_by)
                        select :slug, coalesce(max(version), 0) + 1, :files, :rubric, :by
                        from tutorial_version where slug = :slug
                        returning version, published_at""")
                .bind("slug", slug).bind("files", Json.of(json.writeValueAsString(files)))
                .bind("rubric", rubricVersion).bind("by", publishedBy)
                .map(row -> new VersionInfo(slug, row.get("version", Integer.class), rubricVersion, publishedBy,
                        row.get("published_at", OffsetDateTime.class).toInstant(), true))
                .one()
                .flatMap(info -> setActive(slug, info.version()).thenReturn(info));
        return transaction.transactional(work)
                .onErrorMap(DataIntegrityViolationException.class,
                        e -> new ConflictException("Another version of '" + slug + "' was published at the same time; retry."));
    }

    @Override
    public Mono<List<VersionInfo>> list(String slug) {
        return db.sql("""
                        select v.version, v.rubric_version, v.published_by, v.published_at,
                               (a.version is not null) as active
                        from tutorial_version v left join tutorial_active a on a.slug = v.slug and a.version = v.version
                        where v.slug = :slug order by v.version desc""")
                .bind("slug", slug)
                .map(row -> new VersionInfo(slug, row.get("version", Integer.class), row.get("rubric_version", Integer.class),
                        row.get("published_by", String.class), row.get("published_at", OffsetDateTime.class).toInstant(),
                        Boolean.TRUE.equals(row.get("active", Boolean.class))))
                .all().collectList();
    }

    @Override
    public Mono<Boolean> activate(String slug, int version) {
        if (version == 0) {
            return db.sql("delete from tutorial_active where slug = :slug").bind("slug", slug).then().thenReturn(true);
        }
        return db.sql("select 1 from tutorial_version where slug = :slug and version = :version")
                .bind("slug", slug).bind("version", version).map(row -> true).one()
                .flatMap(exists -> setActive(slug, version).thenReturn(true))
                .defaultIfEmpty(false);
    }

    @Override
    public Mono<Map<String, Map<String, String>>> activeBundles() {
        return db.sql("""
                        select v.slug, v.files from tutorial_active a
                        join tutorial_version v on v.slug = a.slug and v.version = a.version""")
                .map(row -> Map.entry(row.get("slug", String.class), json.readValue(row.get("files", Json.class).asString(), FILES)))
                .all().collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    @Override
    public Mono<Integer> activeRubricVersion(String slug) {
        return db.sql("""
                        select v.rubric_version from tutorial_active a
                        join tutorial_version v on v.slug = a.slug and v.version = a.version where a.slug = :slug""")
                .bind("slug", slug).map(row -> row.get("rubric_version", Integer.class)).one();
    }

    private Mono<Void> setActive(String slug, int version) {
        return db.sql("""
                        insert into tutorial_active (slug, version) values (:slug, :version)
                        on conflict (slug) do update set version = excluded.version, activated_at = now()""")
                .bind("slug", slug).bind("version", version).then();
    }
}
