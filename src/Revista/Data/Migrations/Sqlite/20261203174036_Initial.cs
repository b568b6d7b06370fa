using System;
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
            migrationBuilder.CreateTable(
                name: "ArticleUsageCounters",
                columns: table => new
                {
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UniqueItemInvestigations = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<string>(type: "TEXT", maxLength: 28, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleUsageCounters", x => x.ArticleId);
                });

            migrationBuilder.CreateTable(
                name: "Journals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    TransTitles = table.Column<string>(type: "TEXT", nullable: false),
                    AbbreviatedTitle = table.Column<string>(type: "TEXT", nullable: true),
                    PrintIssn = table.Column<string>(type: "TEXT", maxLength: 9, nullable: true),
                    ElectronicIssn = table.Column<string>(type: "TEXT", maxLength: 9, nullable: true),
                    Publisher = table.Column<string>(type: "TEXT", nullable: true),
                    PublisherLocation = table.Column<string>(type: "TEXT", nullable: true),
                    Languages = table.Column<string>(type: "TEXT", nullable: false),
                    LicenseUrl = table.Column<string>(type: "TEXT", nullable: true),
                    DoiPrefix = table.Column<string>(type: "TEXT", nullable: true),
                    CitationStyle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HealthProfessionalGate = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<string>(type: "TEXT", maxLength: 28, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Journals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OaiDeletedRecords",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    JournalId = table.Column<int>(type: "INTEGER", nullable: false),
                    JournalSlug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SectionId = table.Column<int>(type: "INTEGER", nullable: true),
                    DeletedAt = table.Column<string>(type: "TEXT", maxLength: 28, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OaiDeletedRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SearchOutbox",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Operation = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<string>(type: "TEXT", maxLength: 28, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchOutbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StoredAssets",
                columns: table => new
                {
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Bytes = table.Column<long>(type: "INTEGER", nullable: false),
                    MediaType = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Width = table.Column<int>(type: "INTEGER", nullable: true),
                    Height = table.Column<int>(type: "INTEGER", nullable: true),
                    OriginalFileName = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<string>(type: "TEXT", maxLength: 28, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoredAssets", x => x.Sha256);
                });

            migrationBuilder.CreateTable(
                name: "UsageAgents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UsageAgents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "UsageDays",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    JournalId = table.Column<int>(type: "INTEGER", nullable: false),
                    Counts_HtmlRequests = table.Column<int>(type: "INTEGER", nullable: false),
                    Counts_PdfRequests = table.Column<int>(type: "INTEGER", nullable: false),
                    Counts_TotalItemInvestigations = table.Column<int>(type: "INTEGER", nullable: false),
                    Counts_TotalItemRequests = table.Column<int>(type: "INTEGER", nullable: false),
                    Counts_UniqueItemInvestigations = table.Column<int>(type: "INTEGER", nullable: false),
                    Counts_UniqueItemRequests = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UsageDays", x => new { x.Day, x.ArticleId });
                });

            migrationBuilder.CreateTable(
                name: "UsageDayStates",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LastEventId = table.Column<long>(type: "INTEGER", nullable: false),
                    Pending = table.Column<bool>(type: "INTEGER", nullable: false),
                    ProcessedAt = table.Column<string>(type: "TEXT", maxLength: 28, nullable: true),
                    Events = table.Column<int>(type: "INTEGER", nullable: false),
                    RobotEvents = table.Column<int>(type: "INTEGER", nullable: false),
                    DoubleClicks = table.Column<int>(type: "INTEGER", nullable: false),
                    SkippedEvents = table.Column<int>(type: "INTEGER", nullable: false),
                    PrunedAt = table.Column<string>(type: "TEXT", maxLength: 28, nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UsageDayStates", x => x.Day);
                });

            migrationBuilder.CreateTable(
                name: "UsageEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OccurredAt = table.Column<string>(type: "TEXT", maxLength: 28, nullable: false),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Activity = table.Column<byte>(type: "INTEGER", nullable: false),
                    Format = table.Column<byte>(type: "INTEGER", nullable: false),
                    TargetKey = table.Column<long>(type: "INTEGER", nullable: false),
                    ClientKey = table.Column<long>(type: "INTEGER", nullable: false),
                    AgentId = table.Column<int>(type: "INTEGER", nullable: false),
                    InstitutionId = table.Column<int>(type: "INTEGER", nullable: true),
                    LogImportId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UsageEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "UsageLogImports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ImportedAt = table.Column<string>(type: "TEXT", maxLength: 28, nullable: false),
                    Lines = table.Column<long>(type: "INTEGER", nullable: false),
                    Investigations = table.Column<int>(type: "INTEGER", nullable: false),
                    Requests = table.Column<int>(type: "INTEGER", nullable: false),
                    Skipped = table.Column<long>(type: "INTEGER", nullable: false),
                    BadLines = table.Column<long>(type: "INTEGER", nullable: false),
                    FirstLineAt = table.Column<string>(type: "TEXT", maxLength: 28, nullable: true),
                    LastLineAt = table.Column<string>(type: "TEXT", maxLength: 28, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UsageLogImports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "UsageMonths",
                columns: table => new
                {
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    JournalId = table.Column<int>(type: "INTEGER", nullable: false),
                    Counts_HtmlRequests = table.Column<int>(type: "INTEGER", nullable: false),
                    Counts_PdfRequests = table.Column<int>(type: "INTEGER", nullable: false),
                    Counts_TotalItemInvestigations = table.Column<int>(type: "INTEGER", nullable: false),
                    Counts_TotalItemRequests = table.Column<int>(type: "INTEGER", nullable: false),
                    Counts_UniqueItemInvestigations = table.Column<int>(type: "INTEGER", nullable: false),
                    Counts_UniqueItemRequests = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UsageMonths", x => new { x.Month, x.ArticleId });
                });

            migrationBuilder.CreateTable(
                name: "UsageRobotLists",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    LoadedAt = table.Column<string>(type: "TEXT", maxLength: 28, nullable: false),
                    PatternCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Patterns = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UsageRobotLists", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "UsageSalts",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Value = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UsageSalts", x => x.Day);
                });

            migrationBuilder.CreateTable(
                name: "UsageTitleMonths",
                columns: table => new
                {
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    JournalId = table.Column<int>(type: "INTEGER", nullable: false),
                    AccessStatus = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Counts_HtmlRequests = table.Column<int>(type: "INTEGER", nullable: false),
                    Counts_PdfRequests = table.Column<int>(type: "INTEGER", nullable: false),
                    Counts_TotalItemInvestigations = table.Column<int>(type: "INTEGER", nullable: false),
                    Counts_TotalItemRequests = table.Column<int>(type: "INTEGER", nullable: false),
                    Counts_UniqueItemInvestigations = table.Column<int>(type: "INTEGER", nullable: false),
                    Counts_UniqueItemRequests = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UsageTitleMonths", x => new { x.JournalId, x.Month, x.AccessStatus, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "Issues",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    JournalId = table.Column<int>(type: "INTEGER", nullable: false),
                    Volume = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Year = table.Column<int>(type: "INTEGER", nullable: true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 250, nullable: false),
                    DateLabel = table.Column<string>(type: "TEXT", nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Issues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Issues_Journals_JournalId",
                        column: x => x.JournalId,
                        principalTable: "Journals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "JournalIdentifiers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    JournalId = table.Column<int>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JournalIdentifiers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JournalIdentifiers_Journals_JournalId",
                        column: x => x.JournalId,
                        principalTable: "Journals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Sections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    JournalId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Sections_Journals_JournalId",
                        column: x => x.JournalId,
                        principalTable: "Journals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Articles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    JournalId = table.Column<int>(type: "INTEGER", nullable: false),
                    IssueId = table.Column<int>(type: "INTEGER", nullable: true),
                    SectionId = table.Column<int>(type: "INTEGER", nullable: true),
                    Doi = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    DoiKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    PublisherId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Pmid = table.Column<string>(type: "TEXT", nullable: true),
                    Pmcid = table.Column<string>(type: "TEXT", nullable: true),
                    ArticleType = table.Column<string>(type: "TEXT", nullable: true),
                    Language = table.Column<string>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    TitleHtml = table.Column<string>(type: "TEXT", nullable: false),
                    Subtitle = table.Column<string>(type: "TEXT", nullable: true),
                    SubtitleHtml = table.Column<string>(type: "TEXT", nullable: true),
                    FirstPage = table.Column<string>(type: "TEXT", nullable: true),
                    LastPage = table.Column<string>(type: "TEXT", nullable: true),
                    ElocationId = table.Column<string>(type: "TEXT", nullable: true),
                    PageOrder = table.Column<int>(type: "INTEGER", nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DateLabel = table.Column<string>(type: "TEXT", nullable: true),
                    AccessStatus = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    LicenseUrl = table.Column<string>(type: "TEXT", nullable: true),
                    LicenseHtml = table.Column<string>(type: "TEXT", nullable: true),
                    CopyrightStatement = table.Column<string>(type: "TEXT", nullable: true),
                    CopyrightYear = table.Column<string>(type: "TEXT", nullable: true),
                    CopyrightHolder = table.Column<string>(type: "TEXT", nullable: true),
                    FundingStatement = table.Column<string>(type: "TEXT", nullable: true),
                    CurrentVersionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<string>(type: "TEXT", maxLength: 28, nullable: false),
                    UpdatedAt = table.Column<string>(type: "TEXT", maxLength: 28, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Articles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Articles_Issues_IssueId",
                        column: x => x.IssueId,
                        principalTable: "Issues",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Articles_Journals_JournalId",
                        column: x => x.JournalId,
                        principalTable: "Journals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Articles_Sections_SectionId",
                        column: x => x.SectionId,
                        principalTable: "Sections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Affiliations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    SubArticleId = table.Column<string>(type: "TEXT", nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    XmlId = table.Column<string>(type: "TEXT", nullable: true),
                    Label = table.Column<string>(type: "TEXT", nullable: true),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    Institution = table.Column<string>(type: "TEXT", nullable: true),
                    Country = table.Column<string>(type: "TEXT", nullable: true),
                    CountryCode = table.Column<string>(type: "TEXT", nullable: true),
                    Ror = table.Column<string>(type: "TEXT", nullable: true),
                    Language = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Affiliations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Affiliations_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ArticleAbstracts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    SubArticleId = table.Column<string>(type: "TEXT", nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Language = table.Column<string>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", nullable: true),
                    IsTranslation = table.Column<bool>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: true),
                    Html = table.Column<string>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleAbstracts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArticleAbstracts_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ArticleAssets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Href = table.Column<string>(type: "TEXT", nullable: false),
                    ElementId = table.Column<string>(type: "TEXT", nullable: true),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Label = table.Column<string>(type: "TEXT", nullable: true),
                    CaptionHtml = table.Column<string>(type: "TEXT", nullable: true),
                    Width = table.Column<int>(type: "INTEGER", nullable: true),
                    Height = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleAssets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArticleAssets_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ArticleAssets_StoredAssets_Sha256",
                        column: x => x.Sha256,
                        principalTable: "StoredAssets",
                        principalColumn: "Sha256",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ArticleDates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", nullable: false),
                    PublicationFormat = table.Column<string>(type: "TEXT", nullable: true),
                    Year = table.Column<int>(type: "INTEGER", nullable: true),
                    Month = table.Column<int>(type: "INTEGER", nullable: true),
                    Day = table.Column<int>(type: "INTEGER", nullable: true),
                    Season = table.Column<string>(type: "TEXT", nullable: true),
                    Iso = table.Column<string>(type: "TEXT", nullable: true),
                    StringDate = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleDates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArticleDates_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ArticleFragments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Language = table.Column<string>(type: "TEXT", nullable: false),
                    SubArticleId = table.Column<string>(type: "TEXT", nullable: true),
                    IsTranslation = table.Column<bool>(type: "INTEGER", nullable: false),
                    Html = table.Column<string>(type: "TEXT", nullable: false),
                    RendererVersion = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleFragments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArticleFragments_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ArticleFronts",
                columns: table => new
                {
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Format = table.Column<int>(type: "INTEGER", nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleFronts", x => x.ArticleId);
                    table.ForeignKey(
                        name: "FK_ArticleFronts_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ArticleFunding",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    FunderName = table.Column<string>(type: "TEXT", nullable: true),
                    FunderId = table.Column<string>(type: "TEXT", nullable: true),
                    AwardIds = table.Column<string>(type: "TEXT", nullable: false),
                    Recipient = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleFunding", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArticleFunding_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ArticleNotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    SubArticleId = table.Column<string>(type: "TEXT", nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    XmlId = table.Column<string>(type: "TEXT", nullable: true),
                    Type = table.Column<string>(type: "TEXT", nullable: true),
                    Label = table.Column<string>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", nullable: true),
                    Html = table.Column<string>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArticleNotes_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ArticleRelations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Translation = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Doi = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    DoiKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 35, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleRelations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArticleRelations_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ArticleSubjects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    GroupType = table.Column<string>(type: "TEXT", nullable: true),
                    Value = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleSubjects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArticleSubjects_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ArticleVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    XmlSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SourceXml = table.Column<byte[]>(type: "BLOB", nullable: false),
                    SourceFileName = table.Column<string>(type: "TEXT", nullable: false),
                    ImportedAt = table.Column<string>(type: "TEXT", maxLength: 28, nullable: false),
                    RendererVersion = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArticleVersions_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Contributors",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    SubArticleId = table.Column<string>(type: "TEXT", nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    ContribType = table.Column<string>(type: "TEXT", nullable: false),
                    Collab = table.Column<string>(type: "TEXT", nullable: true),
                    Surname = table.Column<string>(type: "TEXT", nullable: true),
                    GivenNames = table.Column<string>(type: "TEXT", nullable: true),
                    Prefix = table.Column<string>(type: "TEXT", nullable: true),
                    Suffix = table.Column<string>(type: "TEXT", nullable: true),
                    NameStyle = table.Column<string>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", nullable: false),
                    Orcid = table.Column<string>(type: "TEXT", nullable: true),
                    IsCorresponding = table.Column<bool>(type: "INTEGER", nullable: false),
                    EqualContribution = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsDeceased = table.Column<bool>(type: "INTEGER", nullable: false),
                    Emails = table.Column<string>(type: "TEXT", nullable: false),
                    AffiliationIds = table.Column<string>(type: "TEXT", nullable: false),
                    InlineAffiliations = table.Column<string>(type: "TEXT", nullable: false),
                    NoteIds = table.Column<string>(type: "TEXT", nullable: false),
                    Roles = table.Column<string>(type: "TEXT", nullable: false),
                    Degrees = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Contributors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Contributors_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Keywords",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    SubArticleId = table.Column<string>(type: "TEXT", nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Language = table.Column<string>(type: "TEXT", nullable: false),
                    GroupType = table.Column<string>(type: "TEXT", nullable: true),
                    Value = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Keywords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Keywords_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "References",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    XmlId = table.Column<string>(type: "TEXT", nullable: true),
                    Label = table.Column<string>(type: "TEXT", nullable: true),
                    PublicationType = table.Column<string>(type: "TEXT", nullable: true),
                    Authors = table.Column<string>(type: "TEXT", nullable: false),
                    Editors = table.Column<string>(type: "TEXT", nullable: false),
                    HasEtAl = table.Column<bool>(type: "INTEGER", nullable: false),
                    ArticleTitle = table.Column<string>(type: "TEXT", nullable: true),
                    Source = table.Column<string>(type: "TEXT", nullable: true),
                    Year = table.Column<string>(type: "TEXT", nullable: true),
                    Volume = table.Column<string>(type: "TEXT", nullable: true),
                    Issue = table.Column<string>(type: "TEXT", nullable: true),
                    FirstPage = table.Column<string>(type: "TEXT", nullable: true),
                    LastPage = table.Column<string>(type: "TEXT", nullable: true),
                    ElocationId = table.Column<string>(type: "TEXT", nullable: true),
                    Publisher = table.Column<string>(type: "TEXT", nullable: true),
                    PublisherLocation = table.Column<string>(type: "TEXT", nullable: true),
                    Doi = table.Column<string>(type: "TEXT", nullable: true),
                    Pmid = table.Column<string>(type: "TEXT", nullable: true),
                    Pmcid = table.Column<string>(type: "TEXT", nullable: true),
                    Uri = table.Column<string>(type: "TEXT", nullable: true),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    Html = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_References", x => x.Id);
                    table.ForeignKey(
                        name: "FK_References_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Translations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Language = table.Column<string>(type: "TEXT", nullable: false),
                    SubArticleId = table.Column<string>(type: "TEXT", nullable: true),
                    Doi = table.Column<string>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", nullable: true),
                    TitleHtml = table.Column<string>(type: "TEXT", nullable: true),
                    Subtitle = table.Column<string>(type: "TEXT", nullable: true),
                    SubtitleHtml = table.Column<string>(type: "TEXT", nullable: true),
                    AbstractHtml = table.Column<string>(type: "TEXT", nullable: true),
                    SectionTitle = table.Column<string>(type: "TEXT", nullable: true),
                    Keywords = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Translations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Translations_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Affiliations_ArticleId",
                table: "Affiliations",
                column: "ArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleAbstracts_ArticleId",
                table: "ArticleAbstracts",
                column: "ArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleAssets_ArticleId",
                table: "ArticleAssets",
                column: "ArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleAssets_Sha256",
                table: "ArticleAssets",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleDates_ArticleId",
                table: "ArticleDates",
                column: "ArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleFragments_ArticleId",
                table: "ArticleFragments",
                column: "ArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleFunding_ArticleId",
                table: "ArticleFunding",
                column: "ArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleNotes_ArticleId",
                table: "ArticleNotes",
                column: "ArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleRelations_ArticleId",
                table: "ArticleRelations",
                column: "ArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleRelations_DoiKey",
                table: "ArticleRelations",
                column: "DoiKey");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_DoiKey",
                table: "Articles",
                column: "DoiKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Articles_IssueId",
                table: "Articles",
                column: "IssueId");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_JournalId_IssueId_PageOrder_Id",
                table: "Articles",
                columns: new[] { "JournalId", "IssueId", "PageOrder", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_JournalId_PublishedOn_Id",
                table: "Articles",
                columns: new[] { "JournalId", "PublishedOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_JournalId_PublisherId",
                table: "Articles",
                columns: new[] { "JournalId", "PublisherId" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_JournalId_UpdatedAt_Id",
                table: "Articles",
                columns: new[] { "JournalId", "UpdatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_PublishedOn_Id",
                table: "Articles",
                columns: new[] { "PublishedOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_SectionId",
                table: "Articles",
                column: "SectionId");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_UpdatedAt_Id",
                table: "Articles",
                columns: new[] { "UpdatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ArticleSubjects_ArticleId",
                table: "ArticleSubjects",
                column: "ArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleVersions_ArticleId_Number",
                table: "ArticleVersions",
                columns: new[] { "ArticleId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ArticleVersions_XmlSha256",
                table: "ArticleVersions",
                column: "XmlSha256");

            migrationBuilder.CreateIndex(
                name: "IX_Contributors_ArticleId",
                table: "Contributors",
                column: "ArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_Issues_JournalId_Key",
                table: "Issues",
                columns: new[] { "JournalId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Issues_JournalId_PublishedOn",
                table: "Issues",
                columns: new[] { "JournalId", "PublishedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_JournalIdentifiers_JournalId",
                table: "JournalIdentifiers",
                column: "JournalId");

            migrationBuilder.CreateIndex(
                name: "IX_JournalIdentifiers_Value_Type",
                table: "JournalIdentifiers",
                columns: new[] { "Value", "Type" });

            migrationBuilder.CreateIndex(
                name: "IX_Journals_ElectronicIssn",
                table: "Journals",
                column: "ElectronicIssn");

            migrationBuilder.CreateIndex(
                name: "IX_Journals_PrintIssn",
                table: "Journals",
                column: "PrintIssn");

            migrationBuilder.CreateIndex(
                name: "IX_Journals_Slug",
                table: "Journals",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Keywords_ArticleId",
                table: "Keywords",
                column: "ArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_OaiDeletedRecords_ArticleId",
                table: "OaiDeletedRecords",
                column: "ArticleId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OaiDeletedRecords_DeletedAt_ArticleId",
                table: "OaiDeletedRecords",
                columns: new[] { "DeletedAt", "ArticleId" });

            migrationBuilder.CreateIndex(
                name: "IX_References_ArticleId",
                table: "References",
                column: "ArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_SearchOutbox_CreatedAt",
                table: "SearchOutbox",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Sections_JournalId_Title",
                table: "Sections",
                columns: new[] { "JournalId", "Title" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Translations_ArticleId",
                table: "Translations",
                column: "ArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_UsageAgents_Text",
                table: "UsageAgents",
                column: "Text",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UsageDays_ArticleId_Day",
                table: "UsageDays",
                columns: new[] { "ArticleId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_UsageDayStates_Pending",
                table: "UsageDayStates",
                column: "Pending");

            migrationBuilder.CreateIndex(
                name: "IX_UsageEvents_LogImportId",
                table: "UsageEvents",
                column: "LogImportId",
                filter: "\"LogImportId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_UsageEvents_OccurredAt",
                table: "UsageEvents",
                column: "OccurredAt");

            migrationBuilder.CreateIndex(
                name: "IX_UsageLogImports_Sha256",
                table: "UsageLogImports",
                column: "Sha256",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UsageMonths_ArticleId_Month",
                table: "UsageMonths",
                columns: new[] { "ArticleId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_UsageMonths_JournalId_Month",
                table: "UsageMonths",
                columns: new[] { "JournalId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_UsageTitleMonths_Month_JournalId",
                table: "UsageTitleMonths",
                columns: new[] { "Month", "JournalId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Affiliations");

            migrationBuilder.DropTable(
                name: "ArticleAbstracts");

            migrationBuilder.DropTable(
                name: "ArticleAssets");

            migrationBuilder.DropTable(
                name: "ArticleDates");

            migrationBuilder.DropTable(
                name: "ArticleFragments");

            migrationBuilder.DropTable(
                name: "ArticleFronts");

            migrationBuilder.DropTable(
                name: "ArticleFunding");

            migrationBuilder.DropTable(
                name: "ArticleNotes");

            migrationBuilder.DropTable(
                name: "ArticleRelations");

            migrationBuilder.DropTable(
                name: "ArticleSubjects");

            migrationBuilder.DropTable(
                name: "ArticleUsageCounters");

            migrationBuilder.DropTable(
                name: "ArticleVersions");

            migrationBuilder.DropTable(
                name: "Contributors");

            migrationBuilder.DropTable(
                name: "JournalIdentifiers");

            migrationBuilder.DropTable(
                name: "Keywords");

            migrationBuilder.DropTable(
                name: "OaiDeletedRecords");

            migrationBuilder.DropTable(
                name: "References");

            migrationBuilder.DropTable(
                name: "SearchOutbox");

            migrationBuilder.DropTable(
                name: "Translations");

            migrationBuilder.DropTable(
                name: "UsageAgents");

            migrationBuilder.DropTable(
                name: "UsageDays");

            migrationBuilder.DropTable(
                name: "UsageDayStates");

            migrationBuilder.DropTable(
                name: "UsageEvents");

            migrationBuilder.DropTable(
                name: "UsageLogImports");

            migrationBuilder.DropTable(
                name: "UsageMonths");

            migrationBuilder.DropTable(
                name: "UsageRobotLists");

            migrationBuilder.DropTable(
                name: "UsageSalts");

            migrationBuilder.DropTable(
                name: "UsageTitleMonths");

            migrationBuilder.DropTable(
                name: "StoredAssets");

            migrationBuilder.DropTable(
                name: "Articles");

            migrationBuilder.DropTable(
                name: "Issues");

            migrationBuilder.DropTable(
                name: "Sections");

            migrationBuilder.DropTable(
                name: "Journals");
        }
    }
}
