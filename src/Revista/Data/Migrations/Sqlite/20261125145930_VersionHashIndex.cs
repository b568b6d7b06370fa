using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Revista.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class VersionHashIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_ArticleVersions_XmlSha256",
                table: "ArticleVersions",
                column: "XmlSha256");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ArticleVersions_XmlSha256",
                table: "ArticleVersions");
        }
    }
}
