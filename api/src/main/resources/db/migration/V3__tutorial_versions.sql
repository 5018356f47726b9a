-- Tutorial versions published by admins from the content format. The bundled content is
-- "version 0"; an active row lays a published version over it.
create table tutorial_version (
    slug           text        not null,
    version        integer     not null check (version > 0),
    files          jsonb       not null,
    rubric_version integer     not null,
    published_by   text        not null,
    published_at   timestamptz not null default now(),
    primary key (slug, version)
);

create table tutorial_active (
    slug         text        primary key,
    version      integer     not null,
    activated_at timestamptz not null default now(),
    foreign key (slug, version) references tutorial_version (slug, version)
);
