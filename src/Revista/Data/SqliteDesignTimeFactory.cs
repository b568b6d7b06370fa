using Microsoft.EntityFrameworkCore.Design;

namespace Revista.Data;

/// <summary>Lets `dotnet ef migrations add … --context SqliteRevistaDb` build the model; it uses a file in the temp folder.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteRevistaDb>
{
    public SqliteRevistaDb CreateDbContext(string[] args) =>
        (SqliteRevistaDb)RevistaDatabase.Create(new RevistaDataOptions
        {
            DataDirectory = Path.Combine(Path.GetTempPath(), "revista-design-time"),
        });
}
