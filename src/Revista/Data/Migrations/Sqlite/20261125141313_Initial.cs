using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Revista.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Abstracts_Articles_ArticleId",
                table: "Abstracts");

            migrationBuilder.DropForeignKey(
                name: "FK_Fragments_Articles_ArticleId",
                table: "Fragments");

            migrationBuilder.DropForeignKey(
                name: "FK_Funding_Articles_ArticleId",
                table: "Funding");

            migrationBuilder.DropForeignKey(
                name: "FK_Notes_Articles_ArticleId",
                table: "Notes");

            migrationBuilder.DropForeignKey(
                name: "FK_Subjects_Articles_ArticleId",
                table: "Subjects");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Subjects",
                table: "Subjects");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Notes",
                table: "Notes");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Funding",
                table: "Funding");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Fragments",
                table: "Fragments");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Abstracts",
                table: "Abstracts");

            migrationBuilder.RenameTable(
                name: "Subjects",
                newName: "ArticleSubjects");

            migrationBuilder.RenameTable(
                name: "Notes",
                newName: "ArticleNotes");

            migrationBuilder.RenameTable(
                name: "Funding",
                newName: "ArticleFunding");

            migrationBuilder.RenameTable(
                name: "Fragments",
                newName: "ArticleFragments");

            migrationBuilder.RenameTable(
                name: "Abstracts",
                newName: "ArticleAbstracts");

            migrationBuilder.RenameIndex(
                name: "IX_Subjects_ArticleId",
                table: "ArticleSubjects",
                newName: "IX_ArticleSubjects_ArticleId");

            migrationBuilder.RenameIndex(
                name: "IX_Notes_ArticleId",
                table: "ArticleNotes",
                newName: "IX_ArticleNotes_ArticleId");

            migrationBuilder.RenameIndex(
                name: "IX_Funding_ArticleId",
                table: "ArticleFunding",
                newName: "IX_ArticleFunding_ArticleId");

            migrationBuilder.RenameIndex(
                name: "IX_Fragments_ArticleId",
                table: "ArticleFragments",
                newName: "IX_ArticleFragments_ArticleId");

            migrationBuilder.RenameIndex(
                name: "IX_Abstracts_ArticleId",
                table: "ArticleAbstracts",
                newName: "IX_ArticleAbstracts_ArticleId");

            migrationBuilder.AddPrimaryKey(
                name: "PK_ArticleSubjects",
                table: "ArticleSubjects",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_ArticleNotes",
                table: "ArticleNotes",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_ArticleFunding",
                table: "ArticleFunding",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_ArticleFragments",
                table: "ArticleFragments",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_ArticleAbstracts",
                table: "ArticleAbstracts",
                column: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_ArticleAbstracts_Articles_ArticleId",
                table: "ArticleAbstracts",
                column: "ArticleId",
                principalTable: "Articles",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_ArticleFragments_Articles_ArticleId",
                table: "ArticleFragments",
                column: "ArticleId",
                principalTable: "Articles",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_ArticleFunding_Articles_ArticleId",
                table: "ArticleFunding",
                column: "ArticleId",
                principalTable: "Articles",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_ArticleNotes_Articles_ArticleId",
                table: "ArticleNotes",
                column: "ArticleId",
                principalTable: "Articles",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_ArticleSubjects_Articles_ArticleId",
                table: "ArticleSubjects",
                column: "ArticleId",
                principalTable: "Articles",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ArticleAbstracts_Articles_ArticleId",
                table: "ArticleAbstracts");

            migrationBuilder.DropForeignKey(
                name: "FK_ArticleFragments_Articles_ArticleId",
                table: "ArticleFragments");

            migrationBuilder.DropForeignKey(
                name: "FK_ArticleFunding_Articles_ArticleId",
                table: "ArticleFunding");

            migrationBuilder.DropForeignKey(
                name: "FK_ArticleNotes_Articles_ArticleId",
                table: "ArticleNotes");

            migrationBuilder.DropForeignKey(
                name: "FK_ArticleSubjects_Articles_ArticleId",
                table: "ArticleSubjects");

            migrationBuilder.DropPrimaryKey(
                name: "PK_ArticleSubjects",
                table: "ArticleSubjects");

            migrationBuilder.DropPrimaryKey(
                name: "PK_ArticleNotes",
                table: "ArticleNotes");

            migrationBuilder.DropPrimaryKey(
                name: "PK_ArticleFunding",
                table: "ArticleFunding");

            migrationBuilder.DropPrimaryKey(
                name: "PK_ArticleFragments",
                table: "ArticleFragments");

            migrationBuilder.DropPrimaryKey(
                name: "PK_ArticleAbstracts",
                table: "ArticleAbstracts");

            migrationBuilder.RenameTable(
                name: "ArticleSubjects",
                newName: "Subjects");

            migrationBuilder.RenameTable(
                name: "ArticleNotes",
                newName: "Notes");

            migrationBuilder.RenameTable(
                name: "ArticleFunding",
                newName: "Funding");

            migrationBuilder.RenameTable(
                name: "ArticleFragments",
                newName: "Fragments");

            migrationBuilder.RenameTable(
                name: "ArticleAbstracts",
                newName: "Abstracts");

            migrationBuilder.RenameIndex(
                name: "IX_ArticleSubjects_ArticleId",
                table: "Subjects",
                newName: "IX_Subjects_ArticleId");

            migrationBuilder.RenameIndex(
                name: "IX_ArticleNotes_ArticleId",
                table: "Notes",
                newName: "IX_Notes_ArticleId");

            migrationBuilder.RenameIndex(
                name: "IX_ArticleFunding_ArticleId",
                table: "Funding",
                newName: "IX_Funding_ArticleId");

            migrationBuilder.RenameIndex(
                name: "IX_ArticleFragments_ArticleId",
                table: "Fragments",
                newName: "IX_Fragments_ArticleId");

            migrationBuilder.RenameIndex(
                name: "IX_ArticleAbstracts_ArticleId",
                table: "Abstracts",
                newName: "IX_Abstracts_ArticleId");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Subjects",
                table: "Subjects",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Notes",
                table: "Notes",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Funding",
                table: "Funding",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Fragments",
                table: "Fragments",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Abstracts",
                table: "Abstracts",
                column: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_Abstracts_Articles_ArticleId",
                table: "Abstracts",
                column: "ArticleId",
                principalTable: "Articles",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Fragments_Articles_ArticleId",
                table: "Fragments",
                column: "ArticleId",
                principalTable: "Articles",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Funding_Articles_ArticleId",
                table: "Funding",
                column: "ArticleId",
                principalTable: "Articles",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Notes_Articles_ArticleId",
                table: "Notes",
                column: "ArticleId",
                principalTable: "Articles",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Subjects_Articles_ArticleId",
                table: "Subjects",
                column: "ArticleId",
                principalTable: "Articles",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
