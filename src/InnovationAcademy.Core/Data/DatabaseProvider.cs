namespace InnovationAcademy.Core.Data;

/// <summary>The configured database engine (<c>Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
