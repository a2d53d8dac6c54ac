namespace Ipt.Domain.Storage.Sqlite;

/// <summary>The store's schema, versioned by SQLite's <c>PRAGMA user_version</c>: 0 is an empty file (the schema is
/// created), <see cref="Version"/> is current, anything higher was written by a newer package and is refused.</summary>
internal static class SqliteSchema
{
    /// <summary>The schema version this package creates and reads.</summary>
    public const int Version = 1;

    /// <summary>Version 1: one row per event. <c>UNIQUE (course_id, version)</c> is the final guard against two writers
    /// appending the same version; the partial unique index makes a command id count once per course.</summary>
    public const string Create1 = """
        CREATE TABLE IF NOT EXISTS ipt_course_events (
            position       INTEGER PRIMARY KEY,
            course_id      TEXT    NOT NULL,
            version        INTEGER NOT NULL CHECK (version >= 1),
            type           TEXT    NOT NULL,
            schema_version INTEGER NOT NULL,
            data           TEXT    NOT NULL,
            command_id     TEXT    NULL,
            CONSTRAINT ipt_course_events_course_version UNIQUE (course_id, version)
        );
        CREATE UNIQUE INDEX IF NOT EXISTS ipt_course_events_course_command
            ON ipt_course_events (course_id, command_id) WHERE command_id IS NOT NULL;
        PRAGMA user_version = 1;
        """;
}
