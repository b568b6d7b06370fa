using Revista.Jats;

namespace Revista.Articles;

internal static partial class ArticleRows
{
    private static List<Contributor> Contributors(JatsArticle jats) =>
    [
        .. ContributorRows(jats.Contributors, subArticleId: null),
        .. jats.SubArticles.SelectMany((sub, i) => ContributorRows(sub.Contributors, SubArticleKey(sub, i))),
    ];

    private static IEnumerable<Contributor> ContributorRows(IReadOnlyList<JatsContributor> contributors, string? subArticleId) =>
        contributors.Select((c, i) => new Contributor
        {
            SubArticleId = subArticleId,
            Position = i + 1,
            ContribType = c.ContribType,
            Collab = Clean(c.Collab),
            Surname = Clean(c.Surname),
            GivenNames = Clean(c.GivenNames),
            Prefix = Clean(c.Prefix),
            Suffix = Clean(c.Suffix),
            NameStyle = c.NameStyle,
            DisplayName = c.DisplayName,
            Orcid = Clean(c.Orcid),
            IsCorresponding = c.IsCorresponding,
            EqualContribution = c.EqualContribution,
            IsDeceased = c.IsDeceased,
            Emails = [.. c.Emails],
            AffiliationIds = [.. c.AffiliationIds],
            InlineAffiliations = [.. c.InlineAffiliations],
            NoteIds = [.. c.NoteIds],
            Roles = [.. c.Roles.Select(r => new ContributorRole(r.Text, r.VocabTerm, r.VocabIdentifier))],
            Degrees = [.. c.Degrees],
        });

    private static List<Affiliation> Affiliations(JatsArticle jats) =>
    [
        .. AffiliationRows(jats.Affiliations, subArticleId: null),
        .. jats.SubArticles.SelectMany((sub, i) => AffiliationRows(sub.Affiliations, SubArticleKey(sub, i))),
    ];

    private static IEnumerable<Affiliation> AffiliationRows(IReadOnlyList<JatsAffiliation> affiliations, string? subArticleId) =>
        affiliations.Select((a, i) => new Affiliation
        {
            SubArticleId = subArticleId,
            Position = i + 1,
            XmlId = Clean(a.Id),
            Label = Clean(a.Label),
            Text = a.Text,
            Institution = a.Institutions.Count == 0 ? null : string.Join(", ", a.Institutions),
            Country = Clean(a.Country),
            CountryCode = Clean(a.CountryCode),
            Ror = a.InstitutionIds.FirstOrDefault(id => id.Type.Equals("ror", StringComparison.OrdinalIgnoreCase))?.Value,
            Language = Clean(a.Language),
        });
}
