using Microsoft.EntityFrameworkCore.Design;

namespace Revista.Data;

/// <summary>Lets `dotnet ef migrations add … --context PostgresRevistaDb` build the model; generating migrations never connects.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresRevistaDb>
{
    public PostgresRevistaDb CreateDbContext(string[] args) =>
        (PostgresRevistaDb)RevistaDatabase.Create(new RevistaDataOptions
        {
            DataDirectory = Path.GetTempPath(),
            PostgresConnectionString = "Host=localhost;Database=revista_design_time",
        });
}
