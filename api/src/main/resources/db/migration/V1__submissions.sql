-- A learner's submitted diagram for one tutorial. Committed before anything slow happens
-- (ARCHITECTURE.md section 7); feedback is stored with it as JSON so old feedback keeps the
-- rubric version it was computed with.
create table submission (
    id             uuid        primary key,
    learner        text        not null,
    tutorial_slug  text        not null,
    revision       integer     not null,
    source         text        not null,
    rubric_version text,
    feedback       jsonb,
    created_at     timestamptz not null default now(),
    unique (learner, tutorial_slug, revision)
);

create index submission_learner_created on submission (learner, created_at desc, id desc);
