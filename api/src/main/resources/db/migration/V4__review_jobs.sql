-- LLM reviews run as jobs in PostgreSQL (ARCHITECTURE.md section 7): claimed with FOR UPDATE SKIP
-- LOCKED under a lease, so any instance may run them and a crashed instance's jobs run again.
create table review_job (
    submission_id   uuid        primary key references submission (id),
    state           text        not null default 'queued',  -- queued | running | done
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null default now(),
    lease_until     timestamptz,
    last_error      text,
    created_at      timestamptz not null default now(),
    finished_at     timestamptz
);
create index review_job_due on review_job (next_attempt_at) where state <> 'done';

-- Finished reviews by (tutorial, rubric version, prompt, model, normalised source), reused
-- instead of paying for the same review twice.
create table review_cache (
    cache_key  text        primary key,
    report     jsonb       not null,
    created_at timestamptz not null default now()
);

alter table submission
    add column review_note    text,
    add column prompt_version text;
