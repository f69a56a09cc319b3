-- People who sign in. Platform-level, without RLS: one person can belong to several
-- organizations, and sign-in must find the person before any tenant is known. It holds
-- the sign-in identity only; what a person may do inside an organization lives in that
-- organization's own, RLS-protected memberships.
create table users (
    id               uuid         not null primary key,
    email            varchar(200) not null,
    display_name     varchar(100) not null,
    password_hash    varchar(200),
    platform_role    varchar(32),
    status           varchar(16)  not null,
    preferred_locale varchar(16)  not null default 'zh-CN',
    created_at       timestamptz  not null,
    constraint users_status_check check (status in ('INVITED', 'ACTIVE', 'DISABLED')),
    constraint users_platform_role_check check (platform_role in ('OPERATOR')),
    constraint users_active_has_password check (status <> 'ACTIVE' or password_hash is not null)
);
-- E-mail addresses are compared case-insensitively; the application stores them lower-cased.
create unique index users_email_key on users (email);

-- Throttling of failed sign-ins, keyed by the name typed (known or not, so that the
-- answer never tells whether an account exists).
create table sign_in_throttle (
    login_name      varchar(200) not null primary key,
    failures        integer      not null,
    last_failure_at timestamptz  not null,
    locked_until    timestamptz
);

-- [jooq ignore start]
grant select, insert, update on users to ${app_role};
grant select, insert, update, delete on sign_in_throttle to ${app_role};
-- [jooq ignore stop]
