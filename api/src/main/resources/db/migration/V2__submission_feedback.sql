-- Feedback is stored with the submission in the same row (one transaction); the summary columns
-- serve history and progress queries without parsing JSON.
alter table submission
    add column idempotency_key text,
    add column changes         jsonb,
    add column status          text,
    add column score_passed    integer,
    add column score_total     integer,
    add column llm_state       text;

create unique index submission_idempotency on submission (learner, idempotency_key)
    where idempotency_key is not null;
create index submission_learner_tutorial on submission (learner, tutorial_slug, revision desc);

-- Hints a learner revealed, in order; the ladder offers the next one.
create table hint_reveal (
    learner       text        not null,
    tutorial_slug text        not null,
    hint_id       text        not null,
    revealed_at   timestamptz not null default now(),
    primary key (learner, tutorial_slug, hint_id)
);

-- Every answer a learner gave to a practice check.
create table practice_attempt (
    id            uuid        primary key,
    learner       text        not null,
    tutorial_slug text        not null,
    check_id      text        not null,
    answer        text        not null,
    correct       boolean     not null,
    created_at    timestamptz not null default now()
);
create index practice_attempt_learner on practice_attempt (learner, tutorial_slug);
