using Microsoft.EntityFrameworkCore;

namespace Revista.Data;

/// <summary>The shared database for several web nodes: PostgreSQL, chosen by a connection string in REVISTA_DATABASE.</summary>
public sealed class PostgresRevistaDb : RevistaDb
{
    public PostgresRevistaDb(DbContextOptions<PostgresRevistaDb> options)
        : base(options)
    {
    }
}
